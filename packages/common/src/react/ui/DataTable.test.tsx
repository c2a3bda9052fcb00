import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { DataTable, type DataColumn } from './DataTable.js';

interface Model {
  name: string;
  params: number;
  year: number | null;
}
const ROWS: Model[] = Array.from({ length: 7 }, (_, i) => ({
  name: `M${i + 1}`,
  params: 1500 * (i + 1),
  year: i ? 2017 + i : null,
}));
const COLUMNS: DataColumn<Model>[] = [
  { key: 'name', header: 'Model' },
  { key: 'params', header: 'Parameters', align: 'end' },
  {
    key: 'year',
    header: 'Year',
    align: 'center',
    format: (value) => (value === null ? '—' : `’${String(value).slice(2)}`),
  },
];

it('is a captioned table in a focusable scroll region, numbers formatted for the locale', () => {
  render(<DataTable caption="Notable models" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.name} />);
  const region = screen.getByRole('region', { name: 'Notable models' });
  expect(region.tabIndex).toBe(0);
  const table = within(region).getByRole('table', { name: 'Notable models' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent),
  ).toEqual(['Model', 'Parameters', 'Year']);
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(8);
  const cells = within(rows[1]!).getAllByRole('cell');
  expect(cells.map((td) => td.textContent)).toEqual(['M1', '1,500', '—']);
  expect(cells[1]!.className).toBe('ts-table__cell--end');
  expect(within(rows[2]!).getAllByRole('cell')[2]!.textContent).toBe('’18');
  expect(screen.queryByRole('navigation')).toBeNull();
});

it('pages with Previous/Next and says which rows are shown, in Korean too', () => {
  render(<DataTable caption="Models" columns={COLUMNS} rows={ROWS} pageSize={3} />);
  const pager = screen.getByRole('navigation', { name: 'Pages of Models' });
  const previous = within(pager).getByRole('button', { name: 'Previous' }) as HTMLButtonElement;
  const next = within(pager).getByRole('button', { name: 'Next' }) as HTMLButtonElement;
  expect(pager.textContent).toContain('Rows 1–3 of 7');
  expect(previous.disabled).toBe(true);
  fireEvent.click(next);
  fireEvent.click(next);
  expect(pager.textContent).toContain('Rows 7–7 of 7');
  expect(next.disabled).toBe(true);
  expect(screen.getAllByRole('row')).toHaveLength(2);
  fireEvent.click(previous);
  expect(screen.getAllByRole('cell')[0]!.textContent).toBe('M4');
});

it('speaks Korean', () => {
  render(<DataTable caption="모델" columns={COLUMNS} rows={ROWS} pageSize={5} locale="ko" />);
  expect(screen.getByRole('navigation').textContent).toBe('이전전체 7행 중 1–5행다음');
});

it('shows bad rows or columns inline instead of crashing (issue "Hardening")', () => {
  render(<DataTable caption="Bad" columns={{} as never} rows={[]} />);
  expect(screen.getByRole('alert').getAttribute('data-error-code')).toBe('INVALID_ARGUMENT');
});
