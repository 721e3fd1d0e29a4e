import { defineModule } from '../platform/module';
import { defineNodeType, readableBy } from '../platform/relay/node-type';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { InspectionItem } from './inspection-item.entity';
import { InspectorConflict } from './inspector-conflict.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionDraw } from './inspection-draw.entity';
import { Inspection, InspectionVisit } from './inspection.entity';
import { InspectionResult } from './inspection-result.entity';
import { InspectionItemResolver } from './inspection-item.resolver';
import { InspectionDrawResolver, InspectionPlanResolver, InspectionResolver, InspectionVisitResolver } from './inspection-plan.resolver';
import { assertDepartmentReader } from './inspection.access';
import { InspectionResultResolver, InspectionResultsResolver } from './inspection-result.resolver';
import { InspectionPublicityResolver } from './inspection-publicity.resolver';
import { inspectionCalendarSubscriptions } from './inspection-calendar-corrections';
import { InspectionIndicatorsResolver } from './inspection-indicators.resolver';
import { INSPECTION_INDICATORS } from './inspection.indicators';
import { INSPECTION_CUBES } from './inspection.cubes';
import { seedInspections } from './inspections.seed';

const READERS = [Role.ADMIN, Role.ANALYST];

/** A plan, draw or inspection is read by those who may read its department's inspections. */
const departmentOf =
  <T>(code: (object: T) => Promise<string>) =>
  async (context: GraphQLContext, object: T) =>
    assertDepartmentReader(context, await code(object));

export const inspections = defineModule({
  name: 'inspections',
  description:
    'Random inspections (双随机、一公开): inspection lists, target and inspector pools, replayable draws, joint visits, results and their publicity.',
  dependsOn: ['enterprise', 'one-matter', 'users'],
  entities: [InspectionItem, InspectorConflict, InspectionPlan, InspectionDraw, InspectionVisit, Inspection, InspectionResult],
  resolvers: [
    InspectionItemResolver,
    InspectionPlanResolver,
    InspectionDrawResolver,
    InspectionResolver,
    InspectionVisitResolver,
    InspectionResultsResolver,
    InspectionResultResolver,
    InspectionPublicityResolver,
    InspectionIndicatorsResolver,
  ],
  indicators: INSPECTION_INDICATORS,
  cubes: INSPECTION_CUBES,
  seed: seedInspections,
  subscriptions: [...inspectionCalendarSubscriptions],
  nodeTypes: [
    defineNodeType({ typeName: 'InspectionItem', entity: InspectionItem, assertReadable: () => undefined }),
    defineNodeType({
      typeName: 'InspectionPlan',
      entity: InspectionPlan,
      readers: READERS,
      assertReadable: departmentOf(async (plan: InspectionPlan) => (await plan.department.load({ dataloader: true }))!.code),
    }),
    defineNodeType({
      typeName: 'InspectionDraw',
      entity: InspectionDraw,
      readers: READERS,
      assertReadable: departmentOf(async (draw: InspectionDraw) => {
        const plan = await draw.plan.load({ dataloader: true });
        return (await plan!.department.load({ dataloader: true }))!.code;
      }),
    }),
    defineNodeType({
      typeName: 'Inspection',
      entity: Inspection,
      readers: READERS,
      assertReadable: departmentOf(async (inspection: Inspection) => (await inspection.department.load({ dataloader: true }))!.code),
    }),
    defineNodeType({ typeName: 'InspectionVisit', entity: InspectionVisit, assertReadable: readableBy(Role.ADMIN, Role.ANALYST, Role.OFFICER) }),
  ],
});
