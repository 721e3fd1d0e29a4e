import { print } from 'graphql';
import { Role } from '../../modules/platform/auth/principal';
import {
  AppealAssignDocument,
  AppealNotificationsDocument,
  AppealSubmitDocument,
  type AppealNotificationsSubscription,
} from '../../schema/generated/graphql';
import { appealDeadlinesJob } from '../../modules/appeals/appeal-deadlines.job';
import { registerEnterprise } from '../support/fixtures';
import { subscriptionClient } from '../support/subscription-client';
import { TestApp } from '../support/test-app';

/** The next result of a subscription, or a failure after a while, so that a lost notice fails the test instead of hanging it. */
async function next<T>(iterator: AsyncIterator<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_resolve, reject) => (timer = setTimeout(() => reject(new Error('no notification arrived within 10 s')), 10_000)),
  );
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error('the subscription ended');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

describe('live notifications of appeals, across server instances', () => {
  let app: TestApp;
  let peer: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    peer = await app.startPeer();
  });
  afterAll(() => app?.stop());

  it('tells a department’s officers on one instance of an assignment made through another, and no other department', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    const enterprise = await registerEnterprise(admin);
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });

    const taxSocket = subscriptionClient(peer.url, { token: await peer.token(Role.OFFICER, { department: 'tax' }) });
    const fireSocket = subscriptionClient(peer.url, { token: await peer.token(Role.OFFICER, { department: 'fire-rescue' }) });
    try {
      const query = print(AppealNotificationsDocument);
      const taxNotices = taxSocket.iterate<AppealNotificationsSubscription>({ query });
      const fireNotices = fireSocket.iterate<AppealNotificationsSubscription>({ query });
      const started = peer.services.live.subscriptionsStarted;
      const first = next(taxNotices);
      const fireFirst = next(fireNotices);
      while (peer.services.live.subscriptionsStarted < started + 2) await new Promise((resolve) => setTimeout(resolve, 10));

      const assign = async (title: string, lead: string) => {
        const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title, description: `${title}。` } });
        const { appealAssign } = await dispatcher.data(AppealAssignDocument, {
          input: { id: appealSubmit.appeal!.id, categoryCodes: ['TAX'], layer: 'COUNTY', grade: 'SIMPLE', leadDepartmentCode: lead },
        });
        expect(appealAssign.userErrors).toEqual([]);
        return appealAssign.appeal!;
      };
      const toTax = await assign('发票', 'tax');
      expect((await first).data?.appealNotifications).toEqual({
        kind: 'ASSIGNED',
        departmentCodes: ['tax'],
        appeal: { number: toTax.number, state: 'ASSIGNED', leadDepartment: { code: 'tax' } },
      });
      // The fire brigade heard nothing of the tax bureau's appeal: its first notice is its own.
      const toFire = await assign('消防验收', 'fire-rescue');
      expect((await fireFirst).data?.appealNotifications.appeal.number).toBe(toFire.number);
    } finally {
      await taxSocket.dispose();
      await fireSocket.dispose();
    }
  });

  it('tells the lead department when a deadline approaches, once', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    const enterprise = await registerEnterprise(admin);
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title: '电价', description: '峰谷电价。' } });
    // A simple appeal is due the next working day: within the warning's one working day.
    const { appealAssign } = await dispatcher.data(AppealAssignDocument, {
      input: { id: appealSubmit.appeal!.id, categoryCodes: ['UTILITIES'], layer: 'COUNTY', grade: 'SIMPLE', leadDepartmentCode: 'power-supply' },
    });
    const socket = subscriptionClient(app.url, { token: await app.token(Role.OFFICER, { department: 'power-supply' }) });
    try {
      const notices = socket.iterate<AppealNotificationsSubscription>({ query: print(AppealNotificationsDocument) });
      const started = app.services.live.subscriptionsStarted;
      const first = next(notices);
      while (app.services.live.subscriptionsStarted <= started) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await appealDeadlinesJob.handler(app.services, {})).toMatchObject({ warned: expect.any(Number) });
      expect((await first).data?.appealNotifications).toMatchObject({
        kind: 'DEADLINE_APPROACHING',
        appeal: { number: appealAssign.appeal!.number },
      });
      expect(await appealDeadlinesJob.handler(app.services, {})).toEqual({ escalated: 0, warned: 0 });
    } finally {
      await socket.dispose();
    }
  });

  it('closes a socket with bad credentials, and carries subscriptions only', async () => {
    const forged = subscriptionClient(app.url, { token: 'not-a-token' });
    const closed = new Promise<number>((resolve) => forged.on('closed', (event) => resolve((event as { code: number }).code)));
    const iterator = forged.iterate({ query: print(AppealNotificationsDocument) });
    void iterator.next().catch(() => undefined);
    expect(await closed).toBe(4403);
    await forged.dispose();

    const officer = subscriptionClient(app.url, { token: await app.token(Role.OFFICER, { department: 'tax' }) });
    try {
      const query = officer.iterate({ query: '{ __typename }' });
      await expect(query.next()).rejects.toEqual([expect.objectContaining({ message: expect.stringContaining('subscriptions only') })]);
      const analyst = subscriptionClient(app.url, { token: await app.token(Role.ANALYST) });
      const refused = await analyst.iterate({ query: print(AppealNotificationsDocument) }).next();
      expect((refused.value as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await analyst.dispose();
    } finally {
      await officer.dispose();
    }
  });
});
