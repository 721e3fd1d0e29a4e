import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import { Department } from '../one-matter/department.entity';
import { AppealCategory } from './appeal-category.entity';
import { AppealChannel } from './appeal-channel.entity';
import { BUILT_IN_CHANNELS, CATEGORIES, DISPATCHER_DEPARTMENT_NAME } from './appeal-channels.data';

/** Adds the built-in channels, the categories and the dispatcher's department where missing; changes nothing else. */
export async function loadAppealReferenceData(em: EntityManager, platform: PlatformServices): Promise<void> {
  const channels = new Set((await em.find(AppealChannel, {})).map((channel) => channel.code));
  for (const [code, name, description] of BUILT_IN_CHANNELS) {
    if (!channels.has(code)) em.create(AppealChannel, { code, name, description, builtIn: true });
  }
  const categories = new Set((await em.find(AppealCategory, {})).map((category) => category.code));
  for (const [code, name] of CATEGORIES) if (!categories.has(code)) em.create(AppealCategory, { code, name });
  const dispatcher = platform.config.APPEAL_DISPATCHER_DEPARTMENT;
  if (!(await em.count(Department, { code: dispatcher }))) em.create(Department, { code: dispatcher, name: DISPATCHER_DEPARTMENT_NAME });
  await em.flush();
}
