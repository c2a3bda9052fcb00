/** One column of a CSV or table: the row key it reads and its header. */
export interface CsvColumn<Row> {
  key: keyof Row & string;
  header: string;
}

/**
 * Serialises rows to RFC 4180 CSV (comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks quoted). `null`/`undefined` become empty fields; numbers are written in full precision.
 */
export function toCsv<Row extends Record<string, unknown>>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
): string {
  const field = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
