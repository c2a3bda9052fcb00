import { interpolate, type Locale } from '../locale.js';
import { TensorscopeErrorBoundary } from '../react/index.js';
import type { ThemeSetting } from '../theme.js';
import { Suspense, lazy, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { inheritedLocale, parseHeight, parseLocale, parseTheme } from './attributes.js';
import { allowedOrigins } from './config.js';
import { Loading, Shell, type Status } from './ElementShell.js';
import { elementMessages } from './messages.js';
import { checkSrc, parseOriginList } from './origin.js';

/** What an element's lazily loaded view receives. */
export interface ViewProps {
  /** The `.data` property, or what `src` loaded (already parsed by the view's `parse`), or undefined. */
  data: unknown;
  locale: Locale;
  theme: ThemeSetting;
  height: number | undefined;
  /** The element, for view-specific attributes. */
  host: HTMLElement;
  /** Dispatches a bubbling, composed `CustomEvent` from the element. */
  emit: (type: string, detail: unknown) => void;
}

/** A view module, loaded on first use: the React component and the parser of fetched bytes. */
export interface ViewModule {
  View: ComponentType<ViewProps>;
  /** Turns fetched bytes into what `View` takes as `data`. May throw a `TensorscopeError`. */
  parse?: (bytes: Uint8Array, source: { url: URL; contentType: string | null }) => unknown | Promise<unknown>;
}

/** Largest `src` response read, in bytes (256 MiB). */
export const MAX_SRC_BYTES = 256 * 1024 * 1024;

const BASE_ATTRIBUTES = ['locale', 'theme', 'height', 'src', 'allowed-origins'] as const;

/** `HTMLElement` where it exists; a stand-in class on the server, so importing never throws. */
const HTMLElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

const HOST_CSS = ':host{display:block;box-sizing:border-box;min-width:0}:host([hidden]){display:none}';

function hostStyles(root: ShadowRoot): void {
  // A constructed stylesheet needs no `style-src 'unsafe-inline'`; fall back to a <style> element.
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HOST_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // fall through
    }
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  root.append(style);
}

/**
 * The base of every tensorscope element: a React root in an open shadow root, mounted on connect and
 * unmounted on disconnect; `locale`, `theme`, `height`, `src` and `allowed-origins` attributes; a
 * `data` property that wins over `src`; inline messages for loading, refused origins and bad data.
 */
