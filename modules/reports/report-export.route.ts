import type { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { reportCubesOf, type CubeDefinition } from '../platform/reports/cube-definition';
import { streamCubeReportTo } from '../platform/reports/cube-report';
import type { ModuleHttp } from '../platform/server/module-routes';
import { reportColumns } from './report-columns';
import { reportDocument } from './report-document';
import { csvWriter, xlsxWriter, type ReportFileWriter } from './report-writers';
import { today } from '../platform/clock';

export const EXPORT_PATH = '/reports';

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  STATEMENT_TIMEOUT: 503,
};

const FORMATS = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

function refuse(response: Response, errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>): void {
  const code = String(errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  response.status(STATUS[code] ?? 500).json({ errors: errors.map(({ message, extensions }) => ({ message, extensions })) });
}

const list = (value: unknown) =>
  typeof value === 'string' && value.trim()
    ? value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
    : [];

function json(value: unknown, field: string): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new ExportRequestError('Give it once, as JSON.', field);
  try {
    return JSON.parse(value);
  } catch {
    throw new ExportRequestError('Not valid JSON.', field);
  }
}

/** The report field's arguments from the query string: lists comma-separated, filter and orderBy as JSON. */
function argumentsOf(request: Request) {
  const query = request.query;
  const limit = query.limit === undefined ? 1000 : Number(query.limit);
  if (!Number.isInteger(limit)) throw new ExportRequestError('A whole number.', 'limit');
  for (const flag of ['totals', 'rollup'] as const) {
    if (query[flag] !== undefined && query[flag] !== 'true' && query[flag] !== 'false') throw new ExportRequestError('true or false.', flag);
  }
  return {
    dimensions: list(query.dimensions),
    measures: list(query.measures),
    filter: json(query.filter, 'filter'),
    orderBy: json(query.orderBy, 'orderBy'),
    limit,
    totals: query.totals === 'true',
    rollup: query.rollup === 'true',
  };
}

/**
 * `GET /reports/<cube>.<csv|xlsx>?dimensions=…&measures=…&filter=<json>&orderBy=<json>&limit=…&totals=true&rollup=true`,
 * with the caller's credentials as for the graph: the cube's report field, run through the graph (validation,
 * authorization, scopes), its rows streamed to the file as PostgreSQL gives them, a batch at a time. `limit` (default
 * 1,000) goes up to 1,000,000 groups here (the field's own maximum is 10,000), what one Excel sheet holds; memory does
 * not grow with it. Whether the limit cut the groups is the `x-report-truncated` header.
 */
export function reportExportRoutes(router: Router, http: ModuleHttp): void {
  const cubes = new Map<string, CubeDefinition>(reportCubesOf(http.services.modules).map((cube) => [cube.code, cube]));
  router.get(`${EXPORT_PATH}/:file`, async (request: Request, response: Response) => {
    const match = /^([A-Za-z0-9]+)\.(csv|xlsx)$/.exec(String(request.params.file));
    const cube = match ? cubes.get(match[1]) : undefined;
    if (!match || !cube) {
      refuse(response, [
        {
          message: `No report is called ${request.params.file}; try <cube>.csv or <cube>.xlsx, with a cube of ${[...cubes.keys()].join(', ')}.`,
          extensions: { code: 'NOT_FOUND' },
        },
      ]);
      return;
    }
    const format = match[2] as keyof typeof FORMATS;
    let variables: ReturnType<typeof argumentsOf>;
    try {
      variables = argumentsOf(request);
    } catch (error) {
      if (!(error instanceof ExportRequestError)) throw error;
      refuse(response, [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: [error.field] } }]);
      return;
    }
    let context;
    try {
      context = await http.contextFor(request);
    } catch (error) {
      if (error instanceof GraphQLError) return refuse(response, [error]);
      throw error;
    }
    const columns = reportColumns(cube, variables.dimensions, variables.measures);
    let writer: ReportFileWriter | null = null;
    // The field streams its rows here once it has checked the request and the caller; the head goes first.
    streamCubeReportTo(context, {
      async begin({ truncated }) {
        // The file is named after the county's day, not UTC's.
        const day = today(context.platform.clock);
        response.status(200);
        response.setHeader('content-type', FORMATS[format]);
        response.setHeader('cache-control', 'no-store');
        response.setHeader('content-disposition', `attachment; filename="${cube.code}-${day}.${format}"`);
        // A client learns that the rows stop at the limit without reading them all.
        response.setHeader('x-report-truncated', String(truncated));
        writer = format === 'csv' ? csvWriter(response, columns) : xlsxWriter(response, cube, columns);
      },
      row: (row) => writer!.row(row),
      end: (totals) => writer!.end(totals),
    });
    const result = await http.execute(reportDocument(cube, columns), variables, context);
    if (result.errors?.length) {
      if (!writer) return refuse(response, result.errors);
      // A failure after the first bytes (the client went away, the database failed): cut the file short, so that
      // no one takes it for the whole report.
      response.destroy();
      return;
    }
    if (!writer) refuse(response, [{ message: 'The report wrote nothing.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });
}
