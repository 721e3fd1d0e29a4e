import type { EntityManager } from '@mikro-orm/core';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';

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

/** The classes the county's enterprises and its five industry chains fall in (GB/T 4754-2017). */
export const INDUSTRY_CATEGORIES: Array<[code: string, name: string, section: string]> = [
  ['A0153', '柑橘类种植', '农、林、牧、渔业'],
  ['A0162', '含油果种植', '农、林、牧、渔业'],
  ['B1012', '建筑装饰用石开采', '采矿业'],
  ['C1331', '食用植物油加工', '制造业'],
  ['C1523', '果菜汁及果菜汁饮料制造', '制造业'],
  ['C2221', '机制纸及纸板制造', '制造业'],
  ['C2231', '纸和纸板容器制造', '制造业'],
  ['C3032', '建筑用石加工', '制造业'],
  ['C3972', '半导体分立器件制造', '制造业'],
  ['C3973', '集成电路制造', '制造业'],
  ['H6210', '正餐服务', '住宿和餐饮业'],
  ['I6513', '应用软件开发', '信息传输、软件和信息技术服务业'],
];

/** Adds the catalogue entries the database lacks; leaves existing ones alone. */
export async function loadEnterpriseReferenceData(em: EntityManager): Promise<void> {
  const regions = new Set((await em.find(Region, {})).map((region) => region.code));
  for (const [code, name] of REGIONS) if (!regions.has(code)) em.persist(Object.assign(new Region(), { code, name }));
  const industries = new Set((await em.find(IndustryCategory, {})).map((industry) => industry.code));
  for (const [code, name, sectionName] of INDUSTRY_CATEGORIES) {
    if (!industries.has(code)) em.persist(Object.assign(new IndustryCategory(), { code, name, sectionName }));
  }
  await em.flush();
}
