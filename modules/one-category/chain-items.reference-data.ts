import type { EntityManager } from '@mikro-orm/core';
import { Department } from '../one-matter/department.entity';
import { ServiceItem } from '../one-matter/service-item.entity';
import { ServiceSection } from '../one-matter/service-section.entity';

/** A chain-specific service item, owned by a department of the catalogue. */
export interface ChainItemData {
  code: string;
  name: string;
  department: string;
  section: string | null;
  statutory: number;
  committed: number;
  online: boolean;
  materials: string[];
}

/** Adds a chain's items to the catalogue when missing, like the core's own reference data. */
export async function loadChainItems(em: EntityManager, items: ChainItemData[]): Promise<void> {
  const existing = new Set((await em.find(ServiceItem, { code: { $in: items.map((item) => item.code) } })).map((item) => item.code));
  for (const data of items) {
    if (existing.has(data.code)) continue;
    const department = await em.findOneOrFail(Department, { code: data.department });
    const section = data.section ? await em.findOne(ServiceSection, { code: data.section }) : null;
    em.create(ServiceItem, {
      code: data.code,
      name: data.name,
      department,
      section,
      statutoryLimitDays: data.statutory,
      committedLimitDays: data.committed,
      fullyOnline: data.online,
      materials: data.materials,
    });
  }
  await em.flush();
}
