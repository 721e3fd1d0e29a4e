import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import { ANONYMOUS, Role, type Principal } from '../platform/auth/principal';
import type { PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { seedActor, seedOfficer } from '../platform/database/seed-actor';
import { toGlobalId } from '../platform/relay/global-id';
import { formatEpochDay, parseLocalDate, type WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { Enterprise } from '../enterprise/enterprise.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { CaseService } from './case.service';
import { Channel, TaskState } from './case-states';
import { ReviewService } from './review.service';
import { ReviewLevel } from './review-levels';
import { TaskService } from './task.service';
import { WindowRatingService } from './window-rating.service';
import { ServiceCase } from './case.entity';

const MATTER_WEIGHTS = [
  { weight: 30, value: 'HIRING' },
  { weight: 20, value: 'UTILITY_CONNECTION' },
  { weight: 15, value: 'INFORMATION_CHANGE' },
  { weight: 10, value: 'OPEN_RESTAURANT' },
  { weight: 10, value: 'CREDIT_REPAIR' },
  { weight: 5, value: 'LISTING_COMPLIANCE_CHECK' },
  { weight: 5, value: 'OPEN_TRANSPORT_COMPANY' },
  { weight: 5, value: 'OPEN_BUSINESS' },
];
const WINDOWS = ['W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'W07', 'W08'];
const FIRST_DAY = '2026-06-01';
const LAST_DAY = '2026-10-30';

const actor = seedActor;
const officer = (department: string): Principal => seedOfficer(department);

function nextWorkingDay(calendar: WorkingDayCalendar, day: string, days: number): string {
  return calendar.addWorkingDays(day, days);
}

/**
 * Demo cases through the real services: submitted online or at windows between June and October 2026 (on the
 * demo's timeline), handled by department officers with realistic delays (a few late, a few suspended or refused),
 * partly reviewed; then the windows' monthly ratings are published. The same seed always tells the same story.
 */
export async function seedOneMatter(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker(options.seed + 7919);
  const calendar = platform.calendar.calendar();
  // Six in ten enterprises have a case, however large the seed: big seeds keep a realistic density.
  const count = Math.ceil(options.enterprises * 0.6);
  const enterprises = await em.find(Enterprise, { lifecycleStage: { $ne: LifecycleStage.DEREGISTERED } }, { orderBy: { uscc: 'ASC' }, limit: count });
  const story = options.timeline;
  const firstDay = story.day(FIRST_DAY);
  const span = parseLocalDate(story.day(LAST_DAY)) - parseLocalDate(firstDay);

  const keyOf = (enterprise: Enterprise) => `demo-${options.seed}-${enterprise.uscc}`;
  const existing = await em
    .createQueryBuilder(ServiceCase)
    .select('idempotencyKey')
    .where({ idempotencyKey: { $in: enterprises.map(keyOf) } })
    .execute<Array<{ idempotency_key: string }>>('all', false);
  const alreadySeeded = new Set(existing.map((row) => row.idempotency_key));

  for (const enterprise of enterprises) {
    // A second run of the same seed leaves the cases of the first alone, as it does with enterprises.
    if (alreadySeeded.has(keyOf(enterprise))) continue;
    const submittedOn = nextWorkingDay(calendar, formatEpochDay(parseLocalDate(firstDay) + faker.number.int(span)), 0);
    const applicant: Principal = {
      ...ANONYMOUS,
      role: Role.ENTERPRISE,
      subject: `demo-enterprise-${enterprise.uscc}`,
      enterpriseUscc: enterprise.uscc,
    };
    const atWindow = faker.number.int(99) < 8;
    const submitter = atWindow ? officer('market-regulation') : applicant;
    const serviceCase = await new CaseService(actor(em, platform, submitter, submittedOn)).submit(em, {
      matterCode: faker.helpers.weightedArrayElement(MATTER_WEIGHTS),
      enterpriseId: toGlobalId('Enterprise', enterprise.id),
      channel: atWindow ? Channel.WINDOW : faker.number.int(9) < 7 ? Channel.ONLINE : Channel.MOBILE,
      windowCode: atWindow ? faker.helpers.arrayElement(WINDOWS) : null,
      idempotencyKey: keyOf(enterprise),
    });
    await handleDemoCase(em, platform, faker, calendar, serviceCase, applicant, submittedOn);
    // Everything is flushed; a growing identity map would make every later flush slower.
    em.clear();
  }

  for (const month of ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'])
    await new WindowRatingService(platform).publish(em, story.month(month));
}

async function handleDemoCase(
  em: EntityManager,
  platform: PlatformServices,
  faker: Faker,
  calendar: WorkingDayCalendar,
  serviceCase: ServiceCase,
  applicant: Principal,
  submittedOn: string,
): Promise<void> {
  const outcome = faker.number.int(99);
  if (outcome < 8) return; // still waiting for the departments
  let day = submittedOn;
  for (let round = 0; round < 10; round++) {
    const open = serviceCase.tasks.getItems().filter((task) => task.state === TaskState.SUBMITTED);
    if (open.length === 0) break;
    for (const task of open) {
      const department = task.department.getEntity().code;
      const late = faker.number.int(199) < 3;
      const handledOn = nextWorkingDay(
        calendar,
        task.activatedOn ?? day,
        late ? task.limitDays + 2 : faker.number.int({ min: 0, max: task.limitDays }),
      );
      const tasks = new TaskService(actor(em, platform, officer(department), handledOn));
      const id = toGlobalId('Task', task.id);
      await tasks.act(em, 'accept', { id });
      if (outcome < 11) {
        await tasks.act(em, 'requestSupplement', { id, text: '请补充加盖公章的申请材料' });
        return;
      }
      if (outcome < 14) {
        await tasks.act(em, 'reject', { id, text: '申请材料与实际情况不符' });
        return;
      }
      if (outcome < 20 && round === 0) return; // accepted, in progress
      await tasks.act(em, 'complete', { id });
      day = handledOn > day ? handledOn : day;
    }
  }
  if (faker.number.int(99) < 55) {
    const bad = faker.number.int(99) < 4;
    const level = bad
      ? ReviewLevel.DISSATISFIED
      : faker.helpers.arrayElement([ReviewLevel.VERY_SATISFIED, ReviewLevel.VERY_SATISFIED, ReviewLevel.SATISFIED]);
    await new ReviewService(actor(em, platform, applicant, day)).submit(em, {
      caseId: toGlobalId('Case', serviceCase.id),
      level,
      ratings: [],
      comment: bad ? '等待时间较长' : null,
      unprompted: faker.number.int(99) < 25,
      departmentCode: null,
    });
  }
}
