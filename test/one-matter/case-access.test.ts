import { Role } from '../../modules/platform/auth/principal';
import {
  CaseDocument,
  CaseSubmitDocument,
  CasesDocument,
  DepartmentTasksDocument,
  EnterpriseCasesDocument,
  NodeDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('who sees and submits cases', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let mine: { id: string; uscc: string };
  let theirs: { id: string; uscc: string };
  let me: GraphQLClient;
  let them: GraphQLClient;
  let myCase: { id: string };
  let theirCase: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    mine = await registerEnterprise(admin, { name: '我的企业' });
    theirs = await registerEnterprise(admin, { name: '别人的企业' });
    me = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: mine.uscc });
    them = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: theirs.uscc });
    myCase = await submitCase(me, mine.id, 'OPEN_RESTAURANT');
    theirCase = await submitCase(them, theirs.id, 'UTILITY_CONNECTION');
  });
  afterAll(() => app?.stop());

  it('an ENTERPRISE sees only its own cases, in lists, by id, by node and through its enterprise', async () => {
    expect((await me.data(CasesDocument, {})).cases.nodes.map((node) => node.id)).toEqual([myCase.id]);
    expect((await me.data(CaseDocument, { id: myCase.id })).case?.id).toBe(myCase.id);
    expect(errorCode(await me.request(CaseDocument, { id: theirCase.id }))).toBe('FORBIDDEN');
    expect(errorCode(await me.request(NodeDocument, { id: theirCase.id }))).toBe('FORBIDDEN');
    expect((await me.data(EnterpriseCasesDocument, { id: mine.id })).enterprise?.cases.totalCount).toBe(1);
  });

  it('an ENTERPRISE applies only for itself', async () => {
    const response = await me.request(CaseSubmitDocument, {
      input: { matterCode: 'HIRING', enterpriseId: theirs.id, channel: 'ONLINE', idempotencyKey: 'not-mine' },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('an OFFICER sees the cases with a task of its department, and only those tasks', async () => {
    const fire = await app.clientAs(Role.OFFICER, { department: 'fire-rescue' });
    const { cases } = await fire.data(CasesDocument, {});
    expect(cases.nodes.map((node) => node.id)).toEqual([myCase.id]);
    expect((await fire.data(CaseDocument, { id: myCase.id })).case?.tasks.map((task) => task.item.code)).toEqual(['XF-001']);
    expect(errorCode(await fire.request(CaseDocument, { id: theirCase.id }))).toBe('FORBIDDEN');
    const power = await app.clientAs(Role.OFFICER, { department: 'power-supply' });
    expect((await power.data(CasesDocument, {})).cases.nodes.map((node) => node.id)).toEqual([theirCase.id]);
  });

  it('an OFFICER reads its own department’s task list, not another’s', async () => {
    const fire = await app.clientAs(Role.OFFICER, { department: 'fire-rescue' });
    const { department } = await fire.data(DepartmentTasksDocument, { code: 'fire-rescue' });
    expect(department?.tasks.nodes).toHaveLength(1);
    expect(errorCode(await fire.request(DepartmentTasksDocument, { code: 'tax' }))).toBe('FORBIDDEN');
    const { department: waiting } = await admin.data(DepartmentTasksDocument, { code: 'tobacco', states: ['WAITING'] });
    expect(waiting?.tasks.totalCount).toBe(1);
  });

  it('staff roles read every case; anonymous callers none', async () => {
    for (const role of [Role.ADMIN, Role.ANALYST, Role.PARTNER]) {
      expect((await (await app.clientAs(role)).data(CasesDocument, {})).cases.totalCount).toBe(2);
    }
    expect(errorCode(await app.client.request(CasesDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('an OFFICER submits at a window with the WINDOW channel only', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation', subject: 'window-clerk' });
    const input = { matterCode: 'OPEN_RESTAURANT', enterpriseId: theirs.id, idempotencyKey: 'window-1' };
    const online = await officer.data(CaseSubmitDocument, { input: { ...input, channel: 'ONLINE' } });
    expect(online.caseSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'channel'], code: 'CONFLICT' })]);
    const noWindow = await officer.data(CaseSubmitDocument, { input: { ...input, channel: 'WINDOW' } });
    expect(noWindow.caseSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'windowCode'], code: 'REQUIRED' })]);
    const unknown = await officer.data(CaseSubmitDocument, { input: { ...input, channel: 'WINDOW', windowCode: 'W99' } });
    expect(unknown.caseSubmit.userErrors[0].code).toBe('NOT_FOUND');
    const { caseSubmit } = await officer.data(CaseSubmitDocument, { input: { ...input, channel: 'WINDOW', windowCode: 'W02' } });
    expect(caseSubmit.case).toMatchObject({ channel: 'WINDOW', window: { code: 'W02' } });
    const enterpriseAtWindow = await me.data(CaseSubmitDocument, {
      input: { ...input, enterpriseId: mine.id, channel: 'WINDOW', windowCode: 'W02' },
    });
    expect(enterpriseAtWindow.caseSubmit.userErrors[0]).toMatchObject({ field: ['input', 'channel'], code: 'CONFLICT' });
  });

  it('other roles do not submit cases', async () => {
    const partner = await app.clientAs(Role.PARTNER);
    const response = await partner.request(CaseSubmitDocument, {
      input: { matterCode: 'HIRING', enterpriseId: mine.id, channel: 'ONLINE', idempotencyKey: 'partner' },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('refuses unknown matters and enterprises with userErrors', async () => {
    const { caseSubmit } = await me.data(CaseSubmitDocument, {
      input: { matterCode: 'NO_SUCH_MATTER', enterpriseId: 'bm9wZQ', channel: 'ONLINE', idempotencyKey: 'bad' },
    });
    expect(caseSubmit.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.matterCode', 'NOT_FOUND'],
      ['input.enterpriseId', 'NOT_FOUND'],
    ]);
  });
});
