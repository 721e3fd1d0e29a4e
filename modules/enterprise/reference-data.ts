import type { EntityManager } from '@mikro-orm/core';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';
import type { IndustryClass } from './industry-extension';
import { collect, type ModuleDescriptor } from '../platform/module';

/** Quzhou city (330800) and its county-level divisions; Changshan is the home county. */
export const REGIONS: Array<[code: string, name: string]> = [
  ['330800', '衢州市'],
  ['330802', '柯城区'],
  ['330803', '衢江区'],
  ['330822', '常山县'],
  ['330824', '开化县'],
  ['330825', '龙游县'],
  ['330881', '江山市'],
];

export const HOME_REGION = '330822';

/** The classes of the county's enterprises outside the chains, which bring their own (GB/T 4754-2017). */
export const INDUSTRY_CLASSES: IndustryClass[] = [
  { code: 'H6210', name: '正餐服务', section: '住宿和餐饮业', demoTrades: ['餐饮管理有限公司', '农家菜馆'] },
  { code: 'I6513', name: '应用软件开发', section: '信息传输、软件和信息技术服务业', demoTrades: ['信息技术有限公司'] },
];

/** Every industry class of the enabled modules: the registry's own and what the modules bring, by code. */
export function industryClasses(modules: ModuleDescriptor[]): IndustryClass[] {
  return [...INDUSTRY_CLASSES, ...collect(modules, (module) => module.extensions?.industries)].sort((a, b) => a.code.localeCompare(b.code));
}

/** Adds the catalogue entries the database lacks; leaves existing ones alone. */
export async function loadEnterpriseReferenceData(em: EntityManager, modules: ModuleDescriptor[]): Promise<void> {
  const regions = new Set((await em.find(Region, {})).map((region) => region.code));
  for (const [code, name] of REGIONS) if (!regions.has(code)) em.persist(Object.assign(new Region(), { code, name }));
  const industries = new Set((await em.find(IndustryCategory, {})).map((industry) => industry.code));
  for (const { code, name, section } of industryClasses(modules)) {
    if (!industries.has(code)) em.persist(Object.assign(new IndustryCategory(), { code, name, sectionName: section }));
  }
  await em.flush();
}
