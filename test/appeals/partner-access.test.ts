import { Role } from '../../modules/platform/auth/principal';
import {
  ApiKeyCreateDocument,
  AppealSubmitDocument,
  AppealsDocument,
  CreditAuthorizationGrantDocument,
  PartnerAccessScopesDocument,
  PartnerAuthorizationGrantDocument,
  PartnerAuthorizationRevokeDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('a partner reading an enterprise’s appeals', () => {
  let app: TestApp;
  let owner: GraphQLClient;
  let enterprise: { id: string; uscc: string };
  let bank: GraphQLClient;
  let bankKeyId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const { apiKeyCreate } = await admin.data(ApiKeyCreateDocument, { input: { name: 'County bank portal' } });
    bankKeyId = apiKeyCreate.apiKey!.id;
    bank = app.client.as({ apiKey: apiKeyCreate.secret! });
    await owner.data(AppealSubmitDocument, {
      input: { title: '贷款贴息', description: '贴息资金未到账。', contactName: '王小明', contactPhone: '13912345678' },
    });
    // Another enterprise's appeal, which no authorization opens.
    const other = await registerEnterprise(admin);
    await (
      await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc })
    ).data(AppealSubmitDocument, { input: { title: '其他', description: '其他。' } });
  });
  afterAll(() => app?.stop());

  it('lists the scopes the modules offer', async () => {
    const { partnerAccessScopes } = await app.client.data(PartnerAccessScopesDocument);
    expect(partnerAccessScopes).toContainEqual(expect.objectContaining({ code: 'APPEALS', module: 'appeals' }));
  });

  it('sees nothing without an authorization naming APPEALS, a credit authorization included', async () => {
    expect((await bank.data(AppealsDocument, {})).appeals.totalCount).toBe(0);
    const { creditAuthorizationGrant } = await owner.data(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, purpose: '信用贷款审批', validUntil: '2099-01-01' },
    });
    expect(creditAuthorizationGrant.userErrors.map((error) => error.code)).toEqual(['OUT_OF_RANGE']);
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await owner.data(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, purpose: '信用贷款审批', validUntil },
    });
    expect((await bank.data(AppealsDocument, {})).appeals.totalCount).toBe(0);
  });

  it('reads the enterprise’s appeals, contacts masked, under an authorization naming APPEALS, until it is revoked', async () => {
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const unknown = await owner.data(PartnerAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, scopes: ['APPEALS', 'PAYROLL'], purpose: '贷后服务', validUntil },
    });
    expect(unknown.partnerAuthorizationGrant.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.scopes.1', 'NOT_FOUND'],
    ]);
    const { partnerAuthorizationGrant } = await owner.data(PartnerAuthorizationGrantDocument, {
      input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, scopes: ['APPEALS'], purpose: '贷后服务', validUntil },
    });
    expect(partnerAuthorizationGrant.authorization).toMatchObject({ partnerName: 'County bank portal', scopes: ['APPEALS'] });

    const { appeals } = await bank.data(AppealsDocument, {});
    expect(appeals.nodes.map((node) => [node.title, node.enterprise.uscc, node.contactName, node.contactPhone])).toEqual([
      ['贷款贴息', enterprise.uscc, '王**', '*******5678'],
    ]);

    const { partnerAuthorizationRevoke } = await owner.data(PartnerAuthorizationRevokeDocument, {
      input: { id: partnerAuthorizationGrant.authorization!.id },
    });
    expect(partnerAuthorizationRevoke.authorization?.revokedAt).toBeTruthy();
    const again = await owner.data(PartnerAuthorizationRevokeDocument, { input: { id: partnerAuthorizationGrant.authorization!.id } });
    expect(again.partnerAuthorizationRevoke.userErrors.map((error) => error.code)).toEqual(['ALREADY_REVOKED']);
    expect((await bank.data(AppealsDocument, {})).appeals.totalCount).toBe(0);
  });
});
