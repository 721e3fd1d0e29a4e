import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AnnualReportFilingRecordDocument,
  ApiKeyCreateDocument,
  CreditAccessLogDocument,
  CreditAuthorizationGrantDocument,
  CreditAuthorizationRevokeDocument,
  CreditLoanRecordDocument,
  EnterpriseCreditExplanationDocument,
  EnterpriseCreditScoreDocument,
  NodeDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('credit authorizations, the access log and credit loans', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let enterprise: { id: string; uscc: string };
  let owner: GraphQLClient;
  let bank: GraphQLClient;
  let bankKeyId: string;
  let otherBank: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    await market.data(AnnualReportFilingRecordDocument, {
      input: { enterpriseId: enterprise.id, year: 2025, status: 'LATE', filedOn: '2026-05-01' },
    });
    const key = (await admin.data(ApiKeyCreateDocument, { input: { name: '常山农商银行' } })).apiKeyCreate;
    bankKeyId = key.apiKey!.id;
    bank = app.client.as({ apiKey: key.secret! });
    const other = (await admin.data(ApiKeyCreateDocument, { input: { name: '另一家银行' } })).apiKeyCreate;
    otherBank = app.client.as({ apiKey: other.secret! });
  });
  afterAll(() => app?.stop());

  it('shows partners the public grade but not the reasons without an authorization', async () => {
    expect((await bank.data(EnterpriseCreditScoreDocument, { id: enterprise.id })).enterprise?.creditScore).toMatchObject({
      score: 685,
      grade: 'FAIR',
    });
    expect(errorCode(await bank.request(EnterpriseCreditExplanationDocument, { id: enterprise.id }))).toBe('FORBIDDEN');
    const loan = await bank.request(CreditLoanRecordDocument, {
      input: { enterpriseId: enterprise.id, amount: '500000.00', termMonths: 12, rateBand: 'AT_LPR', outcome: 'APPLIED' },
    });
    expect(errorCode(loan)).toBe('FORBIDDEN');
  });

  it('lets the authorized partner read the reasons and their records, logging every read, and record loans', async () => {
    const { creditAuthorizationGrant } = await owner.data(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, purpose: '信用贷款审批', validUntil: '2026-12-31' },
    });
    expect(creditAuthorizationGrant.authorization).toMatchObject({
      partnerName: '常山农商银行',
      validFrom: '2026-06-10',
      validUntil: '2026-12-31',
      revokedAt: null,
    });

    const { enterprise: report } = await bank.data(EnterpriseCreditExplanationDocument, { id: enterprise.id });
    const line = report!.creditScore!.explanation![0];
    expect(line).toMatchObject({ rule: 'ANNUAL_REPORT_LATE', points: -15 });
    expect((await bank.data(NodeDocument, { id: line.evidence[0]!.id })).node?.__typename).toBe('AnnualReportFiling');
    expect(errorCode(await otherBank.request(EnterpriseCreditExplanationDocument, { id: enterprise.id }))).toBe('FORBIDDEN');

    const { creditLoanRecord } = await bank.data(CreditLoanRecordDocument, {
      input: { enterpriseId: enterprise.id, amount: '500000.00', termMonths: 12, rateBand: 'AT_LPR', outcome: 'APPROVED' },
    });
    expect(creditLoanRecord.loan).toMatchObject({ amount: '500000.00', partnerName: '常山农商银行', outcome: 'APPROVED' });
    const bad = await bank.data(CreditLoanRecordDocument, {
      input: { enterpriseId: enterprise.id, amount: '0', termMonths: 0, rateBand: 'AT_LPR', outcome: 'APPLIED' },
    });
    expect(bad.creditLoanRecord.userErrors.map((error) => error.field.join('.')).sort()).toEqual(['input.amount', 'input.termMonths']);
    const negative = await bank.data(CreditLoanRecordDocument, {
      input: { enterpriseId: enterprise.id, amount: '-1.00', termMonths: 12, rateBand: 'AT_LPR', outcome: 'APPLIED' },
    });
    expect(negative.creditLoanRecord.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.amount', 'NEGATIVE']]);

    const { enterprise: log } = await owner.data(CreditAccessLogDocument, { id: enterprise.id });
    // The reasons, the history, the evidence record of the explanation, and the same record refetched by node.
    expect(log?.creditReportAccesses!.map((access) => [access.partnerName, access.part]).sort()).toEqual([
      ['常山农商银行', 'creditScore.explanation'],
      ['常山农商银行', 'creditScoreHistory'],
      ['常山农商银行', 'node:AnnualReportFiling'],
      ['常山农商银行', 'node:AnnualReportFiling'],
    ]);
    expect(log?.creditLoans).toEqual([{ amount: '500000.00', outcome: 'APPROVED', partnerName: '常山农商银行' }]);
  });

  it('ends access when the authorization expires or is revoked', async () => {
    clock.set('2027-01-01T02:00:00Z');
    expect(errorCode(await bank.request(EnterpriseCreditExplanationDocument, { id: enterprise.id }))).toBe('FORBIDDEN');
    clock.set('2026-08-01T02:00:00Z');
    await bank.data(EnterpriseCreditExplanationDocument, { id: enterprise.id });
    const { enterprise: log } = await owner.data(CreditAccessLogDocument, { id: enterprise.id });
    const authorizationId = log!.creditAuthorizations![0].id;
    const { creditAuthorizationRevoke } = await owner.data(CreditAuthorizationRevokeDocument, { input: { id: authorizationId } });
    expect(creditAuthorizationRevoke.authorization?.revokedAt).not.toBeNull();
    expect(errorCode(await bank.request(EnterpriseCreditExplanationDocument, { id: enterprise.id }))).toBe('FORBIDDEN');
    const again = await owner.data(CreditAuthorizationRevokeDocument, { input: { id: authorizationId } });
    expect(again.creditAuthorizationRevoke.userErrors[0].code).toBe('ALREADY_REVOKED');
    expect((await owner.data(CreditAccessLogDocument, { id: enterprise.id })).enterprise?.creditReportAccesses).toHaveLength(7);
  });

  it('refuses bad grants, and grants by anyone but the enterprise', async () => {
    const { creditAuthorizationGrant } = await owner.data(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: 'bm9wZQ', purpose: ' ', validFrom: '2026-01-01', validUntil: '2025-12-31' },
    });
    expect(creditAuthorizationGrant.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.partnerKeyId', 'NOT_FOUND'],
      ['input.purpose', 'BLANK'],
      ['input.validFrom', 'OUT_OF_RANGE'],
      ['input.validUntil', 'INVALID_RANGE'],
    ]);
    const stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: (await registerEnterprise(await app.clientAs(Role.ADMIN))).uscc });
    const response = await stranger.request(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, purpose: 'x', validUntil: '2026-12-31' },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(errorCode(await stranger.request(CreditAccessLogDocument, { id: enterprise.id }))).toBe('FORBIDDEN');
  });
});
