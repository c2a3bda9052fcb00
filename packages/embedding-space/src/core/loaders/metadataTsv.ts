import {
  clip,
  createEmbeddingData,
  type EmbeddingData,
  type EmbeddingDataInput,
  type MetadataValuesColumn,
} from '../embeddingData.js';
import { checkInteger, checkObject, checkOptions, checkString, TensorscopeArgumentError } from '@tensorscope/common';
import { optionalLabelColumn, optionalString } from '../args.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import { EmbeddingError } from '../errors.js';
import { LineSplitter, parseAll, type ChunkParser } from './lines.js';

/** A parsed Embedding Projector metadata TSV. */
export interface MetadataTable {
  /** File name used in messages. */
  fileName: string;
  /** True when the first line was read as column names (it has more than one column). */
  hasHeader: boolean;
  /** Column names; `['label']` for a single-column file. */
  columnNames: string[];
  /** One array per column with one value per row; `null` where the field is empty or missing. */
  columns: (string | null)[][];
  /** Number of data rows (the header is not counted). */
  rows: number;
  /** Blank lines between rows, which are skipped as in the Projector. */
  skippedBlankLines: number;
}

/** Options of {@link parseMetadataTsv}. */
export interface MetadataTsvOptions {
  /** File name used in error messages and locations. Default `metadata.tsv`. */
  fileName?: string;
}

/**
 * Incremental parser for an Embedding Projector metadata TSV. The header rule is the Projector's:
 * the first non-blank line is a header of column names when it has more than one column (contains
 * a tab); a file with a single column has no header and every line is a label. Blank lines are
 * skipped; an empty field is a missing value. A row with more non-empty fields than the header has
 * columns is a `PARSE_ERROR` naming the line.
 */
export class MetadataTsvParser implements ChunkParser<MetadataTable> {
  private readonly lines = new LineSplitter((text, start, end, line) => this.line(text.slice(start, end), line));
  private readonly fileName: string;
  private hasHeader = false;
  private columnNames: string[] | undefined;
  private columns: (string | null)[][] = [];
  private rows = 0;
  private pendingBlank = 0;
  private skippedBlankLines = 0;
  private headerLine = 0;

  constructor(options: MetadataTsvOptions = {}) {
    const checked = checkOptions(options);
    this.fileName = optionalString(checked.fileName, 'options.fileName') ?? 'metadata.tsv';
  }

  push(chunk: string): void {
    this.lines.push(chunk);
  }

  finish(): MetadataTable {
    this.lines.finish();
    if (this.columnNames === undefined) {
      throw new EmbeddingError('EMPTY_INPUT', `${this.fileName} is empty; it needs one line per vector.`, {
        location: { file: this.fileName },
      });
    }
    return {
      fileName: this.fileName,
      hasHeader: this.hasHeader,
      columnNames: this.columnNames,
      columns: this.columns,
      rows: this.rows,
      skippedBlankLines: this.skippedBlankLines,
    };
  }

  private line(text: string, line: number): void {
    if (text.trim().length === 0) {
      if (this.columnNames !== undefined) this.pendingBlank++;
      return;
    }
    if (this.columnNames === undefined) {
      this.hasHeader = text.includes('\t');
      if (this.hasHeader) {
        this.headerLine = line;
        this.columnNames = this.readHeader(text.split('\t'), line);
        this.columns = this.columnNames.map(() => []);
        return;
      }
      this.columnNames = ['label'];
      this.columns = [[]];
    }
    this.skippedBlankLines += this.pendingBlank;
    this.pendingBlank = 0;
    const fields = text.split('\t');
    const width = this.columns.length;
    if (fields.length > width && fields.slice(width).some((field) => field !== '')) {
      const expected = this.hasHeader
        ? `the header on line ${this.headerLine} has ${width} columns`
        : 'the first line has 1 (a single-column file has no header; with more columns, the first line must be a header of column names)';
      throw new EmbeddingError(
        'PARSE_ERROR',
        `Line ${line} of ${this.fileName} has ${fields.length} fields; ${expected}.`,
        {
          location: { file: this.fileName, line, column: width + 1 },
          details: { expected: width, actual: fields.length },
        },
      );
    }
    for (let c = 0; c < width; c++) {
      const field = fields[c];
      (this.columns[c] as (string | null)[]).push(field === undefined || field === '' ? null : field);
    }
    this.rows++;
  }

  private readHeader(names: string[], line: number): string[] {
    const seen = new Map<string, number>();
    return names.map((raw, i) => {
      const name = raw.trim() === '' ? `column ${i + 1}` : raw;
      const first = seen.get(name);
      if (first !== undefined) {
        throw new EmbeddingError(
          'PARSE_ERROR',
          `Line ${line} of ${this.fileName} (the header) names columns ${first + 1} and ${i + 1} both “${clip(name)}”; column names must be unique.`,
          { location: { file: this.fileName, line, column: i + 1 } },
        );
      }
      seen.set(name, i);
      return name;
    });
  }
}

/** Parses a whole Embedding Projector metadata TSV; see {@link MetadataTsvParser}. */
export function parseMetadataTsv(text: string, options: MetadataTsvOptions = {}): MetadataTable {
  checkString(text, 'text');
  return parseAll(new MetadataTsvParser(options), text);
}

/** Options of {@link metadataToColumns}. */
export interface MetadataColumnsOptions {
  /** The column that gives the labels: an index (0-based) or a name. Default 0, the first. */
  labelColumn?: number | string;
}

/**
 * Splits a metadata table into labels (from `labelColumn`, default the first column) and metadata
 * columns (every other column), after checking it has one row per vector. A row-count mismatch is
 * a `LENGTH_MISMATCH` that says both counts and explains the header rule. A table that is not
 * shaped like {@link parseMetadataTsv}'s result is an `INVALID_ARGUMENT` naming the field.
 */
