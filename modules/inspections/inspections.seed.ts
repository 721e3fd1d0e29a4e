import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import { ANONYMOUS, Role, type Principal } from '../platform/auth/principal';
import type { PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { seedActor, seedOfficer } from '../platform/database/seed-actor';
import { UserErrorsException } from '../platform/errors/user-error';
import { toGlobalId } from '../platform/relay/global-id';
import { addMonths, lastDayOfMonth } from '../platform/calendar/months';
import type { DemoTimeline } from '../platform/database/demo-timeline';
import { formatEpochDay, parseLocalDate, type WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { User, UserState } from '../users/user.entity';
import { DrawRatioMode, InspectionItemKind, InspectionOutcome, InspectionState } from './inspection.enums';
import { Inspection, InspectionVisit } from './inspection.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionItemService } from './inspection-item.service';
import { InspectionPlanService } from './inspection-plan.service';
import { InspectionResultService } from './inspection-result.service';
import { InspectionTargetedService } from './inspection-targeted.service';

/** The demo's "now": the last month's inspections stop part-way, as in a live year. */
const DEMO_TODAY = '2026-11-30';
/** The first month of the demo year of plans (December 2025 – November 2026). */
const FIRST_MONTH = '2025-12-01';
const MONTHS = 12;
/** Targeted inspections per random one of the same department and month: a random share near 74%. */
const TARGETED_PER_RANDOM = 0.35;
/** The share of targeted inspections ordered where another department already visits that month (综合查一次). */
const TARGETED_JOINING = 0.9;

const { KEY, GENERAL } = InspectionItemKind;

interface DemoItem {
  code: string;
  name: string;
  legalBasis: string;
  kind: InspectionItemKind;
  field: string;
  industries: string[];
}

interface DemoDepartment {
  code: string;
  /**
   * Months between the starts of two plans, each plan's window as long: 2 bimonthly, 3 quarterly (December–February,
   * March–May…). Not monthly: a class D target may be drawn every month, and inspectors who inspected it stay in
   * conflict with it for INSPECTION_CONFLICT_MONTHS, so monthly draws would run out of inspectors free for it.
   */
  every: 2 | 3;
  officers: number;
  items: DemoItem[];
  /** The items each plan checks, in turn: only part of the list is drawn in a year (coverage well below 100%). */
  rotation: string[][];
}

const item = (code: string, name: string, legalBasis: string, kind: InspectionItemKind, field: string, industries: string[] = []): DemoItem => ({
  code,
  name,
  legalBasis,
  kind,
  field,
  industries,
});

/** The departments' inspection lists (抽查事项清单) and how often they plan. */
const DEPARTMENTS: DemoDepartment[] = [
  {
    code: 'market-regulation',
    every: 2,
    officers: 14,
    items: [
      item('mr-food-license', '食品经营许可及经营条件检查', '《中华人民共和国食品安全法》第三十五条、第八十七条', KEY, 'food-safety', [
        'H62',
        'C13',
        'C15',
      ]),
      item('mr-food-production', '食品生产企业落实食品安全主体责任检查', '《食品生产许可管理办法》第五十条', KEY, 'food-safety', ['C13', 'C15']),
      item('mr-product-quality', '重点工业产品质量监督抽查', '《中华人民共和国产品质量法》第十五条', GENERAL, 'product-quality', [
        'C22',
        'C30',
        'C39',
      ]),
      item('mr-special-equipment', '特种设备使用单位安全监督检查', '《中华人民共和国特种设备安全法》第五十七条', KEY, 'product-quality', ['C']),
      item('mr-license-display', '营业执照公示及登记事项检查', '《中华人民共和国市场主体登记管理条例》第三十五条', GENERAL, 'market-order'),
      item('mr-annual-report', '企业年度报告公示信息检查', '《企业信息公示暂行条例》第十四条', GENERAL, 'market-order'),
      item('mr-price', '明码标价和价格行为检查', '《中华人民共和国价格法》第十三条', GENERAL, 'market-order', ['H62']),
      item('mr-measurement', '计量器具使用及强制检定检查', '《中华人民共和国计量法》第九条', GENERAL, 'product-quality', ['C']),
    ],
    rotation: [['mr-license-display', 'mr-annual-report'], ['mr-license-display', 'mr-annual-report'], ['mr-food-license']],
  },
  {
    code: 'ecology-environment',
    every: 2,
    officers: 14,
    items: [
      item('ee-discharge-permit', '排污许可证执行情况检查', '《排污许可管理条例》第二十六条', KEY, 'environment', ['C', 'B10']),
      item('ee-hazardous-waste', '危险废物规范化环境管理检查', '《中华人民共和国固体废物污染环境防治法》第七十七条', KEY, 'environment', [
        'C22',
        'C39',
      ]),
      item('ee-three-simultaneous', '建设项目环境保护“三同时”检查', '《建设项目环境保护管理条例》第十五条', GENERAL, 'environment', ['C']),
      item('ee-dust', '扬尘污染防治检查', '《中华人民共和国大气污染防治法》第六十九条', GENERAL, 'environment', ['B10', 'C30']),
      item('ee-noise', '工业噪声污染防治检查', '《中华人民共和国噪声污染防治法》第三十六条', GENERAL, 'environment', ['C']),
      item('ee-online-monitoring', '污染源自动监控设施运行检查', '《污染源自动监控管理办法》第十六条', GENERAL, 'environment', ['C22']),
    ],
    rotation: [['ee-discharge-permit']],
  },
  {
    code: 'fire-rescue',
    every: 3,
    officers: 10,
    items: [
      item('fr-fire-management', '单位消防安全管理情况检查', '《中华人民共和国消防法》第十六条', KEY, 'fire-safety'),
      item('fr-crowded-places', '公众聚集场所消防安全检查', '《消防监督检查规定》第十条', KEY, 'fire-safety', ['H62']),
      item('fr-facilities', '建筑消防设施维护保养检查', '《中华人民共和国消防法》第十六条第一款第三项', GENERAL, 'fire-safety', ['C']),
      item('fr-evacuation', '疏散通道、安全出口畅通检查', '《中华人民共和国消防法》第二十八条', GENERAL, 'fire-safety'),
      item('fr-training', '消防安全培训和灭火疏散演练检查', '《机关、团体、企业、事业单位消防安全管理规定》第三十六条', GENERAL, 'fire-safety'),
    ],
    rotation: [['fr-fire-management']],
  },
  {
    code: 'agriculture',
    every: 3,
    officers: 9,
    items: [
      item('ag-pesticide', '农药经营和使用检查', '《农药管理条例》第三十四条', KEY, 'agriculture', ['A01']),
      item('ag-product-safety', '农产品质量安全检查', '《中华人民共和国农产品质量安全法》第六十四条', KEY, 'agriculture', ['A01', 'C13', 'C15']),
      item('ag-seed', '种子生产经营检查', '《中华人民共和国种子法》第五十条', GENERAL, 'agriculture', ['A01']),
      item('ag-fertilizer', '肥料登记及产品质量检查', '《肥料登记管理办法》第二十六条', GENERAL, 'agriculture', ['A01']),
    ],
    rotation: [['ag-product-safety']],
  },
  {
    code: 'housing-construction',
    every: 3,
    officers: 9,
    items: [
      item('hc-building-materials', '预拌混凝土及建筑材料质量检查', '《建设工程质量管理条例》第二十九条', KEY, 'construction', ['C30']),
      item('hc-site-safety', '建筑施工现场安全生产检查', '《建设工程安全生产管理条例》第四十条', KEY, 'construction', ['B10', 'C30']),
      item('hc-gas-safety', '燃气经营与使用安全检查', '《城镇燃气管理条例》第二十八条', GENERAL, 'construction', ['H62']),
      item('hc-qualification', '建筑业企业资质动态核查', '《建筑业企业资质管理规定》第二十四条', GENERAL, 'construction'),
    ],
    rotation: [['hc-qualification']],
  },
  {
    code: 'emergency-management',
    every: 3,
    officers: 9,
    items: [
      item('em-work-safety', '安全生产主体责任落实情况检查', '《中华人民共和国安全生产法》第二十一条', KEY, 'work-safety', ['B', 'C']),
      item('em-hazardous-chemicals', '危险化学品安全使用检查', '《危险化学品安全管理条例》第二十条', KEY, 'work-safety', ['C22', 'C39']),
      item('em-limited-space', '有限空间作业安全检查', '《工贸企业有限空间作业安全规定》第五条', GENERAL, 'work-safety', ['C']),
      item('em-dust-explosion', '粉尘防爆安全检查', '《工贸企业粉尘防爆安全规定》第十条', GENERAL, 'work-safety', ['C22', 'C30']),
    ],
    rotation: [['em-work-safety']],
  },
];

/** A summer campaign on crowded places with one flat ratio, set by the plan and not by the credit classes. */
const FLAT_CAMPAIGN = { department: 'fire-rescue', month: '2026-06-01', items: ['fr-crowded-places'], ratio: 0.2 };

const REASONS = ['群众投诉举报', '上级部门交办', '12345热线转办', '信用风险预警', '部门移送线索', '舆情反映'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林'];
const GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '华', '丽'];
const FINDINGS: Record<string, string[]> = {
  PROBLEMS_FOUND: ['台账记录不完整', '公示信息与实际不符', '个别设施维护记录缺失'],
  RECTIFICATION_ORDERED: ['消防通道堆放杂物，责令限期整改', '危险废物贮存场所标识不规范，责令整改', '从业人员健康证明过期，责令整改'],
  CASE_TRANSFERRED: ['涉嫌无证经营，移交立案查处', '超标排放，移交立案查处'],
};

const ADMIN: Principal = { ...ANONYMOUS, role: Role.ADMIN, subject: 'demo-inspections-admin' };
const planNumber = (department: string, month: string, campaign = false) => `${department}-${month.slice(0, 7)}-demo${campaign ? '-campaign' : ''}`;

/**
 * Demo random inspections (双随机、一公开) through the real services: the lists of six departments, their qualified
 * officers (registry users), a year of plans (December 2025 – November 2026 on the demo's timeline, monthly or
 * quarterly) drawn with seeds of the demo's own, targeted inspections that mostly join another department's visit, and results recorded and
 * published (mostly on time) up to the demo's "now"; the last month stops part-way. The same seed tells the same
 * story, and a rerun adds nothing.
 */
export async function seedInspections(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker(options.seed + 7_368_787);
  const departments = new Set(
    (await em.find(Department, { code: { $in: DEPARTMENTS.map((department) => department.code) } })).map((row) => row.code),
  );
  const demo = DEPARTMENTS.filter((department) => departments.has(department.code));
  if (demo.length === 0) return;
  const timeline = options.timeline;
  const firstMonth = timeline.day(FIRST_MONTH);
  const today = timeline.day(DEMO_TODAY);
  const items = new InspectionItemService(seedActor(em, platform, ADMIN, firstMonth));
  for (const department of demo) {
    for (const entry of department.items) await items.define(em, { ...entry, departmentCode: department.code, chains: [], licences: [] });
  }
  await em.flush();
  const officers = await seedOfficers(em, faker, demo, timeline);
  if ((await em.count(InspectionPlan, { number: { $like: '%-demo%' } })) > 0) return;
  if ((await em.count(Enterprise, { lifecycleStage: { $nin: [LifecycleStage.DEREGISTERED, LifecycleStage.DEREGISTERING] } })) === 0) return;
  const calendar = platform.calendar.calendar();

  for (let index = 0; index < MONTHS; index++) {
    const month = addMonths(firstMonth, index);
    const drawn: Inspection[] = [];
    for (const department of demo) {
      if (index % department.every !== 0) continue;
      const turn = Math.floor(index / department.every);
      const end = lastDayOfMonth(addMonths(month, department.every - 1));
      const plans: Array<{ number: string; items: string[]; mode: DrawRatioMode; ratio: number | null; title: string }> = [
        {
          number: planNumber(department.code, month),
          items: department.rotation[turn % department.rotation.length],
          mode: DrawRatioMode.CREDIT,
          ratio: null,
          title: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月起${department.every === 3 ? '季度' : '双月'}双随机抽查计划`,
        },
      ];
      if (FLAT_CAMPAIGN.department === department.code && timeline.day(FLAT_CAMPAIGN.month) === month) {
        plans.push({
          number: planNumber(department.code, month, true),
          items: FLAT_CAMPAIGN.items,
          mode: DrawRatioMode.FLAT,
          ratio: FLAT_CAMPAIGN.ratio,
          title: `${month.slice(0, 4)}年夏季公众聚集场所消防安全专项抽查`,
        });
      }
      for (const spec of plans) {
        const seedHex = faker.string.hexadecimal({ length: 8, casing: 'lower', prefix: '' });
        const context = seedActor(em, platform, seedOfficer(department.code, 'demo-inspections'), formatEpochDay(parseLocalDate(month) - 10));
        const service = new InspectionPlanService(context);
        const plan = await service.create(em, {
          departmentCode: department.code,
          title: spec.title,
          itemCodes: spec.items,
          windowStart: month,
          windowEnd: end,
          ratioMode: spec.mode,
          flatRatio: spec.ratio,
        });
        plan.number = spec.number;
        try {
          const draw = await service.draw(em, plan, null, seedHex);
          drawn.push(...(await em.find(Inspection, { draw }, { populate: ['department'] })));
        } catch (error) {
          // A pool too small or short of free inspectors this month: the plan stays undrawn, as it would.
          if (!(error instanceof UserErrorsException)) throw error;
          await em.flush();
        }
      }
    }
    const targeted = await orderTargeted(em, platform, faker, demo, officers, month, drawn);
    await recordResults(em, platform, calendar, faker, [...drawn, ...targeted], today);
    // Everything is flushed; a growing identity map would make every later flush slower.
    em.clear();
  }
}

/** Qualified officers of each department (执法人员), as registry users; existing logins are left alone. */
async function seedOfficers(em: EntityManager, faker: Faker, demo: DemoDepartment[], timeline: DemoTimeline): Promise<Map<string, User[]>> {
  const logins = demo.flatMap((department) => Array.from({ length: department.officers }, (_, index) => `inspector.${department.code}.${index + 1}`));
  const existing = new Map((await em.find(User, { login: { $in: logins } })).map((user) => [user.login, user]));
  const officers = new Map<string, User[]>();
  for (const department of demo) {
    const fields = [...new Set(department.items.map((entry) => entry.field))].sort();
    const people: User[] = [];
    for (let index = 1; index <= department.officers; index++) {
      const login = `inspector.${department.code}.${index}`;
      const name = faker.helpers.arrayElement(SURNAMES) + faker.helpers.arrayElement(GIVEN) + (index % 2 ? faker.helpers.arrayElement(GIVEN) : '');
      const certificate = `ZJ${faker.string.numeric(8)}`;
      people.push(
        existing.get(login) ??
          em.create(User, {
            login,
            name,
            roles: [Role.OFFICER],
            department: department.code,
            state: UserState.INVITED,
            qualifications: [
              { certificateNumber: certificate, fields, validUntil: index === department.officers ? timeline.day('2026-06-30') : null },
            ],
          }),
      );
    }
    officers.set(department.code, people);
  }
  await em.flush();
  return officers;
}

/**
 * Targeted inspections of the month (非双随机), about TARGETED_PER_RANDOM per random one of each department: most on an
 * enterprise another department visits that month, so that they go together (综合查一次), the rest anywhere.
 */
async function orderTargeted(
  em: EntityManager,
  platform: PlatformServices,
  faker: Faker,
  demo: DemoDepartment[],
  officers: Map<string, User[]>,
  month: string,
  drawn: Inspection[],
): Promise<Inspection[]> {
  const end = lastDayOfMonth(month);
  const enterprises = await em.find(
    Enterprise,
    { lifecycleStage: { $nin: [LifecycleStage.DEREGISTERED, LifecycleStage.DEREGISTERING] } },
    { orderBy: { uscc: 'ASC' }, fields: ['id'] },
  );
  const ordered: Inspection[] = [];
  for (const department of demo) {
    const own = drawn.filter((inspection) => inspection.department.getEntity().code === department.code).length;
    const count = Math.round(own * TARGETED_PER_RANDOM);
    if (count === 0) continue;
    const qualified = officers
      .get(department.code)!
      .filter((officer) => officer.qualifications.every((q) => q.validUntil === null || q.validUntil >= end));
    for (let index = 0; index < count; index++) {
      const visits = await em.find(InspectionVisit, { windowStart: { $lte: end }, windowEnd: { $gte: month } }, { orderBy: { id: 'ASC' } });
      const open = visits.filter((visit) => !visit.departments.includes(department.code));
      const joining = open.length > 0 && faker.number.float() < TARGETED_JOINING;
      const enterpriseId = joining ? faker.helpers.arrayElement(open).enterprise.id : faker.helpers.arrayElement(enterprises).id;
      const day = 3 + faker.number.int(10);
      const inspectors = faker.helpers.arrayElements(qualified, 2);
      const context = seedActor(
        em,
        platform,
        seedOfficer(department.code, 'demo-inspections'),
        `${month.slice(0, 8)}${String(day).padStart(2, '0')}`,
      );
      try {
        const inspection = await new InspectionTargetedService(context).record(em, {
          departmentCode: department.code,
          enterpriseId: toGlobalId('Enterprise', enterpriseId),
          itemCodes: department.rotation[0],
          windowStart: `${month.slice(0, 8)}${String(day).padStart(2, '0')}`,
          windowEnd: end,
          inspectorIds: inspectors.map((officer) => toGlobalId('User', officer.id)),
          reason: faker.helpers.arrayElement(REASONS),
        });
        ordered.push(inspection);
      } catch (error) {
        if (!(error instanceof UserErrorsException)) throw error;
      }
    }
  }
  return ordered;
}

/**
 * Results of the month's inspections, recorded a few working days after they took place and published within the
 * publicity deadline, a few late; what the demo's "now" (`today`) has not reached stays open.
 */
async function recordResults(
  em: EntityManager,
  platform: PlatformServices,
  calendar: WorkingDayCalendar,
  faker: Faker,
  inspections: Inspection[],
  today: string,
): Promise<void> {
  for (const inspection of [...inspections].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const department = inspection.department.getEntity().code;
    const last = inspection.windowEnd < today ? inspection.windowEnd : formatEpochDay(parseLocalDate(today) - 3);
    const span = parseLocalDate(last) - parseLocalDate(inspection.windowStart);
    const recorded = inspection.windowEnd < today ? 0.95 : 0.5;
    if (span < 0 || faker.number.float() >= recorded) continue;
    let inspectedOn = formatEpochDay(parseLocalDate(inspection.windowStart) + faker.number.int(span));
    while (!calendar.isWorkingDay(inspectedOn) && inspectedOn > inspection.windowStart) inspectedOn = formatEpochDay(parseLocalDate(inspectedOn) - 1);
    const recordedOn = calendar.addWorkingDays(inspectedOn, faker.number.int(3));
    if (recordedOn > today) continue;
    const officer = seedOfficer(department, 'demo-inspections');
    const results = inspection.itemCodes.map((itemCode) => {
      const outcome = faker.helpers.weightedArrayElement([
        { weight: 80, value: InspectionOutcome.NO_PROBLEM },
        { weight: 10, value: InspectionOutcome.PROBLEMS_FOUND },
        { weight: 8, value: InspectionOutcome.RECTIFICATION_ORDERED },
        { weight: 2, value: InspectionOutcome.CASE_TRANSFERRED },
      ]);
      return {
        itemCode,
        outcome,
        finding: outcome === InspectionOutcome.NO_PROBLEM ? '' : faker.helpers.arrayElement(FINDINGS[outcome]),
        evidence: [`现场检查笔录 ${inspectedOn.replaceAll('-', '')}-${faker.string.numeric(4)}`],
      };
    });
    const id = toGlobalId('Inspection', inspection.id);
    const service = (day: string) => new InspectionResultService(seedActor(em, platform, officer, day));
    await service(recordedOn).record(em, { inspectionId: id, inspectedOn, results, penalty: null });
    if (inspection.state !== InspectionState.RESULTED || faker.number.float() < 0.04) continue;
    const due = inspection.publicationDue!;
    const publishedOn =
      faker.number.float() < 0.9
        ? calendar.addWorkingDays(recordedOn, 1 + faker.number.int(12))
        : calendar.addWorkingDays(due, 1 + faker.number.int(5));
    if (publishedOn > today) continue;
    await service(publishedOn).publish(em, id);
  }
}
