import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMOUS, Role, type Principal } from '../auth/principal';
import type { GraphQLContext, PlatformServices } from '../context';

/**
 * The context of a caller acting on a given day, for demo data that runs the real services as its history unfolds:
 * every rule reads that day as "now".
 */
export function seedActor(em: EntityManager, platform: PlatformServices, principal: Principal, day: string): GraphQLContext {
  const moment = new Date(`${day}T02:00:00Z`);
  return { requestId: 'demo-seed', principal, em, logger: platform.logger, platform: { ...platform, clock: { now: () => moment } } };
}

/** A demo enterprise acting for itself. */
export const seedEnterprise = (uscc: string): Principal => ({
  ...ANONYMOUS,
  role: Role.ENTERPRISE,
  subject: `demo-enterprise-${uscc}`,
  enterpriseUscc: uscc,
});

/** A demo officer of a department. */
export const seedOfficer = (department: string, subject = `demo-officer-${department}`): Principal => ({
  ...ANONYMOUS,
  role: Role.OFFICER,
  subject,
  department,
});
