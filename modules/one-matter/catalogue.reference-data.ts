import type { EntityManager } from '@mikro-orm/core';
import { DEPARTMENTS, ITEMS, MATTERS, SECTIONS, WINDOWS } from './catalogue.data';
import { Department } from './department.entity';
import { Matter } from './matter.entity';
import { MatterItem } from './matter-item.entity';
import { ServiceItem } from './service-item.entity';
import { ServiceSection } from './service-section.entity';
import { ServiceWindow } from './service-window.entity';

async function byCode<T extends { code: string }>(em: EntityManager, entity: new () => T): Promise<Map<string, T>> {
  const rows = (await em.find(entity, {})) as T[];
  return new Map(rows.map((row) => [row.code, row]));
}

/**
 * Adds the catalogue entries the database lacks: departments, sections, windows, items and the seeded matters.
 * Entries an ADMIN has edited are left as they are.
 */
export async function loadCatalogue(em: EntityManager): Promise<void> {
  const departments = await byCode(em, Department);
  for (const [code, name] of DEPARTMENTS) {
    if (!departments.has(code)) departments.set(code, em.create(Department, { code, name }));
  }
  const sections = await byCode(em, ServiceSection);
  for (const [code, name] of SECTIONS) {
    if (!sections.has(code)) sections.set(code, em.create(ServiceSection, { code, name }));
  }
  const windows = await byCode(em, ServiceWindow);
  for (const [code, name, section] of WINDOWS) {
    if (!windows.has(code)) em.create(ServiceWindow, { code, name, section: sections.get(section)! });
  }
  const items = await byCode(em, ServiceItem);
  for (const data of ITEMS) {
    if (items.has(data.code)) continue;
    items.set(
      data.code,
      em.create(ServiceItem, {
        code: data.code,
        name: data.name,
        department: departments.get(data.department)!,
        section: data.section ? sections.get(data.section)! : null,
        statutoryLimitDays: data.statutory,
        committedLimitDays: data.committed,
        fullyOnline: data.online,
        materials: data.materials,
      }),
    );
  }
  const matters = await byCode(em, Matter);
  for (const data of MATTERS) {
    if (matters.has(data.code)) continue;
    const matter = em.create(Matter, {
      code: data.code,
      name: data.name,
      description: data.description,
      stage: data.stage,
      completionStage: data.completionStage,
    });
    data.items.forEach(([itemCode, waitsFor], position) => {
      em.create(MatterItem, { matter, item: items.get(itemCode)!, position, waitsFor });
    });
  }
  await em.flush();
}
