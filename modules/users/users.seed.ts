import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { Role } from '../platform/auth/principal';
import { User, UserState } from './user.entity';
import { PasswordHasher } from './password-hash';
import { userScopeSource } from './user-scopes';

interface DemoPerson {
  login: string;
  name: string;
  roles: Role[];
  department?: string;
  chains?: string[];
  enterpriseUscc?: string;
}

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A password the policy accepts: letters of both cases, digits and a symbol. */
function demoPassword(): string {
  const body = Array.from({ length: 14 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return `${body}-7Qa`;
}

/**
 * Demo accounts: an administrator, an analyst, officers of several departments, a desk per chain, users of a few
 * enterprises. On a development server they share one password made at random for this database and shown once to
 * whoever seeded it, never logged; a rerun leaves existing accounts alone.
 */
export async function seedUsers(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const people: DemoPerson[] = [
    { login: 'admin', name: '平台管理员', roles: [Role.ADMIN] },
    { login: 'analyst', name: '数据分析员', roles: [Role.ANALYST] },
  ];
  const sample = async (kind: 'department' | 'chains' | 'enterprise', count: number) =>
    (await userScopeSource(platform.modules, kind)?.sample(em, count, platform.modules)) ?? [];
  const dispatcher = platform.config.APPEAL_DISPATCHER_DEPARTMENT;
  const departments = await sample('department', 50);
  const officerDepartments = [
    ...departments.filter((department) => department.code === dispatcher),
    ...departments.filter((department) => department.code !== dispatcher).slice(0, 3),
  ];
  for (const department of officerDepartments) {
    people.push({ login: `officer.${department.code}`, name: `${department.name}工作人员`, roles: [Role.OFFICER], department: department.code });
  }
  for (const chain of await sample('chains', 20)) {
    people.push({ login: `desk.${chain.code}`, name: `${chain.name}专班`, roles: [Role.DESK], chains: [chain.code] });
  }
  for (const enterprise of await sample('enterprise', 3)) {
    people.push({
      login: `ent.${enterprise.code.toLowerCase()}`,
      name: `${enterprise.name}经办人`,
      roles: [Role.ENTERPRISE],
      enterpriseUscc: enterprise.code,
    });
  }
  const existing = new Set((await em.find(User, { login: { $in: people.map((person) => person.login) } })).map((user) => user.login));
  const fresh = people.filter((person) => !existing.has(person.login));
  if (fresh.length === 0) return;
  const now = platform.clock.now();
  // Beyond one's own machine a printed password would end up in some log: the accounts wait for reset links instead.
  const password = platform.config.isDevelopment ? demoPassword() : null;
  const passwordHash = password ? await new PasswordHasher(platform.config.PASSWORD_HASH_COST).hash(password) : null;
  for (const person of fresh) {
    em.create(User, {
      ...person,
      department: person.department ?? null,
      chains: person.chains ?? [],
      enterpriseUscc: person.enterpriseUscc ?? null,
      state: password ? UserState.ACTIVE : UserState.INVITED,
      passwordHash,
      passwordChangedAt: password ? now : null,
    });
  }
  await em.flush();
  options.notices?.push(
    password
      ? `Demo accounts (sign in at /auth/sign-in), all with the password  ${password}  (shown this once):`
      : 'Demo accounts, without passwords (not a development server): an ADMIN issues each a link with userPasswordResetIssue.',
    ...fresh.map((person) => `  ${person.login.padEnd(40)} ${person.roles.join(', ')}`),
  );
}
