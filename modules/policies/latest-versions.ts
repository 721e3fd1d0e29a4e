import type { EntityManager } from '@mikro-orm/postgresql';
import { Policy, PolicyVersion } from './policy.entity';

/**
 * The latest published version of every policy (or of those `where` picks), by code, with its policy: two statements,
 * however many versions each policy has had.
 */
export async function latestVersions(em: EntityManager, where: { mode?: string } = {}): Promise<PolicyVersion[]> {
  const policies = await em.find(Policy, { latestVersion: { $gt: 0 } }, { orderBy: { code: 'ASC' } });
  if (policies.length === 0) return [];
  const versions = await em.find(PolicyVersion, { $or: policies.map((policy) => ({ policy, number: policy.latestVersion })) });
  const byPolicy = new Map(versions.map((version) => [version.policy.id, version]));
  return policies.flatMap((policy) => {
    const version = byPolicy.get(policy.id);
    return version && (!where.mode || version.content.mode === where.mode) ? [version] : [];
  });
}
