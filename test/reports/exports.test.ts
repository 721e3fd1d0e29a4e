import ExcelJS from 'exceljs';
import { Role } from '../../modules/platform/auth/principal';
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
