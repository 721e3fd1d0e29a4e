import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { fieldNameOf as fieldOf } from '../platform/reports/cube-definition';
import { CATALOGUE_QUERY, cubesOf, resolveValue, type IntrospectedCube } from './report-catalogue';
import { csvField } from './csv-field';

export const USAGE = `Usage:
  npm run report -- [--url URL] [--token T] --list
  npm run report -- CUBE --by DIMENSIONS --measures MEASURES [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--time TIME]
                    [--totals] [--rollup] [--limit N] [--format table|csv|xlsx] [--out FILE]
  URL      the graph, default $GRAPH_URL or http://localhost:4000/graphql
  T        a bearer token, default $GRAPH_TOKEN (an ANALYST's sees every cube)
  CUBE     a cube of --list, e.g. cases
  DIMENSIONS, MEASURES  comma-separated, as listed or in camelCase: --by matter,month --measures count,onTimeRate
  (a bare time bucket such as month means the cube's first time by month, e.g. SUBMITTED_MONTH)
  --totals adds the grand total (TOTAL); --rollup a subtotal (SUBTOTAL) per leading part of the dimensions`;

export interface CliIo {
  fetch: typeof fetch;
  write(text: string): void;
  env: Record<string, string | undefined>;
}

async function graphql<T>(io: CliIo, url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await io.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('\n'));
  return body.data!;
}

function table(columns: string[], rows: Array<Array<string | number | null>>): string {
  const text = rows.map((row) => row.map((value) => (value === null ? '' : String(value))));
  const widths = columns.map((column, index) => Math.max([...column].length, ...text.map((row) => [...row[index]].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index]))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...text.map(line)].join('\n') + '\n';
}

function listing(cubes: IntrospectedCube[]): string {
  return cubes
    .map((cube) =>
      [
        `${cube.code} — ${cube.description ?? ''}`,
        '  dimensions:',
        ...cube.dimensions.values.map((value) => `    ${value.name.padEnd(32)} ${value.description ?? ''}`),
        '  measures:',
        ...cube.measures.values.map((value) => `    ${value.name.padEnd(32)} ${value.description ?? ''}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** The data teams' report command: lists the cubes by introspection and runs one, through the public API only. */
export async function runReportCli(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      list: { type: 'boolean' },
      by: { type: 'string' },
      measures: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      time: { type: 'string' },
      totals: { type: 'boolean' },
      rollup: { type: 'boolean' },
      limit: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const url = values.url ?? io.env.GRAPH_URL ?? 'http://localhost:4000/graphql';
  const token = values.token ?? io.env.GRAPH_TOKEN;
  const cubes = cubesOf(await graphql(io, url, token, CATALOGUE_QUERY));
  if (values.list) {
    io.write(listing(cubes));
    return;
  }
  const [code] = positionals;
  const cube = cubes.find((candidate) => candidate.code === code);
  if (!cube)
    throw new Error(
      `${code ? `No cube is called ${code}` : 'Name a cube'}; the cubes here: ${cubes.map((entry) => entry.code).join(', ')}.\n${USAGE}`,
    );
  const list = (text: string | undefined) =>
    (text ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
  const dimensions = list(values.by).map((word) => resolveValue(word, cube.dimensions, 'dimension'));
  const measures = list(values.measures).map((word) => resolveValue(word, cube.measures, 'measure'));
  if (measures.length === 0) throw new Error(`Name at least one measure with --measures.\n${USAGE}`);
  const format = values.format ?? 'table';
  if (!['table', 'csv', 'xlsx'].includes(format)) throw new Error(`--format is table, csv or xlsx.`);
  const filter =
    values.from || values.to || values.time ? { from: values.from, to: values.to, time: values.time ? values.time.toUpperCase() : undefined } : null;
  const limit = values.limit ? Number(values.limit) : 1000;
  const columns = [...dimensions, ...measures];

  if (format === 'xlsx') {
    // A workbook is made by the server's export, which takes the same arguments.
    const base = new URL(url);
    const query = new URLSearchParams({
      dimensions: dimensions.join(','),
      measures: measures.join(','),
      limit: String(limit),
      totals: String(Boolean(values.totals)),
    });
    if (values.rollup) query.set('rollup', 'true');
    if (filter) query.set('filter', JSON.stringify(filter));
    const response = await io.fetch(new URL(`/reports/${cube.code}.xlsx?${query}`, base), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) throw new Error(`The export answered ${response.status}: ${await response.text()}`);
    const file = values.out ?? `${cube.code}.xlsx`;
    await writeFile(file, Buffer.from(await response.arrayBuffer()));
    io.write(`Wrote ${file}\n`);
    return;
  }

  // Subtotals only when asked, so that the command still works against a deployment without them.
  const rollup = Boolean(values.rollup);
  const selection = [...columns.map(fieldOf), ...(rollup ? ['rolledUp'] : [])].join(' ');
  const prefix = cube.dimensions.name.replace(/Dimension$/, '');
  const document = `query ($dimensions: [${cube.dimensions.name}!]!, $measures: [${cube.measures.name}!]!, $filter: ${prefix}ReportFilter, $limit: Int, $totals: Boolean${rollup ? ', $rollup: Boolean' : ''}) {
    report: ${cube.field}(dimensions: $dimensions, measures: $measures, filter: $filter, limit: $limit, totals: $totals${rollup ? ', rollup: $rollup' : ''}) { truncated rows { ${selection} } totals { ${selection} } }
  }`;
  type Row = Record<string, string | number | null> & { rolledUp?: string[] };
  const { report } = await graphql<{ report: { truncated: boolean; rows: Row[]; totals: Row | null } }>(io, url, token, document, {
    dimensions,
    measures,
    filter,
    limit,
    totals: Boolean(values.totals),
    ...(rollup ? { rollup } : {}),
  });
  // A subtotal says so in the first dimension it adds up over, the total in the first column.
  const cells = (row: Row, label: { column: string; text: string } | null) =>
    columns.map((column) => (column === label?.column ? label.text : (row[fieldOf(column)] ?? null)));
  const rows = report.rows.map((row) => cells(row, row.rolledUp?.length ? { column: row.rolledUp[0], text: 'SUBTOTAL' } : null));
  if (report.totals) rows.push(cells(report.totals, dimensions.length > 0 ? { column: dimensions[0], text: 'TOTAL' } : null));
  const text =
    format === 'csv' ? '\uFEFF' + [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n' : table(columns, rows);
  if (values.out) {
    await writeFile(values.out, text);
    io.write(`Wrote ${values.out}\n`);
  } else io.write(text);
  if (report.truncated) io.write(`(more groups exist than --limit ${limit} lets through)\n`);
}
