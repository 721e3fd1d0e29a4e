import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CubeDefinition } from '../platform/reports/cube-definition';
import { csvField } from './csv-field';
import { headerOf, type ReportColumn } from './report-columns';

export type ReportRow = Record<string, string | number | null>;

/** UTF-8 with a byte-order mark, so that Excel opens the Chinese headers right; CRLF as RFC 4180 says. */
export async function writeCsv(out: Writable, columns: ReportColumn[], rows: ReportRow[], totals: ReportRow | null): Promise<void> {
  const line = (values: Array<string | number | null>) => `${values.map(csvField).join(',')}\r\n`;
  out.write('\uFEFF' + line(columns.map(headerOf)));
  for (const row of rows) {
    // Respect back-pressure: a large report is written as the client reads it.
    if (!out.write(line(columns.map((column) => row[column.field] ?? null)))) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (totals)
    out.write(line(columns.map((column, index) => (index === 0 && column.kind === 'DIMENSION' ? '合计 Total' : (totals[column.field] ?? null)))));
  out.end();
}

/**
 * An Excel workbook streamed to `out`: the report with typed cells (numbers as numbers) under a header in Chinese and
 * English, and a sheet defining each column.
 */
export async function writeXlsx(
  out: Writable,
  cube: CubeDefinition,
  columns: ReportColumn[],
  rows: ReportRow[],
  totals: ReportRow | null,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(cube.description.zh.slice(0, 31) || cube.code);
  sheet.columns = columns.map((column) => ({ header: headerOf(column), key: column.field, width: Math.max(12, headerOf(column).length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((column) => [column.field, row[column.field] ?? null]))).commit();
  if (totals) {
    const total = sheet.addRow(
      Object.fromEntries(
        columns.map((column, index) => [column.field, index === 0 && column.kind === 'DIMENSION' ? '合计 Total' : (totals[column.field] ?? null)]),
      ),
    );
    total.font = { bold: true };
    total.commit();
  }
  sheet.commit();
  const definitions = workbook.addWorksheet('定义 Definitions');
  definitions.columns = [
    { header: '列 Column', key: 'header', width: 40 },
    { header: '代码 Code', key: 'code', width: 30 },
    { header: '类别 Kind', key: 'kind', width: 12 },
    { header: '定义 Definition', key: 'definition', width: 80 },
  ];
  definitions.getRow(1).font = { bold: true };
  for (const column of columns) {
    definitions
      .addRow({ header: headerOf(column), code: column.code, kind: column.kind, definition: `${column.description.en}（${column.description.zh}）` })
      .commit();
  }
  definitions.addRow({ header: cube.description.zh, code: cube.code, kind: 'CUBE', definition: cube.description.en }).commit();
  definitions.commit();
  await workbook.commit();
}
