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
    // Other modules' demo data add people of their own (inspectors): the accounts of this seed, role by role.
    const admin = await app.clientAs(Role.ADMIN);
    type Person = { login: string; roles: string[]; department: string | null; chains: string[]; enterpriseUscc: string | null };
    const byRole = async (role: string) =>
      (
        await admin.raw<{ users: { nodes: Person[] } }>(
          'query ($role: Role) { users(first: 100, role: $role) { nodes { login roles department chains enterpriseUscc } } }',
          { role },
        )
      ).data!.users.nodes;
    const everyone = (await Promise.all(['ADMIN', 'ANALYST', 'OFFICER', 'DESK', 'ENTERPRISE'].map(byRole))).flat();
    const people = everyone.filter((person) => !person.login.startsWith('inspector.'));
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
