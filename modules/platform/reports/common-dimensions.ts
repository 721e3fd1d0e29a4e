import type { CubeDimension } from './cube-definition';

/**
 * Dimensions of the enterprise a row belongs to, for cubes that join `enterprise` under the given alias: where and in
 * what it operates, never who it is.
 */
export function enterpriseDimensions(alias: string): CubeDimension[] {
  return [
    { code: 'REGION', description: { en: 'Region code of the enterprise', zh: '所属区域' }, sql: `${alias}.region_code` },
    {
      code: 'INDUSTRY_SECTION',
      description: { en: 'Industry section of the enterprise (GB/T 4754 letter)', zh: '国民经济行业门类' },
      sql: `left(${alias}.industry_code, 1)`,
    },
    {
      code: 'INDUSTRY_DIVISION',
      description: { en: 'Industry division of the enterprise (GB/T 4754, e.g. C39)', zh: '国民经济行业大类' },
      sql: `left(${alias}.industry_code, 3)`,
    },
  ];
}

/** Working days after `from` up to and including `to`, from the county calendar (calendar_day). */
export const workingDaysBetween = (from: string, to: string) =>
  `(select count(*) from calendar_day wd where wd.working and wd.day > ${from} and wd.day <= ${to})`;
