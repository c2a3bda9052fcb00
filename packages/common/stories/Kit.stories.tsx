import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ButtonsDemo,
  ExportDemo,
  FieldsDemo,
  FileDropDemo,
  KitFrame,
  KitGallery,
  TableDemo,
  ToolbarDemo,
  TooltipDemo,
} from './KitGallery.js';

/**
 * The shared controls every tensorscope package draws with, from `@tensorscope/common/react`.
 * Switch theme and language in the toolbar; each story's test drives the component by keyboard.
 */
const meta = {
  title: 'Common/UI kit',
  component: KitGallery,
} satisfies Meta<typeof KitGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every component, light theme, English. */
export const Gallery: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Export/ })).toBeInTheDocument();
    await expect(canvas.getByRole('radiogroup', { name: 'View' })).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: 'Notable models' })).toBeInTheDocument();
  },
};

/** Every component, dark theme, English. */
export const GalleryDark: Story = {
  globals: { theme: 'dark', locale: 'en' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Previous' })).toBeDisabled();
  },
};

/** Every component in Korean: the kit's own words (내보내기, 이전/다음, 파일 고르기) follow the locale. */
export const GalleryKorean: Story = {
  globals: { theme: 'light', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /내보내기/ })).toBeInTheDocument();
    await expect(canvas.getByText('전체 23행 중 1–8행')).toBeInTheDocument();
    await expect(
      canvas.getByRole('button', { name: /^파일을 여기에 끌어다 놓으세요 .* 파일 고르기$/ }),
    ).toBeInTheDocument();
  },
};

/** Dark and Korean, with the export menu left open (so the accessibility check covers it). */
export const GalleryDarkKorean: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: /내보내기/ }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menu', { name: /내보내기/ })).toBeInTheDocument();
    await expect(canvas.getAllByRole('menuitem')[0]).toHaveFocus();
  },
};

/** Variants, sizes, a toggle (aria-pressed) and a disabled button; Space toggles. */
export const Buttons: Story = {
  render: () => (
    <KitFrame>
      <ButtonsDemo />
    </KitFrame>
  ),
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: /Labels|레이블/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A toolbar with a segmented control and a select: Left/Right move between controls, arrows inside the group select. */
export const ToolbarAndToggleGroup: Story = {
  render: () => (
    <KitFrame>
      <ToolbarDemo />
    </KitFrame>
  ),
  play: async ({ canvas }) => {
    const state = canvas.getByText(/· params/);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /Heatmap|히트맵/ })).toHaveFocus();
    // Lines is disabled and skipped.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: /Strip|띠/ })).toBeChecked();
    await expect(state).toHaveTextContent('strip · params');
    await userEvent.keyboard('{Home}');
    await expect(state).toHaveTextContent('heatmap · params');
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: /Sort by|정렬/ })).toHaveFocus();
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'year');
    await expect(state).toHaveTextContent('heatmap · year');
    await userEvent.tab();
    const reset = canvas.getByRole('button', { name: /Reset|초기화/ });
    await expect(reset).toHaveFocus();
    // Toolbar arrows wrap from the last control to the first; inside the group End selects its last item.
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: /Heatmap|히트맵/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('radio', { name: /Strip|띠/ })).toHaveFocus();
  },
};

/** A field with a hint; an invalid value shows the error and marks the input invalid. */
export const Fields: Story = {
  render: () => (
    <KitFrame>
      <FieldsDemo />
    </KitFrame>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText(/Training tokens|학습 토큰 수/);
    await expect(input).toHaveAccessibleDescription(/positive number|양수/);
    await userEvent.clear(input);
    await userEvent.type(input, 'many');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Enter a positive number|양수를 입력하세요/);
  },
};

/** "Export ▾" by keyboard: PNG is rasterised for real by svgToPngBlob; a failing item shows its error. */
export const ExportMenuKeyboard: Story = {
  render: () => (
    <KitFrame>
      <ExportDemo />
    </KitFrame>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: /Export|내보내기/ });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const items = canvas.getAllByRole('menuitem');
    await expect(items.map((item) => item.textContent)).toEqual(['PNG', 'SVG', 'CSV', 'JSON']);
    await expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/PNG.*image\/png/));
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getAllByRole('menuitem')[3]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp} ');
    await expect(canvas.getByRole('status')).toHaveTextContent(/CSV.*text\/csv/);
    await userEvent.keyboard('{ArrowUp}{End}{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/JSON/);
    await userEvent.click(button);
    await userEvent.click(canvas.getByRole('img'));
    await expect(canvas.queryByRole('menu')).toBeNull();
  },
};

/**
 * Drop zone: Enter/Space open the picker; progress and Cancel sit in its slot; a file over 1 KB is
 * refused (TOO_LARGE) and what was loaded stays.
 */
export const FileDrop: Story = {
  render: () => (
    <KitFrame>
      <FileDropDemo />
    </KitFrame>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.tab();
    const zone = canvas.getByRole('button', { name: /Drop a file here|끌어다 놓으세요/ });
    await expect(zone).toHaveFocus();
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, new File(['first'], 'first.txt', { type: 'text/plain' }));
    // While reading, the zone is disabled and Cancel stops it by keyboard without loading anything.
    await expect(zone).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('progressbar')).toBeInTheDocument();
    canvas.getByRole('button', { name: /Cancel|취소/ }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent(/Cancelled|취소했습니다/);
    await userEvent.upload(input, new File(['hello\tworld\n'], 'words.tsv', { type: 'text/tab-separated-values' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/words\.tsv.*12/));
    await userEvent.upload(input, new File(['x'.repeat(2000)], 'big.txt', { type: 'text/plain' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('TOO_LARGE');
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent(/words\.tsv/);
  },
};

/** A paged table with sticky header; Next/Previous by keyboard. */
export const Table: Story = {
  render: () => (
    <KitFrame>
      <TableDemo />
    </KitFrame>
  ),
  play: async ({ canvas }) => {
    const pager = canvas.getByRole('navigation');
    await expect(pager).toHaveTextContent(/1–8/);
    canvas.getByRole('button', { name: /Next|다음/ }).focus();
    await userEvent.keyboard('{Enter}{Enter}');
    await expect(pager).toHaveTextContent(/17–23/);
    await expect(canvas.getByRole('button', { name: /Next|다음/ })).toBeDisabled();
    await expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(8);
  },
};

/** The tooltip opens on keyboard focus, describes its trigger, and Esc hides it without moving anything. */
export const TooltipOnFocus: Story = {
  render: () => (
    <KitFrame>
      <TooltipDemo />
    </KitFrame>
  ),
  play: async ({ canvas, canvasElement }) => {
    const trigger = canvas.getByRole('button', { name: /What is T|T는 무엇/ });
    const before = trigger.getBoundingClientRect().top;
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    const tip = canvasElement.querySelector('[role="tooltip"]')!;
    await expect(trigger).toHaveAccessibleDescription(/softmax|소프트맥스/i);
    await waitFor(() => expect(getComputedStyle(tip).visibility).toBe('visible'));
    await expect(trigger.getBoundingClientRect().top).toBe(before);
    // The bubble stays inside the window.
    const bubble = tip.getBoundingClientRect();
    await expect(bubble.left).toBeGreaterThanOrEqual(0);
    await expect(bubble.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(getComputedStyle(tip).visibility).toBe('hidden'));
  },
};
