import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { AuditEntriesDocument, CreditRecordsImportDocument, EnterpriseCreditRecordsDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

const PENALTY_HEADER = 'uscc,decisionNumber,departmentCode,severity,sector,decidedOn,amount';

describe('the report of a credit records import', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN, { subject: 'admin-import' });
    enterprise = await registerEnterprise(admin);
  });
  afterAll(() => app?.stop());

  const penalty = (decisionNumber: string, decidedOn = '2026-03-01', uscc = enterprise.uscc) =>
    `${uscc},${decisionNumber},market-regulation,GENERAL,GENERAL,${decidedOn},10.00`;

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('names the physical line where each record starts, across blank lines and quoted line breaks (%s)', async (name, newline) => {
    const csv = [
      PENALTY_HEADER, // 1
      penalty(`${name}-1`, '2027-01-01'), // 2: in the future
      '', // 3: blank
      penalty(`${name}-2`, '2026-03-01', '91330822000000000X'), // 4: no such enterprise
      penalty(`"${name}-3${newline}第二行"`, '2027-01-01'), // 5 and 6: a quoted line break, in the future
      '   ', // 7: only spaces
      '', // 8: blank
      penalty(`${name}-4`), // 9: goes in
      penalty(`${name}-5`, 'not-a-date'), // 10: bad date
      '', // 11: trailing blank line
    ].join(newline);
    const { creditRecordsImport } = await admin.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.userErrors).toEqual([]);
    expect(creditRecordsImport.imported).toBe(1);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [2, 'decidedOn', 'IN_FUTURE'],
      [4, 'uscc', 'NOT_FOUND'],
      [5, 'decidedOn', 'IN_FUTURE'],
      [10, 'decidedOn', 'INVALID_FORMAT'],
    ]);
  });

  it('accepts a CSV saved with a UTF-8 byte order mark, as Excel writes it', async () => {
    const csv = `\uFEFF${PENALTY_HEADER}\r\n${penalty('BOM-1')}\r\n`;
    const { creditRecordsImport } = await admin.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.userErrors).toEqual([]);
    expect(creditRecordsImport.rejected).toEqual([]);
    expect(creditRecordsImport.imported).toBe(1);
    const { enterprise: records } = await admin.data(EnterpriseCreditRecordsDocument, { id: enterprise.id });
    expect(records?.administrativePenalties?.map((record) => record.decisionNumber)).toContain('BOM-1');
  });

  it('refuses an import whose every row was refused, with the row report, and audits it as REJECTED', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation', subject: 'officer-all-refused' });
    const csv = [PENALTY_HEADER, penalty('ALL-1', '2027-01-01'), penalty('ALL-2', '2026-03-01', '91330822000000000X')].join('\n');
    const { creditRecordsImport } = await officer.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.imported).toBe(0);
    expect(creditRecordsImport.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.csv', 'NO_ROW_ACCEPTED']]);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [2, 'decidedOn', 'IN_FUTURE'],
      [3, 'uscc', 'NOT_FOUND'],
    ]);
    const { auditEntries } = await admin.data(AuditEntriesDocument, {
      filter: { operation: 'creditRecordsImport', actorSubject: 'officer-all-refused' },
    });
    expect(auditEntries.nodes.map((entry) => [entry.outcome, entry.errorCodes])).toEqual([['REJECTED', ['NO_ROW_ACCEPTED']]]);
  });

  it('keeps a partly refused import SUCCEEDED, with its row report', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation', subject: 'officer-partly-refused' });
    const csv = [PENALTY_HEADER, penalty('PART-1'), penalty('PART-2', '2027-01-01')].join('\n');
    const { creditRecordsImport } = await officer.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.imported).toBe(1);
    expect(creditRecordsImport.userErrors).toEqual([]);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.code])).toEqual([[3, 'IN_FUTURE']]);
    const { auditEntries } = await admin.data(AuditEntriesDocument, {
      filter: { operation: 'creditRecordsImport', actorSubject: 'officer-partly-refused' },
    });
    expect(auditEntries.nodes.map((entry) => [entry.outcome, entry.errorCodes])).toEqual([['SUCCEEDED', []]]);
  });

  it('checks each row with the input policy of the single mutation: column lengths and number ranges', async () => {
    const csv = [
      PENALTY_HEADER,
      penalty('X'.repeat(61)), // 2: the column holds 60 characters
      `${enterprise.uscc},POLICY-2,market-regulation,GENERAL,GENERAL,2026-03-01,10000000000000.00`, // 3: beyond the range
      penalty('POLICY-3'), // 4: goes in
    ].join('\n');
    const { creditRecordsImport } = await admin.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.imported).toBe(1);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [2, 'decisionNumber', 'TOO_LONG'],
      [3, 'amount', 'OUT_OF_RANGE'],
    ]);
  });

  it('answers the row that loses a race for one decision number as TAKEN on that field', async () => {
    const csv = [PENALTY_HEADER, penalty('RACE-1')].join('\n');
    const answers = await Promise.all(Array.from({ length: 4 }, () => admin.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } })));
    expect(answers.map(({ creditRecordsImport }) => creditRecordsImport.imported).sort()).toEqual([0, 0, 0, 1]);
    const losers = answers.filter(({ creditRecordsImport }) => creditRecordsImport.imported === 0);
    for (const { creditRecordsImport } of losers)
      expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
        [2, 'decisionNumber', 'TAKEN'],
      ]);
  });
});
