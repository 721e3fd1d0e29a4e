import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { Role } from '../../modules/platform/auth/principal';
import { STREAM_BATCH_ROWS } from '../../modules/platform/reports/cube-report';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** Reports as files a data team opens in Excel: the same arguments as the GraphQL field, the caller's credentials. */
describe('report exports', () => {
  let app: TestApp;
  let token: string;
  let uscc: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    uscc = enterprise.uscc;
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    await submitCase(owner, enterprise.id, 'HIRING', 'ONLINE');
    await submitCase(owner, enterprise.id, 'HIRING', 'MOBILE');
    await submitCase(owner, enterprise.id, 'OPEN_BUSINESS', 'SELF_SERVICE');
    token = await app.token(Role.ANALYST);
  });
  afterAll(() => app?.stop());

  const download = (path: string, headers: Record<string, string> = { authorization: `Bearer ${token}` }) => fetch(`${app.url}${path}`, { headers });
  const query = 'dimensions=MATTER,CHANNEL&measures=COUNT,ONLINE_RATE&totals=true&orderBy=' + encodeURIComponent('[{"dimension":"MATTER"}]');

  it('writes CSV in UTF-8 with a byte-order mark, headers in Chinese and English, and the total', async () => {
    const response = await download(`/reports/cases.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toEqual([
      '事项 Matter code,申报渠道 Channel it was submitted through,办件量 Cases,网办率 Online rate: submitted online or on mobile ÷ all',
      'HIRING,MOBILE,1,1',
      'HIRING,ONLINE,1,1',
      'OPEN_BUSINESS,SELF_SERVICE,1,0',
      '合计 Total,,3,0.6667',
      '',
    ]);
  });

  it('writes an Excel workbook with typed cells and a sheet of definitions', async () => {
    const response = await download(`/reports/cases.xlsx?${query}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const [report, definitions] = workbook.worksheets;
    expect(report.getRow(1).values).toEqual([
      undefined,
      '事项 Matter code',
      '申报渠道 Channel it was submitted through',
      '办件量 Cases',
      '网办率 Online rate: submitted online or on mobile ÷ all',
    ]);
    expect(report.getRow(2).values).toEqual([undefined, 'HIRING', 'MOBILE', 1, 1]);
    expect(typeof report.getRow(5).getCell(4).value).toBe('number');
    expect(report.getRow(5).getCell(4).value).toBe(0.6667);
    expect(definitions.name).toBe('定义 Definitions');
    expect(definitions.getRow(4).values).toEqual([undefined, '办件量 Cases', 'COUNT', 'MEASURE', 'Cases（办件量）']);
  });

  it('writes subtotals when asked, marked in the column they add up over', async () => {
    const response = await download('/reports/cases.csv?dimensions=MATTER,CHANNEL&measures=COUNT&rollup=true&totals=true');
    expect(response.status).toBe(200);
    expect((await response.text()).replace('\uFEFF', '').split('\r\n')).toEqual([
      '事项 Matter code,申报渠道 Channel it was submitted through,办件量 Cases',
      'HIRING,MOBILE,1',
      'HIRING,ONLINE,1',
      'HIRING,小计 Subtotal,2',
      'OPEN_BUSINESS,SELF_SERVICE,1',
      'OPEN_BUSINESS,小计 Subtotal,1',
      '合计 Total,,3',
      '',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        await (await download('/reports/cases.xlsx?dimensions=MATTER,CHANNEL&measures=COUNT&rollup=true')).arrayBuffer(),
      ) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(4).values).toEqual([undefined, 'HIRING', '小计 Subtotal', 2]);
    expect(sheet.getRow(4).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(6);
    expect(await download('/reports/cases.csv?dimensions=MATTER&measures=COUNT&rollup=yes').then((answer) => answer.status)).toBe(400);
  });

  it('answers as the graph would: unauthenticated, forbidden, bad arguments, unknown reports', async () => {
    const status = async (path: string, headers?: Record<string, string>) => {
      const response = await download(path, headers);
      return [
        response.status,
        ((await response.json()) as { errors: Array<{ extensions: { code: string; field?: string[] } }> }).errors[0].extensions,
      ];
    };
    expect(await status(`/reports/cases.csv?${query}`, {})).toEqual([401, expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
    const enterprise = await app.token(Role.ENTERPRISE, { enterpriseUscc: uscc });
    expect(await status(`/reports/cases.csv?${query}`, { authorization: `Bearer ${enterprise}` })).toEqual([
      403,
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect(await status('/reports/cases.csv?dimensions=MATTER&measures=COUNT&filter={oops')).toEqual([
      400,
      { code: 'BAD_USER_INPUT', field: ['filter'] },
    ]);
    // A value outside the cube's enum never reaches SQL: the graph refuses the variable.
    expect(await status('/reports/cases.csv?dimensions=PASSWORD&measures=COUNT')).toEqual([400, expect.objectContaining({ code: 'BAD_USER_INPUT' })]);
    expect(await status('/reports/cases.csv?dimensions=MATTER&measures=COUNT&limit=0')).toEqual([
      400,
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['limit'] }),
    ]);
    expect(await status('/reports/passwords.csv?measures=COUNT')).toEqual([404, expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

/**
 * Exports larger than one batch of the cursor: 1,200 days with cases, inserted straight into the table (two cases
 * on every even day, one online and one at a window; one online case on every odd day).
 */
describe('streamed report exports', () => {
  const DAYS = 1200;
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const em = app.services.orm.em.fork() as EntityManager;
    await em.execute(
      `insert into service_case (id, created_at, updated_at, number, matter_id, enterprise_id, channel, state, submitted_at, submitted_on,
                                 due_on, overdue, submitted_by, submitted_by_role, idempotency_key, version, due_on_provisional)
       select gen_random_uuid(), now(), now(), 'STREAM-' || day || '-' || channel, (select id from matter where code = 'HIRING'),
              (select id from enterprise where uscc = ?),
              channel, 'IN_PROGRESS', at, (at at time zone 'Asia/Shanghai')::date, (at at time zone 'Asia/Shanghai')::date + 20, false,
              'test', 'ENTERPRISE', 'stream-' || day || '-' || channel, 1, false
         from generate_series(0, ? - 1) day
        cross join lateral (select timestamptz '2020-01-01 04:00:00+00' + day * interval '1 day' as at) moment
        cross join lateral unnest(case when day % 2 = 0 then array['ONLINE', 'WINDOW'] else array['ONLINE'] end) channel`,
      [enterprise.uscc, DAYS],
    );
    token = await app.token(Role.ANALYST);
  });
  afterAll(() => app?.stop());

  const download = (path: string) => fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const day = (index: number) => new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);

  it('streams every group of a report larger than a batch, in batches, with the total last', async () => {
    expect(DAYS).toBeGreaterThan(2 * STREAM_BATCH_ROWS);
    const before = app.statements.length;
    const response = await download('/reports/cases.csv?dimensions=SUBMITTED_DAY&measures=COUNT,ONLINE_RATE&totals=true&limit=5000');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-report-truncated')).toBe('false');
    const lines = (await response.text()).replace('\uFEFF', '').split('\r\n');
    expect(lines).toEqual([
      // The header holds a comma, so it is quoted.
      '"申报时间（按日） When it was submitted, by day (YYYY-MM-DD)",办件量 Cases,网办率 Online rate: submitted online or on mobile ÷ all',
      ...Array.from({ length: DAYS }, (_, index) => (index % 2 === 0 ? `${day(index)},2,0.5` : `${day(index)},1,1`)),
      `合计 Total,${DAYS * 1.5},${Math.round((DAYS / (DAYS * 1.5)) * 10_000) / 10_000}`,
      '',
    ]);
    // Read from PostgreSQL a batch at a time through a cursor, never all at once.
    const fetches = app.statements.slice(before).filter((sql) => sql.startsWith(`fetch forward ${STREAM_BATCH_ROWS} from report_rows`));
    expect(fetches.length).toBe(Math.ceil((DAYS + 1) / STREAM_BATCH_ROWS));
  });

  it('stops at the limit and says so, beyond the field’s own maximum of 10,000 only up to 1,000,000', async () => {
    const response = await download('/reports/cases.csv?dimensions=SUBMITTED_DAY&measures=COUNT&limit=700&totals=true');
    expect(response.headers.get('x-report-truncated')).toBe('true');
    const lines = (await response.text()).split('\r\n');
    // The header, 700 groups, the total over every row, the final line break.
    expect(lines.length).toBe(1 + 700 + 1 + 1);
    expect(lines[700]).toBe(`${day(699)},1`);
    expect(lines[701]).toBe(`合计 Total,${DAYS * 1.5}`);
    const tooMany = await download('/reports/cases.csv?dimensions=SUBMITTED_DAY&measures=COUNT&limit=1000001');
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { errors: Array<{ extensions: { field: string[] } }> }).errors[0].extensions.field).toEqual(['limit']);
    const graph = await (
      await app.clientAs(Role.ANALYST)
    ).raw('{ casesReport(dimensions: [SUBMITTED_DAY], measures: [COUNT], limit: 20000) { truncated } }');
    expect(graph.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['limit'] });
  });

  it('streams a workbook of more rows than a batch', async () => {
    const response = await download('/reports/cases.xlsx?dimensions=SUBMITTED_DAY,CHANNEL&measures=COUNT&rollup=true&limit=5000');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    // Per day: its channels, then the day's subtotal.
    expect(sheet.rowCount).toBe(1 + DAYS * 1.5 + DAYS);
    expect([2, 3, 4, 5, 6].map((row) => sheet.getRow(row).values)).toEqual([
      [undefined, day(0), 'ONLINE', 1],
      [undefined, day(0), 'WINDOW', 1],
      [undefined, day(0), '小计 Subtotal', 2],
      [undefined, day(1), 'ONLINE', 1],
      [undefined, day(1), '小计 Subtotal', 1],
    ]);
    expect(sheet.getRow(sheet.rowCount).values).toEqual([undefined, day(DAYS - 1), '小计 Subtotal', 1]);
  });
});