export abstract class TensorscopeElement extends HTMLElementBase {
  static readonly extraAttributes: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...BASE_ATTRIBUTES, ...this.extraAttributes];
  }

  /** Loads the view module (React component and parser) on first render. */
  protected abstract loadView(): Promise<ViewModule>;
  /** Whether the view renders without data (the scaling charts). */
  protected readonly needsData: boolean = true;

  #root: Root | null = null;
  #mount: HTMLDivElement | null = null;
  #property: unknown = undefined;
  #hasProperty = false;
  #fetched: unknown = undefined;
  #status: Status | null = null;
  #abort: AbortController | null = null;
  #loadedSrc: string | null = null;
  #view: ComponentType<ViewProps> | null = null;
  #viewModule: Promise<ViewModule> | null = null;

  /** Already parsed data (see each element's docs). Set it to `undefined` to fall back to `src`. */
  get data(): unknown {
    return this.#property;
  }

  set data(value: unknown) {
    this.#property = value;
    this.#hasProperty = value !== undefined && value !== null;
    this.#render();
  }

  connectedCallback(): void {
    // A `data` set on the element before its class was defined is an own property: re-apply it.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const value = (this as { data?: unknown }).data;
      delete (this as { data?: unknown }).data;
      this.data = value;
    }
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.#mount) {
      hostStyles(shadow);
      this.#mount = document.createElement('div');
      this.#mount.setAttribute('part', 'root');
      shadow.append(this.#mount);
    }
    this.#root ??= createRoot(this.#mount);
    this.#syncSrc();
    this.#render();
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#abort = null;
    if (this.#status?.kind === 'loading') this.#status = null;
    this.#loadedSrc = null;
    const root = this.#root;
    this.#root = null;
    root?.unmount();
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'src' || name === 'allowed-origins') this.#syncSrc(true);
    this.#render();
  }

  /** Fetches `src` again (e.g. after `TensorscopeElements.allowOrigins`). */
  reload(): void {
    this.#syncSrc(true);
    this.#render();
  }

  /** Dispatches a bubbling, composed `CustomEvent` (it crosses the shadow boundary). */
  protected emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #locale(): Locale {
    return parseLocale(this.getAttribute('locale')) ?? inheritedLocale(this) ?? 'en';
  }

  #loadViewModule(): Promise<ViewModule> {
    this.#viewModule ??= this.loadView();
    return this.#viewModule;
  }

  #syncSrc(force = false): void {
    const src = this.getAttribute('src');
    if (!force && src === this.#loadedSrc) return;
    this.#abort?.abort();
    this.#abort = null;
    this.#loadedSrc = src;
    if (!src) {
      this.#fetched = undefined;
      if (this.#status?.kind !== 'error' || !this.#hasProperty) this.#status = null;
      return;
    }
    const allowed = [...parseOriginList(this.getAttribute('allowed-origins')), ...allowedOrigins()];
    const check = checkSrc(src, location.href, allowed);
    if (!check.ok) {
      this.#status =
        check.reason === 'origin'
          ? { kind: 'refused', src: check.url.href, origin: check.origin, page: location.origin }
          : { kind: 'invalid-url', src };
      this.emit('tensorscope-error', {
        reason: check.reason,
        src,
        ...(check.reason === 'origin' ? { origin: check.origin } : {}),
      });
      return;
    }
    void this.#fetch(check.url, check.sameOrigin);
  }

  async #fetch(url: URL, sameOrigin: boolean): Promise<void> {
    const controller = new AbortController();
    this.#abort = controller;
    this.#status = { kind: 'loading', url: url.href };
    try {
      const [response, view] = await Promise.all([
        fetch(url, {
          signal: controller.signal,
          mode: sameOrigin ? 'same-origin' : 'cors',
          credentials: 'same-origin',
          redirect: sameOrigin ? 'error' : 'follow',
        }),
        this.#loadViewModule(),
      ]);
      if (!response.ok) {
        throw Object.assign(new Error(`HTTP ${response.status}`), {
          status: { kind: 'http', status: response.status, statusText: response.statusText },
        });
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > MAX_SRC_BYTES)
        throw Object.assign(new Error('too large'), { status: { kind: 'size', size: declared } });
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > MAX_SRC_BYTES) {
        throw Object.assign(new Error('too large'), { status: { kind: 'size', size: bytes.byteLength } });
      }
      const parsed = view.parse
        ? await view.parse(bytes, { url, contentType: response.headers.get('content-type') })
        : bytes;
      if (controller.signal.aborted) return;
      this.#fetched = parsed;
      this.#status = null;
      this.emit('tensorscope-load', { src: url.href, bytes: bytes.byteLength });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#status = { kind: 'error', error: this.#describeLoadError(error, url) };
      this.emit('tensorscope-error', { reason: 'load', src: url.href, error });
    } finally {
      if (this.#abort === controller) this.#abort = null;
      if (!controller.signal.aborted) this.#render();
    }
  }

  #describeLoadError(error: unknown, url: URL): unknown {
    const t = elementMessages[this.#locale()];
    const status = (error as { status?: { kind: string; status?: number; statusText?: string; size?: number } })
      ?.status;
    if (status?.kind === 'http') {
      return new Error(
        interpolate(t.httpError, {
          url: url.href,
          status: status.status ?? 0,
          statusText: status.statusText ?? '',
        }).replace(/ \./, '.'),
      );
    }
    if (status?.kind === 'size') {
      return new Error(
        interpolate(t.tooLarge, {
          url: url.href,
          size: ((status.size ?? 0) / 1e6).toFixed(1),
          limit: (MAX_SRC_BYTES / 1e6).toFixed(0),
        }),
      );
    }
    if (error instanceof TypeError) {
      return new Error(interpolate(t.networkError, { url: url.href, message: error.message }));
    }
    return error;
  }

  #render(): void {
    const root = this.#root;
    if (!root) return;
    const locale = this.#locale();
    const theme = parseTheme(this.getAttribute('theme')) ?? 'light';
    const height = parseHeight(this.getAttribute('height'));
    const data = this.#hasProperty ? this.#property : this.#fetched;
    const hasData = data !== undefined && data !== null;
    if ((hasData || !this.needsData) && !this.#view) {
      this.#view = lazy(() => this.#loadViewModule().then((module) => ({ default: module.View })));
    }
    const View = this.#view;
    // A fetch error or refusal is shown above the view; `data` set as a property still shows.
    const status = this.#hasProperty && this.#status?.kind !== 'error' ? null : this.#status;
    root.render(
      <Shell theme={theme} locale={locale} status={status} empty={this.needsData && !hasData && status === null}>
        {View && (hasData || !this.needsData) ? (
          <TensorscopeErrorBoundary locale={locale} resetKeys={[data]}>
            <Suspense fallback={<Loading locale={locale} />}>
              <View
                data={data}
                locale={locale}
                theme={theme}
                height={height}
                host={this}
                emit={(type, detail) => this.emit(type, detail)}
              />
            </Suspense>
          </TensorscopeErrorBoundary>
        ) : null}
      </Shell>,
    );
  }
}
