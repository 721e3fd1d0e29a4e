import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import { collect, type ModuleDescriptor, type SeedOptions } from '../platform/module';
import type { DemoEnterprise } from './industry-extension';
import { Enterprise } from './enterprise.entity';
import { LifecycleStage } from './lifecycle-stage';
import { HOME_REGION, industryClasses } from './reference-data';
import { buildEnterpriseUscc } from './uscc';

/** Changshan place names and trade words that make generated names read like the county's registry. */
const PLACES = ['天马', '紫港', '金川', '球川', '辉埠', '芳村', '青石', '何家', '招贤', '白石', '同弓', '大桥头', '东案', '新昌', '五里'];
const WORDS = ['柚乡', '金源', '绿野', '宏达', '鼎盛', '山海', '常青', '瑞丰', '恒信', '兴业', '万象', '聚力', '博远', '嘉禾', '锦程'];
const OTHER_REGIONS = ['330802', '330803', '330824', '330825', '330881'];
const STAGE_WEIGHTS: Array<{ weight: number; value: LifecycleStage }> = [
  { weight: 80, value: LifecycleStage.OPERATING },
  { weight: 6, value: LifecycleStage.ESTABLISHING },
  { weight: 5, value: LifecycleStage.CHANGING },
  { weight: 4, value: LifecycleStage.DEREGISTERING },
  { weight: 4, value: LifecycleStage.DEREGISTERED },
  { weight: 1, value: LifecycleStage.BANKRUPTCY_REORGANIZATION },
];

const BATCH_SIZE = 1000;

/** What the demo registry draws from: the named enterprises first, then names by industry class. */
interface DemoRegistry {
  named: DemoEnterprise[];
  trades: Record<string, string[]>;
}

function demoRegistry(modules: ModuleDescriptor[]): DemoRegistry {
  return {
    named: collect(modules, (module) => module.extensions?.demoEnterprises),
    trades: Object.fromEntries(industryClasses(modules).map((industry) => [industry.code, industry.demoTrades])),
  };
}

/** Row i of the demo registry; the same seed and index always give the same enterprise. */
function demoRow(faker: Faker, index: number, now: Date, { named: champions, trades }: DemoRegistry) {
  const named = champions[index];
  const industry = named?.industry ?? faker.helpers.objectKey(trades);
  const region = named || faker.number.int(99) < 80 ? HOME_REGION : faker.helpers.arrayElement(OTHER_REGIONS);
  const name =
    named?.name ?? `常山县${faker.helpers.arrayElement(PLACES)}${faker.helpers.arrayElement(WORDS)}${faker.helpers.arrayElement(trades[industry])}`;
  const established = faker.date.between({ from: '1998-01-01T00:00:00Z', to: '2026-06-30T00:00:00Z' }).toISOString().slice(0, 10);
  return {
    id: randomUUID(),
    uscc: buildEnterpriseUscc(region, String(10_000_000 + index).slice(-8)),
    name,
    legalRepresentative: `${faker.person.lastName()}${faker.person.firstName()}`,
    registeredCapital: named?.capital ?? `${faker.number.int({ min: 10, max: 5000 }) * 10000}.00`,
    establishedOn: named?.establishedOn ?? established,
    industry,
    region,
    lifecycleStage: named ? LifecycleStage.OPERATING : faker.helpers.weightedArrayElement(STAGE_WEIGHTS),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Deterministic demo enterprises with valid credit codes; rows whose code already exists are left alone. */
export async function seedEnterprises(em: EntityManager, options: SeedOptions, modules: ModuleDescriptor[]): Promise<void> {
  const registry = demoRegistry(modules);
  const faker = demoFaker(options.seed, (library) => [library.zh_CN, library.en, library.base]);
  const now = new Date();
  for (let start = 0; start < options.enterprises; start += BATCH_SIZE) {
    const rows = [];
    for (let index = start; index < Math.min(start + BATCH_SIZE, options.enterprises); index++) rows.push(demoRow(faker, index, now, registry));
    await em
      .createQueryBuilder(Enterprise)
      .insert(rows as never[])
      .onConflict('uscc')
      .ignore()
      .execute();
    options.onProgress?.(start + rows.length, options.enterprises);
  }
}
