import { modules } from '../../modules';
import { Role } from '../../modules/platform/auth/principal';
import { defineModule } from '../../modules/platform/module';
import { subscribe } from '../../modules/platform/events/domain-event';
import { caseFinished } from '../../modules/one-matter/case.events';
import { creditRecordChanged } from '../../modules/credit/records/credit-record.events';
import { chainMembershipChanged, chainRecordWritten } from '../../modules/one-category/chain.events';
import { uuidFromGlobalId } from '../../modules/platform/relay/global-id';
import {
  AdministrativePenaltyRecordDocument,
  ChainMembershipJoinDocument,
  ChainMembershipLeaveDocument,
  HuyouOrchardRegisterDocument,
} from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { handleTask, submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/**
 * Modules talk through typed domain events: a module that only subscribes, registered beside the product's, hears
 * what the others announce, inside their transactions, without any of them knowing it exists.
 */
describe('domain events a later module builds on', () => {
  const heard: Array<[string, Record<string, unknown>]> = [];
  const listener = defineModule({
    name: 'listener',
    description: 'Fixture: records the events it hears.',
    subscriptions: [
      subscribe(caseFinished, async (payload) => void heard.push(['caseFinished', { ...payload }])),
      subscribe(creditRecordChanged, async (payload) => void heard.push(['creditRecordChanged', { ...payload }])),
      subscribe(chainMembershipChanged, async (payload) => void heard.push(['chainMembershipChanged', { ...payload }])),
      subscribe(chainRecordWritten, async (payload) => void heard.push(['chainRecordWritten', { ...payload }])),
    ],
  });
  let app: TestApp;

  beforeAll(async () => (app = await TestApp.start({ modules: [...modules, listener] })));
  afterAll(() => app?.stop());

  it('hears a case finish, a credit record, a membership change and a chain record, with what happened', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const enterpriseId = uuidFromGlobalId(enterprise.id, 'Enterprise');

    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    let serviceCase = await submitCase(applicant, enterprise.id, 'HIRING');
    for (const code of ['RS-004', 'RS-005', 'RS-006', 'YB-004', 'RS-007']) serviceCase = await handleTask(app, applicant, serviceCase, code);
    expect(serviceCase.state).toBe('COMPLETED');

    const market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    await market.data(AdministrativePenaltyRecordDocument, {
      input: {
        enterpriseId: enterprise.id,
        decisionNumber: '罚-事件-1',
        departmentCode: 'market-regulation',
        severity: 'GENERAL',
        decidedOn: '2026-09-24',
        amount: '100.00',
      },
    });

    const desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: enterprise.id, chain: 'HUYOU', node: 'PLANTING' } });
    await desk.data(HuyouOrchardRegisterDocument, { input: { enterpriseId: enterprise.id, name: '事件基地', areaMu: '10.00', certifications: [] } });
    await desk.data(ChainMembershipLeaveDocument, { input: { enterpriseId: enterprise.id, chain: 'HUYOU', node: 'PLANTING' } });

    expect(heard).toEqual([
      [
        'caseFinished',
        expect.objectContaining({ caseId: uuidFromGlobalId(serviceCase.id, 'Case'), enterpriseId, matterCode: 'HIRING', state: 'COMPLETED' }),
      ],
      ['creditRecordChanged', expect.objectContaining({ enterpriseId, recordType: 'AdministrativePenalty' })],
      ['chainMembershipChanged', { enterpriseId, chain: 'HUYOU', node: 'PLANTING', change: 'JOINED' }],
      ['chainRecordWritten', { enterpriseId, chain: 'HUYOU', recordType: 'HuyouOrchard' }],
      ['chainMembershipChanged', { enterpriseId, chain: 'HUYOU', node: 'PLANTING', change: 'LEFT' }],
    ]);
  });
});
