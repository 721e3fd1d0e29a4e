import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Role } from '../../modules/platform/auth/principal';
import { runReportCli } from '../../modules/reports/report-cli';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';
import { localDateInShanghai } from '../../modules/platform/calendar/working-day-calendar';

/** The data teams' command against a running server, through its public API and introspection only. */
describe('npm run report', () => {
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
    await submitCase(owner, enterprise.id, 'HIRING', 'SELF_SERVICE');
    token = await app.token(Role.ANALYST);
  });
  afterAll(() => app?.stop());

  const run = async (...argv: string[]) => {
    let output = '';
    await runReportCli(['--url', `${app.url}/graphql`, '--token', token, ...argv], { fetch, write: (text) => (output += text), env: {} });
    return output;
  };

  it('lists the cubes, their dimensions and measures by introspection', async () => {
    const listing = await run('--list');
    expect(listing).toContain('cases — ');
    expect(listing).toMatch(/ON_TIME_RATE\s+On-time completion rate/);
    expect(listing).toContain('policyRedemptions — ');
  });

  it('runs a report as a table and as CSV, naming dimensions and measures in camelCase or by bucket', async () => {
    const table = await run('cases', '--by', 'matter,month', '--measures', 'count,onlineRate', '--totals');
    // The cube buckets in the county's time: from 16:00 UTC on a month's last day it is already the next month there.
    const month = localDateInShanghai(new Date()).slice(0, 7);
    expect(table.split('\n')).toEqual([
      'MATTER  SUBMITTED_MONTH  COUNT  ONLINE_RATE',
      '------  ---------------  -----  -----------',
      `HIRING  ${month}          2      0.5`,
      'TOTAL                    2      0.5',
      '',
    ]);
    const csv = await run('cases', '--by', 'channel', '--measures', 'count', '--format', 'csv');
    expect(csv).toBe('\uFEFFCHANNEL,COUNT\r\nONLINE,1\r\nSELF_SERVICE,1\r\n');
  });

  it('adds subtotals with --rollup, in the table and through the export', async () => {
    const table = await run('cases', '--by', 'matter,channel', '--measures', 'count', '--rollup', '--totals');
    expect(table.split('\n')).toEqual([
      'MATTER  CHANNEL       COUNT',
      '------  ------------  -----',
      'HIRING  ONLINE        1',
      'HIRING  SELF_SERVICE  1',
      'HIRING  SUBTOTAL      2',
      'TOTAL                 2',
      '',
    ]);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'report-')), 'rollup.xlsx');
    await run('cases', '--by', 'matter,channel', '--measures', 'count', '--rollup', '--format', 'xlsx', '--out', file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(4).values).toEqual([undefined, 'HIRING', '小计 Subtotal', 2]);
  });

  it('writes an Excel workbook through the export', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'report-')), 'cases.xlsx');
    expect(await run('cases', '--by', 'matter', '--measures', 'count', '--format', 'xlsx', '--out', file)).toBe(`Wrote ${file}\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(2).values).toEqual([undefined, 'HIRING', 2]);
  });

  it('says what is wrong: an unknown cube, dimension or measure, a refused caller', async () => {
    await expect(run('casez', '--measures', 'count')).rejects.toThrow(/No cube is called casez; the cubes here: .*cases/);
    await expect(run('cases', '--by', 'weekday', '--measures', 'count')).rejects.toThrow(
      /No dimension is called weekday: say one of .*SUBMITTED_DAY/,
    );
    await expect(run('cases', '--measures', 'speed')).rejects.toThrow(/No measure is called speed/);
    // A scoped caller runs what its scope opens; an enterprise is refused as the graph refuses it.
    token = await app.token(Role.OFFICER, { department: 'court' });
    await expect(run('reviews', '--measures', 'count')).resolves.toContain('COUNT');
    token = await app.token(Role.ENTERPRISE, { enterpriseUscc: uscc });
    await expect(run('cases', '--measures', 'count')).rejects.toThrow(/^FORBIDDEN: /);
  });
});
