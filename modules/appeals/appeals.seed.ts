import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import type { Principal } from '../platform/auth/principal';
import type { PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { seedActor, seedEnterprise, seedOfficer } from '../platform/database/seed-actor';
import { toGlobalId } from '../platform/relay/global-id';
import { formatEpochDay, parseLocalDate, type WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { Enterprise } from '../enterprise/enterprise.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { Appeal } from './appeal.entity';
import { AppealHandlingService } from './appeal-handling.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealRoutingService } from './appeal-routing.service';
import { AppealGrade, AppealLayer, AppealSatisfaction, AppealState } from './appeal-states';
import { TypicalCaseService } from './typical-case.service';

const FIRST_DAY = '2026-08-03';
const LAST_DAY = '2026-11-27';
/** The demo's "now": recent appeals stop part-way, as they would in a live pool. */
const DEMO_TODAY = '2026-11-30';

const CHANNELS = [
  { weight: 30, value: 'ONLINE_PLATFORM' },
  { weight: 20, value: 'HOTLINE_12345' },
  { weight: 10, value: 'BUSINESS_HOTLINE_12345_8' },
  { weight: 10, value: 'VISIT' },
  { weight: 8, value: 'LIAISON_OFFICER' },
  { weight: 6, value: 'SERVICE_WINDOW' },
  { weight: 5, value: 'ENTERPRISE_COMMUNITY' },
  { weight: 3, value: 'LETTER' },
  { weight: 3, value: 'COUNTY_LEADER' },
  { weight: 2, value: 'PROPOSAL' },
  { weight: 2, value: 'SURVEY' },
  { weight: 1, value: 'INSPECTION' },
];

/** What enterprises raise, by category: the departments that answer it, and how they put it. */
const PROBLEMS: Record<string, { departments: string[]; titles: string[] }> = {
  PERMITS: { departments: ['market-regulation', 'housing-construction'], titles: ['施工许可办理慢', '食品经营许可变更', '特种设备登记咨询'] },
  LAND: { departments: ['natural-resources'], titles: ['厂房扩建用地指标', '不动产登记材料反复补正', '用地规划调整'] },
  FINANCE: { departments: ['development-reform', 'economy-information'], titles: ['贷款贴息未到账', '融资担保门槛高', '技改资金申报'] },
  TALENT: { departments: ['human-resources'], titles: ['招工难', '技能人才补贴申领', '社保转移接续'] },
  UTILITIES: { departments: ['power-supply', 'water-supply', 'gas-supply'], titles: ['用电增容', '供水管网接入', '天然气开户周期长'] },
  POLICY: { departments: ['economy-information', 'development-reform'], titles: ['惠企政策看不懂', '专精特新申报指导', '奖补资金兑现慢'] },
  LAW_ENFORCEMENT: { departments: ['urban-management', 'ecology-environment'], titles: ['多头检查', '环保整改标准不清', '处罚裁量不一'] },
  TAX: { departments: ['tax'], titles: ['留抵退税进度', '发票额度不足', '出口退税咨询'] },
  INFRASTRUCTURE: { departments: ['transport'], titles: ['园区道路破损', '货车通行限制', '公交线路延伸'] },
  MARKET_ACCESS: { departments: ['market-regulation'], titles: ['经营范围登记', '名称预先核准', '跨区迁移'] },
};

const GRADES = [
  { weight: 30, value: AppealGrade.SIMPLE },
  { weight: 50, value: AppealGrade.GENERAL },
  { weight: 20, value: AppealGrade.COMPLEX },
];

const on = seedActor;
const officer = seedOfficer;

/**
 * Demo appeals through the real services: received from every channel between August and November 2026 (on the
 * demo's timeline), classified and assigned by the dispatcher, handled by the departments (some returned, extended,
 * co-handled or late), followed up (most satisfied, some reopened) and closed, a few written up as typical cases; the latest ones
 * stop part-way, as in a live pool. The same seed always tells the same story, and a rerun adds nothing.
 */
export async function seedAppeals(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker(options.seed + 104729);
  const calendar = platform.calendar.calendar();
  const dispatcher = officer(platform.config.APPEAL_DISPATCHER_DEPARTMENT, 'demo-dispatcher');
  const count = Math.min(400, Math.max(30, Math.round(options.enterprises * 1.5)));
  const enterprises = await em.find(Enterprise, { lifecycleStage: { $ne: LifecycleStage.DEREGISTERED } }, { orderBy: { uscc: 'ASC' }, limit: count });
  if (enterprises.length === 0) return;
  const reference = (index: number) => `DEMO-${options.seed}-${index}`;
  const seeded = new Set(
    (await em.find(Appeal, { channelReference: { $like: `DEMO-${options.seed}-%` } }, { fields: ['channelReference'] })).map(
      (appeal) => appeal.channelReference,
    ),
  );
  const timeline = options.timeline;
  const firstDay = timeline.day(FIRST_DAY);
  const span = parseLocalDate(timeline.day(LAST_DAY)) - parseLocalDate(firstDay);
  let typicalCases = 0;

  for (let index = 0; index < count; index++) {
    if (seeded.has(reference(index))) continue;
    const enterprise = enterprises[index % enterprises.length];
    const receivedOn = calendar.addWorkingDays(formatEpochDay(parseLocalDate(firstDay) + faker.number.int(span) - 1), 1);
    const channelCode = faker.helpers.weightedArrayElement(CHANNELS);
    const category = faker.helpers.objectKey(PROBLEMS);
    const problem = PROBLEMS[category];
    const submitter: Principal =
      channelCode === 'ONLINE_PLATFORM' ? seedEnterprise(enterprise.uscc) : officer(platform.config.APPEAL_DISPATCHER_DEPARTMENT, 'demo-registrar');
    const title = faker.helpers.arrayElement(problem.titles);
    const { appeal } = await new AppealIntakeService(on(em, platform, submitter, receivedOn)).submit(em, {
      enterpriseId: toGlobalId('Enterprise', enterprise.id),
      channelCode,
      channelReference: reference(index),
      title,
      description: `${enterprise.name}反映：${title}，希望尽快协调解决。`,
      contactName:
        faker.helpers.arrayElement(['张', '王', '李', '赵', '陈', '刘']) + faker.helpers.arrayElement(['伟', '芳', '敏', '强', '磊', '静']),
      contactPhone: `13${faker.string.numeric(9)}`,
    });
    const story = new DemoStory(em, platform, calendar, faker, dispatcher, appeal, receivedOn, timeline.day(DEMO_TODAY));
    const closed = await story.unfold(category, problem.departments);
    if (closed && appeal.grade === AppealGrade.COMPLEX && typicalCases < 3) {
      typicalCases++;
      await new TypicalCaseService(on(em, platform, dispatcher, closed)).publish(em, {
        id: toGlobalId('Appeal', appeal.id),
        title: `${title}：牵头部门${appeal.reopenCount > 0 ? '重办后' : ''}限时解决`,
        summary: `企业反映“${title}”，营商办一口受理、当日交办，牵头部门会同相关单位现场办公，在时限内答复并回访，企业表示满意。`,
      });
    }
    // Everything is flushed; a growing identity map would make every later flush slower.
    em.clear();
  }
}

/** One appeal's way through the loop, stopping where the demo's "now" (DEMO_TODAY, on its timeline) finds it. */
class DemoStory {
  private readonly id: string;

  constructor(
    private readonly em: EntityManager,
    private readonly platform: PlatformServices,
    private readonly calendar: WorkingDayCalendar,
    private readonly faker: Faker,
    private readonly dispatcher: Principal,
    private readonly appeal: Appeal,
    private day: string,
    private readonly today: string,
  ) {
    this.id = toGlobalId('Appeal', appeal.id);
  }

  /** Moves the story on by working days; false when that passes "now". */
  private advance(days: number): boolean {
    this.day = this.calendar.addWorkingDays(this.day, days);
    return this.day < this.today;
  }

  private as(principal: Principal) {
    return on(this.em, this.platform, principal, this.day);
  }

  /** Returns the closing day, or null when the appeal is still open. */
  async unfold(category: string, departments: string[]): Promise<string | null> {
    const { em, faker } = this;
    if (!this.advance(faker.number.int({ min: 0, max: 1 }))) return null;
    const lead = departments[0];
    const grade = faker.helpers.weightedArrayElement(GRADES);
    const routing = () => new AppealRoutingService(this.as(this.dispatcher));
    const layer = faker.helpers.arrayElement([AppealLayer.TOWNSHIP, AppealLayer.COUNTY, AppealLayer.COUNTY]);
    const coHandlers = departments.length > 1 && faker.number.int(99) < 30 ? [departments[1]] : [];
    const assign = (leadDepartmentCode: string, coDepartmentCodes: string[]) =>
      routing().assign(em, { id: this.id, categoryCodes: [category], layer, grade, leadDepartmentCode, coDepartmentCodes });
    if (faker.number.int(99) < 5) {
      // Assigned to the wrong department first, which sends it back the next working day.
      await assign(lead === 'human-resources' ? 'tax' : 'human-resources', []);
      if (!this.advance(1)) return null;
      const wrong = this.appeal.leadDepartment!.getEntity().code;
      await new AppealRoutingService(this.as(officer(wrong))).return(em, { id: this.id, text: '该事项不属于本单位职责，请重新交办。' });
    }
    await assign(lead, coHandlers);
    const handling = (principal: Principal) => new AppealHandlingService(this.as(principal));
    await handling(officer(lead)).accept(em, { id: this.id });
    for (const coHandling of this.appeal.coHandlers.getItems()) {
      const department = coHandling.department.getEntity().code;
      await handling(officer(department)).addPart(em, { id: this.id, text: '已配合牵头单位核实情况，提出办理意见。' });
    }
    if (faker.number.int(99) < 10) {
      const { extension } = await handling(officer(lead)).requestExtension(em, { id: this.id, workingDays: 2, reason: '需协调上级部门，申请延期。' });
      await handling(this.dispatcher).decideExtension(em, {
        extensionId: toGlobalId('AppealExtension', extension.id),
        approve: faker.number.int(99) < 80,
        note: '按期办结确有困难。',
      });
    }
    for (let round = 0; round < 3; round++) {
      const limit = this.calendar.workingDaysBetween(this.day, this.appeal.dueOn!);
      const late = faker.number.int(99) < 12;
      if (!this.advance(late ? Math.max(limit, 0) + faker.number.int({ min: 1, max: 3 }) : faker.number.int({ min: 0, max: Math.max(limit, 0) })))
        return null;
      await handling(officer(lead)).reply(em, { id: this.id, text: '已会同相关单位现场办公，问题已按政策予以解决。' });
      if (!this.advance(faker.number.int({ min: 1, max: 2 }))) return null;
      const satisfied = round > 0 || faker.number.int(99) < 88;
      await handling(this.dispatcher).followUp(em, {
        id: this.id,
        satisfaction: satisfied
          ? faker.helpers.arrayElement([AppealSatisfaction.SATISFIED, AppealSatisfaction.BASICALLY_SATISFIED])
          : AppealSatisfaction.DISSATISFIED,
        solved: satisfied,
        note: satisfied ? '企业表示满意。' : '企业认为问题仍未解决。',
      });
      if (this.appeal.state === AppealState.FOLLOWED_UP) break;
    }
    if (!this.advance(1)) return null;
    await handling(this.dispatcher).close(em, { id: this.id });
    return this.day;
  }
}
