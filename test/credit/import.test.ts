import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { CreditRecordsImportDocument, EnterpriseCreditRecordsDocument, EnterpriseCreditScoreDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('bulk import of credit records', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let first: { id: string; uscc: string };
  let second: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    first = await registerEnterprise(admin);
    second = await registerEnterprise(admin);
  });
  afterAll(() => app?.stop());

  it('writes the good rows, reports each bad row by line, and lets no bad row write anything', async () => {
    const csv = [
      'uscc,decisionNumber,departmentCode,severity,sector,decidedOn,amount',
      `${first.uscc},常市监处罚〔2026〕1号,market-regulation,GENERAL,FOOD,2026-03-01,20000.00`,
      `${second.uscc},常市监处罚〔2026〕2号,market-regulation,SERIOUS,GENERAL,2026-04-01,80000.00`,
      `91330822000000000X,常市监处罚〔2026〕3号,market-regulation,GENERAL,GENERAL,2026-03-01,100.00`,
      `${first.uscc},常市监处罚〔2026〕4号,market-regulation,GENERAL,GENERAL,2027-01-01,-5`,
      `${second.uscc},常市监处罚〔2026〕1号,market-regulation,GENERAL,GENERAL,2026-03-01,10.00`,
      `${first.uscc},常税罚〔2026〕9号,tax,GENERAL,GENERAL,2026-03-01,10.00`,
    ].join('\n');
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const { creditRecordsImport } = await officer.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.imported).toBe(2);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [4, 'uscc', 'NOT_FOUND'],
      [5, 'amount', 'NEGATIVE'],
      [5, 'decidedOn', 'IN_FUTURE'],
      [6, 'decisionNumber', 'TAKEN'],
      [7, '', 'NOT_PERMITTED'],
    ]);

    const firstRecords = await admin.data(EnterpriseCreditRecordsDocument, { id: first.id });
    expect(firstRecords.enterprise?.administrativePenalties!.map((penalty) => penalty.decisionNumber)).toEqual(['常市监处罚〔2026〕1号']);
    // The scores of the enterprises concerned moved at once: a general and a serious penalty in publicity.
    expect((await admin.data(EnterpriseCreditScoreDocument, { id: first.id })).enterprise?.creditScore?.score).toBe(660);
    expect((await admin.data(EnterpriseCreditScoreDocument, { id: second.id })).enterprise?.creditScore?.score).toBe(580);
  });

  it('refuses a file it cannot read, or without the uscc column', async () => {
    const noUscc = await admin.data(CreditRecordsImportDocument, { input: { kind: 'HONOUR', csv: 'level,title,awardedOn\nNATIONAL,x,2025-01-01' } });
    expect(noUscc.creditRecordsImport.userErrors[0]).toMatchObject({ field: ['input', 'csv'], code: 'REQUIRED' });
    const broken = await admin.data(CreditRecordsImportDocument, { input: { kind: 'HONOUR', csv: 'uscc,level\n"unclosed,NATIONAL' } });
    expect(broken.creditRecordsImport.userErrors[0]).toMatchObject({ field: ['input', 'csv'], code: 'INVALID_FORMAT' });
  });

  it('checks every value as the GraphQL input would, a bad value costing only its row', async () => {
    const csv = [
      'uscc,decisionNumber,departmentCode,severity,sector,decidedOn,amount',
      `${first.uscc},X-1,market-regulation,HIGH,GENERAL,2026-03-01,1.00`,
      `${first.uscc},X-2,market-regulation,GENERAL,GENERAL,2026-02-30,1.00`,
      `${first.uscc},X-3,market-regulation,GENERAL,GENERAL,2026-03-01,abc`,
      `${first.uscc},,market-regulation,GENERAL,GENERAL,2026-03-01,1.00`,
      `${second.uscc},X-5,market-regulation,GENERAL,GENERAL,2024-02-29,1.00`,
    ].join('\n');
    const { creditRecordsImport } = await admin.data(CreditRecordsImportDocument, { input: { kind: 'PENALTY', csv } });
    expect(creditRecordsImport.userErrors).toEqual([]);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [2, 'severity', 'INVALID_FORMAT'],
      [3, 'decidedOn', 'INVALID_FORMAT'],
      [4, 'amount', 'INVALID_FORMAT'],
      [5, 'decisionNumber', 'REQUIRED'],
    ]);
    // A penalty of 29 February is published until 28 February a year on.
    expect(creditRecordsImport.imported).toBe(1);
    const { enterprise } = await admin.data(EnterpriseCreditRecordsDocument, { id: second.id });
    expect(enterprise?.administrativePenalties!.find((penalty) => penalty.decisionNumber === 'X-5')?.publicityEndsOn).toBe('2025-02-28');
  });

  it('imports integer columns such as the year', async () => {
    const csv = ['uscc,year,level', `${first.uscc},2025,A`, `${second.uscc},1999,B`, `${second.uscc},abc,B`].join('\n');
    const { creditRecordsImport } = await admin.data(CreditRecordsImportDocument, { input: { kind: 'TAX_CREDIT', csv } });
    expect(creditRecordsImport.imported).toBe(1);
    expect(creditRecordsImport.rejected.map((problem) => [problem.line, problem.field.join('.'), problem.code])).toEqual([
      [3, 'year', 'OUT_OF_RANGE'],
      [4, 'year', 'INVALID_FORMAT'],
    ]);
    expect((await admin.data(EnterpriseCreditScoreDocument, { id: first.id })).enterprise?.creditScore?.score).toBe(720);
  });
});
