import { checkString, TensorscopeArgumentError } from './validate.js';

/** Saves a URL (an object URL or a `data:` URL) as a file through a temporary `<a download>` link. Browser only. */
export function downloadUrl(url: string, filename: string): void {
  checkString(url, 'url', { nonEmpty: true });
  checkString(filename, 'filename', { nonEmpty: true });
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Saves a blob as a file. Browser only. */
export function downloadBlob(blob: Blob, filename: string): void {
  if (typeof Blob === 'undefined' || !(blob instanceof Blob))
    throw new TensorscopeArgumentError('blob', 'a Blob', blob);
  checkString(filename, 'filename', { nonEmpty: true });
  const url = URL.createObjectURL(blob);
  downloadUrl(url, filename);
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text (CSV, JSON, SVG markup) as a file. Browser only. */
export function downloadText(text: string, filename: string, type: string): void {
  checkString(text, 'text');
  checkString(type, 'type');
  checkString(filename, 'filename', { nonEmpty: true });
  downloadBlob(new Blob([text], { type }), filename);
}
