import { Role } from '../../modules/platform/auth/principal';
import { runSeeds } from '../../modules/platform/database/seed';
import { TestApp } from '../support/test-app';
import { signIn } from './users-support';

describe('users: demo accounts', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app?.stop());

  it('creates a person per role and scope, with one password shown once, that signs them in as themselves', async () => {
    const notices: string[] = [];
    await runSeeds(app.services, { enterprises: 6, seed: 2, notices });
    const password = /password {2}(\S+) {2}/.exec(notices[0])?.[1];
    expect(password).toBeDefined();
    const users = await (
      await app.clientAs(Role.ADMIN)
    ).raw<{
      users: { nodes: Array<{ login: string; roles: string[]; department: string | null; chains: string[]; enterpriseUscc: string | null }> };
    }>('{ users(first: 50) { nodes { login roles department chains enterpriseUscc } } }');
    const people = users.data!.users.nodes;
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ login: 'admin', roles: ['ADMIN'] }),
        expect.objectContaining({ login: 'analyst', roles: ['ANALYST'] }),
      ]),
    );
    expect(people.find((person) => person.login === 'officer.business-environment')?.department).toBe('business-environment');
    expect(people.filter((person) => person.roles.includes('OFFICER')).length).toBeGreaterThanOrEqual(3);
    expect(people.filter((person) => person.roles.includes('DESK')).length).toBe(5);
    expect(people.filter((person) => person.roles.includes('ENTERPRISE')).every((person) => person.enterpriseUscc !== null)).toBe(true);
    for (const person of people) expect(notices.join('\n')).toContain(person.login);

    const desk = people.find((person) => person.roles.includes('DESK'))!;
    const signed = await signIn(app, { login: desk.login, password });
    const viewer = await app.client
      .as({ token: signed.session!.accessToken })
      .raw<{ viewer: { role: string; chains: string[] } }>('{ viewer { role chains } }');
    expect(viewer.data!.viewer).toEqual({ role: 'DESK', chains: desk.chains });

    // A second run adds nobody and says nothing.
    const again: string[] = [];
    await runSeeds(app.services, { enterprises: 6, seed: 2, notices: again });
    expect(again).toEqual([]);
  });
});
