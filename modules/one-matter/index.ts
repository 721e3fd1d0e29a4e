import { defineModule } from '../platform/module';
import { DEPARTMENT_USER_SCOPE } from './department.user-scope';
import { calendarSubscriptions } from './calendar-corrections';
import { defineNodeType, readableBy } from '../platform/relay/node-type';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { EVERY_ROLE, Role } from '../platform/auth/principal';
import { Department } from './department.entity';
import { ServiceSection } from './service-section.entity';
import { ServiceWindow } from './service-window.entity';
import { ServiceItem } from './service-item.entity';
import { Matter } from './matter.entity';
import { MatterItem } from './matter-item.entity';
import { ServiceCase } from './case.entity';
import { Task } from './task.entity';
import { OverdueRecord } from './overdue-record.entity';
import { Review } from './review.entity';
import { Rectification } from './rectification.entity';
import { WindowBonus, WindowRating } from './window-rating.entity';
import { WindowRatingResolver } from './window-rating.resolver';
import { windowRatingJob } from './window-rating.job';
import { OneMatterIndicatorsResolver } from './indicators.resolver';
import { ONE_MATTER_INDICATORS } from './indicators';
import { seedOneMatter } from './one-matter.seed';
import { CaseReviewResolver, RectificationResolver, ReviewResolver } from './review.resolver';
import { assertRectificationReadable } from './rectification.access';
import { loadCatalogue } from './catalogue.reference-data';
import { CatalogueResolver, MatterItemResolver, MatterResolver, ServiceItemResolver, ServiceWindowResolver } from './catalogue.resolver';
import { CaseResolver } from './case.resolver';
import { DepartmentTasksResolver, TaskResolver } from './task.resolver';
import { EnterpriseCasesResolver } from './enterprise-cases.resolver';
import { CaseService } from './case.service';
import { EVERY_CASE_READERS } from './case.access';
import { markOverdueJob } from './overdue.job';
import { ONE_MATTER_POLICY_FACTS } from './one-matter.policy-facts';
import { CASES_CUBE, RECTIFICATIONS_CUBE, REVIEWS_CUBE, TASKS_CUBE, WINDOW_RATINGS_CUBE } from './one-matter.cubes';
import { oneMatterExamples } from './one-matter.examples';

const publicCatalogue = () => undefined;

/** Everyone reads the public catalogue, anonymous callers included. */
const EVERYONE = EVERY_ROLE;

async function assertTaskReadable(context: GraphQLContext, task: Task): Promise<void> {
  const serviceCase = await task.serviceCase.load({ dataloader: true });
  await new CaseService(context).assertReadable(serviceCase!);
  const department = await task.department.load({ dataloader: true });
  if (context.principal.role === Role.OFFICER && department!.code !== context.principal.department) {
    throw new ForbiddenError('An officer may read only the tasks of its department.');
  }
}

export const oneMatter = defineModule({
  name: 'one-matter',
  description: 'The enterprise lifecycle "one matter" core: catalogue, cases and tasks on the working-day clock, reviews.',
  examples: oneMatterExamples,
  dependsOn: ['enterprise'],
  extensions: { policyFacts: ONE_MATTER_POLICY_FACTS, userScopes: [DEPARTMENT_USER_SCOPE] },
  entities: [
    Department,
    ServiceSection,
    ServiceWindow,
    ServiceItem,
    Matter,
    MatterItem,
    ServiceCase,
    Task,
    OverdueRecord,
    Review,
    Rectification,
    WindowBonus,
    WindowRating,
  ],
  resolvers: [
    CatalogueResolver,
    ServiceItemResolver,
    ServiceWindowResolver,
    MatterResolver,
    MatterItemResolver,
    CaseResolver,
    TaskResolver,
    DepartmentTasksResolver,
    EnterpriseCasesResolver,
    ReviewResolver,
    RectificationResolver,
    CaseReviewResolver,
    WindowRatingResolver,
    OneMatterIndicatorsResolver,
  ],
  nodeTypes: [
    defineNodeType({ typeName: 'Department', entity: Department, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({ typeName: 'ServiceSection', entity: ServiceSection, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({ typeName: 'ServiceWindow', entity: ServiceWindow, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({ typeName: 'ServiceItem', entity: ServiceItem, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({ typeName: 'Matter', entity: Matter, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({ typeName: 'MatterItem', entity: MatterItem, assertReadable: publicCatalogue, readers: EVERYONE }),
    defineNodeType({
      typeName: 'Case',
      entity: ServiceCase,
      assertReadable: (context, serviceCase) => new CaseService(context).assertReadable(serviceCase),
      readers: EVERY_CASE_READERS,
    }),
    defineNodeType({ typeName: 'Task', entity: Task, assertReadable: assertTaskReadable }),
    defineNodeType({
      typeName: 'Review',
      entity: Review,
      assertReadable: async (context, review) => new CaseService(context).assertReadable((await review.serviceCase.load({ dataloader: true }))!),
    }),
    defineNodeType({ typeName: 'Rectification', entity: Rectification, assertReadable: assertRectificationReadable }),
    defineNodeType({ typeName: 'WindowRating', entity: WindowRating, assertReadable: publicCatalogue, readers: EVERYONE }),
    // The rating shows only the sum of a month's bonus points; each record, with its reason, is the administrator's.
    defineNodeType({ typeName: 'WindowBonus', entity: WindowBonus, assertReadable: readableBy(Role.ADMIN), readers: [Role.ADMIN] }),
  ],
  jobs: [markOverdueJob, windowRatingJob],
  subscriptions: calendarSubscriptions,
  indicators: ONE_MATTER_INDICATORS,
  cubes: [CASES_CUBE, TASKS_CUBE, REVIEWS_CUBE, RECTIFICATIONS_CUBE, WINDOW_RATINGS_CUBE],
  referenceData: (em) => loadCatalogue(em),
  seed: (em, options, platform) => seedOneMatter(em, options, platform),
});
