import { PassThrough, type Writable } from 'node:stream';
import type ExcelJSLibrary from 'exceljs';
import type { CubeDefinition } from '../platform/reports/cube-definition';
import type { CubeReportRow } from '../platform/reports/cube-report';
import { csvField } from './csv-field';
import { headerOf, type ReportColumn } from './report-columns';

export type ReportRow = CubeReportRow;

/** Writes a report's rows to a file as they come, then its grand total; holds no more than a row at a time. */
export interface ReportFileWriter {
  row(row: ReportRow): Promise<void>;
  end(totals: ReportRow | null): Promise<void>;
}

export const TOTAL_LABEL = '合计 Total';
export const SUBTOTAL_LABEL = '小计 Subtotal';

/**
 * The cells of a row: a subtotal says so in the column of the first dimension it adds up over (its other rolled-up
 * columns stay empty), the grand total in the first column; a group without a value leaves its cell empty.
 */
export function cellsOf(columns: ReportColumn[], row: ReportRow, total: boolean): Array<string | number | null> {
  const firstRolledUp = total ? columns[0]?.code : row.rolledUp[0];
  return columns.map((column) => {
    if (column.kind === 'DIMENSION' && column.code === firstRolledUp) return total ? TOTAL_LABEL : SUBTOTAL_LABEL;
    const value = row[column.field];
    return value === undefined ? null : (value as string | number | null);
  });
}

/**
 * Waits until `stream` takes more, so that a slow client holds back the reading from PostgreSQL; fails when the
 * client has gone (`response` closed).
 */
async function drained(stream: Writable, response: Writable): Promise<void> {
  if (response.destroyed) throw new Error('The client closed the download.');
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      stream.off('drain', done);
      response.off('close', gone);
      if (error) reject(error);
      else resolve();
    };
    const gone = () => done(new Error('The client closed the download.'));
    stream.on('drain', done);
    response.on('close', gone);
  });
}

/** UTF-8 with a byte-order mark, so that Excel opens the Chinese headers right; CRLF as RFC 4180 says. */
export function csvWriter(out: Writable, columns: ReportColumn[]): ReportFileWriter {
  const line = (values: Array<string | number | null>) => `${values.map(csvField).join(',')}\r\n`;
  out.write('\uFEFF' + line(columns.map(headerOf)));
  return {
    async row(row) {
      // write() says when the response (or its compression) holds enough: then wait for it to drain.
      if (!out.write(line(cellsOf(columns, row, false)))) await drained(out, out);
    },
    async end(totals) {
      if (totals) out.write(line(cellsOf(columns, totals, true)));
      out.end();
    },
  };
}

/** exceljs takes half a second to load: only a workbook export pays for it, not every start of the server. */
function excel(): typeof ExcelJSLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJSLibrary;
}

/**
 * An Excel workbook streamed to `out` as its rows come (exceljs's WorkbookWriter, each row committed at once): the
 * report with typed cells (numbers as numbers) under a header in Chinese and English, subtotals and the total in bold,
 * and a sheet defining each column.
 */
export function xlsxWriter(out: Writable, cube: CubeDefinition, columns: ReportColumn[]): ReportFileWriter {
  // The workbook's zip goes through a stream of its own, whose fill level tells when the client is behind.
  const through = new PassThrough();
  through.pipe(out);
  const workbook = new (excel().stream.xlsx.WorkbookWriter)({ stream: through, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(cube.description.zh.slice(0, 31) || cube.code);
  sheet.columns = columns.map((column) => ({ header: headerOf(column), key: column.field, width: Math.max(12, headerOf(column).length + 2) }));
  sheet.getRow(1).font = { bold: true };
  const add = (row: ReportRow, total: boolean) => {
    const cells = cellsOf(columns, row, total);
    const added = sheet.addRow(Object.fromEntries(columns.map((column, index) => [column.field, cells[index]])));
    if (total || row.subtotal) added.font = { bold: true };
    added.commit();
  };
  return {
    async row(row) {
      add(row, false);
      if (through.writableNeedDrain || out.destroyed) await drained(through, out);
    },
    async end(totals) {
      if (totals) add(totals, true);
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
          .addRow({
            header: headerOf(column),
            code: column.code,
            kind: column.kind,
            definition: `${column.description.en}（${column.description.zh}）`,
          })
          .commit();
      }
      definitions.addRow({ header: cube.description.zh, code: cube.code, kind: 'CUBE', definition: cube.description.en }).commit();
      definitions.commit();
      await workbook.commit();
    },
  };
}