export function metadataToColumns(
  table: MetadataTable,
  count: number,
  options: MetadataColumnsOptions = {},
): { labels: string[]; columns: MetadataValuesColumn[] } {
  checkMetadataTable(table);
  checkInteger(count, 'count', { min: 0 });
  return splitMetadata(table, count, readColumnsOptions(options));
}

/** The fields of {@link MetadataColumnsOptions}, checked. */
function readColumnsOptions(options: unknown, argument = 'options'): MetadataColumnsOptions {
  const checked = checkOptions(options as MetadataColumnsOptions | undefined, argument);
  const labelColumn = optionalLabelColumn(checked.labelColumn, `${argument}.labelColumn`);
  return labelColumn === undefined ? {} : { labelColumn };
}

/** A {@link MetadataTable} from outside: every field of the documented type, one column of `rows` per name. */
function checkMetadataTable(value: unknown): asserts value is MetadataTable {
  const table = checkObject(value, 'table');
  checkString(table.fileName, 'table.fileName');
  if (typeof table.hasHeader !== 'boolean') {
    throw new TensorscopeArgumentError('table.hasHeader', 'true or false', table.hasHeader);
  }
  const names = table.columnNames;
  if (!Array.isArray(names) || names.length === 0 || names.some((name) => typeof name !== 'string')) {
    throw new TensorscopeArgumentError('table.columnNames', 'a non-empty array of strings', names);
  }
  const rows = checkInteger(table.rows, 'table.rows', { min: 0 });
  checkInteger(table.skippedBlankLines, 'table.skippedBlankLines', { min: 0 });
  const columns = table.columns;
  if (!Array.isArray(columns) || columns.length !== names.length) {
    throw new TensorscopeArgumentError('table.columns', `an array of ${names.length} columns (one per name)`, columns);
  }
  columns.forEach((column: unknown, c) => {
    if (
      !Array.isArray(column) ||
      column.length !== rows ||
      column.some((field) => field !== null && typeof field !== 'string')
    ) {
      throw new TensorscopeArgumentError(`table.columns[${c}]`, `an array of ${rows} strings or nulls`, column);
    }
  });
}

/** {@link metadataToColumns} on a table and options already checked (a parser's own table). */
function splitMetadata(
  table: MetadataTable,
  count: number,
  options: MetadataColumnsOptions,
): { labels: string[]; columns: MetadataValuesColumn[] } {
  const file = table.fileName;
  if (table.rows !== count) {
    let hint = table.hasHeader
      ? ` Its first line was read as a header of column names because it has ${table.columnNames.length} columns (a single-column file has no header).`
      : ' It has a single column, so it has no header row (a file with more than one column starts with a header of column names).';
    if (!table.hasHeader && table.rows === count + 1) {
      hint += ` If the first line (“${clip(table.columns[0]?.[0] ?? '')}”) is a header, remove it.`;
    } else if (table.hasHeader && table.rows === count - 1) {
      hint += ' If the first line is data, add a header line of column names above it.';
    }
    if (table.skippedBlankLines > 0) {
      hint += ` ${table.skippedBlankLines} blank line${table.skippedBlankLines === 1 ? ' was' : 's were'} skipped.`;
    }
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `${file} has ${table.rows} row${table.rows === 1 ? '' : 's'} of metadata for ${count} vectors.${hint}`,
      { location: { file }, details: { rows: table.rows, vectors: count, hasHeader: table.hasHeader } },
    );
  }
  const requested = options.labelColumn ?? 0;
  const labelIndex = typeof requested === 'number' ? requested : table.columnNames.indexOf(requested);
  if (!Number.isInteger(labelIndex) || labelIndex < 0 || labelIndex >= table.columnNames.length) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `${file} has no column ${typeof requested === 'number' ? requested : `“${requested}”`} for labels; its columns are ${table.columnNames.map((name) => `“${name}”`).join(', ')}.`,
      { location: { file } },
    );
  }
  const labels = (table.columns[labelIndex] as (string | null)[]).map((value) => value ?? '');
  const columns: MetadataValuesColumn[] = [];
  table.columnNames.forEach((name, i) => {
    if (i !== labelIndex) columns.push({ name, values: table.columns[i] as (string | null)[] });
  });
  return { labels, columns };
}

/** Options of {@link applyMetadataTsv}. */
export interface ApplyMetadataOptions extends MetadataColumnsOptions {
  /** File name used in messages. Default `metadata.tsv`. */
  metadataFileName?: string;
}

/**
 * Returns `data` with labels and extra columns from an Embedding Projector metadata TSV (see
 * {@link MetadataTsvParser} for the header rule and {@link metadataToColumns} for the split).
 * Labels from the metadata replace the data's labels; its columns are added after the data's own.
 */
export function applyMetadataTsv(
  data: EmbeddingData,
  metadataTsv: string,
  options: ApplyMetadataOptions = {},
): EmbeddingData {
  checkEmbeddingData(data);
  checkString(metadataTsv, 'metadataTsv');
  const checked = checkOptions(options);
  const metadataFileName = optionalString(checked.metadataFileName, 'options.metadataFileName');
  const columnsOptions = readColumnsOptions(checked);
  const table = parseMetadataTsv(metadataTsv, { fileName: metadataFileName ?? 'metadata.tsv' });
  const { labels, columns } = splitMetadata(table, data.count, columnsOptions);
  const input: EmbeddingDataInput = {
    vectors: data.vectors,
    dimensions: data.dimensions,
    labels,
    columns: [...data.columns, ...columns],
  };
  if (data.coordinates) input.coordinates = data.coordinates;
  return createEmbeddingData(input);
}
