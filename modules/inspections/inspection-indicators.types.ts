import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../platform/scalars/local-date';

export enum InspectionBreakdown {
  DEPARTMENT = 'DEPARTMENT',
  CHAIN = 'CHAIN',
  REGION = 'REGION',
}

registerEnumType(InspectionBreakdown, {
  name: 'InspectionBreakdown',
  description: 'What the inspection indicators are broken down by.',
  valuesConfig: {
    DEPARTMENT: {
      description: 'The department’s code: the inspecting one, the plan’s, the list’s; a joint visit counts under each of its departments.',
    },
    CHAIN: {
      description:
        'Each chain the inspected enterprise is a member of (NONE for none); an enterprise in two chains counts in both. Draws and item coverage are not about one enterprise: null by chain.',
    },
    REGION: { description: 'The region code of the inspected enterprise. Draws and item coverage are not about one enterprise: null by region.' },
  },
});

/** The measures of the inspection indicators, for the whole period or for one group of a breakdown. */
@ObjectType({ description: 'Never emitted: the inspection figures share its fields.' })
export abstract class InspectionFigures {
  @Field(() => Float, {
    nullable: true,
    description:
      'Item coverage (抽查事项覆盖率): items of the lists in force with at least one result of an inspection that took place in the period (inspectedOn), divided by all items of the lists in force; null when no inspection with results took place in the period. Target 1.',
  })
  itemCoverage!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Items of the lists in force with at least one result of an inspection that took place in the period.',
  })
  itemsCovered!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Cross-department rate (跨部门联合抽查率): visits whose shared window starts in the period made by several departments together, divided by all visits whose window starts in the period. Target ≥ 0.5.',
  })
  crossDepartmentRate!: number | null;

  @Field(() => Int, { description: 'Visits whose shared window starts in the period.' })
  visits!: number;

  @Field(() => Int, { description: 'Of them, visits of several departments together (综合查一次).' })
  jointVisits!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Credit-rule application (信用风险分类结果应用率): draws in force of plans whose window starts in the period that set their ratios by the credit risk classes, divided by all such draws. Target 1.',
  })
  creditRuleApplication!: number | null;

  @Field(() => Int, { nullable: true, description: 'Draws in force (superseded ones left out) of plans whose window starts in the period.' })
  draws!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Random share (双随机抽查占比): random inspections whose window starts in the period, divided by all inspections whose window starts in the period. Target ≥ 0.6.',
  })
  randomShare!: number | null;

  @Field(() => Int, { description: 'Inspections, random or targeted, whose window starts in the period.' })
  inspections!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Publicity timeliness (结果公示及时率): inspections published in the period (the day of publishedAt in Asia/Shanghai) on or before their publicationDue, divided by all inspections published in the period. Target 1.',
  })
  publicityTimeliness!: number | null;

  @Field(() => Int, { description: 'Inspections whose results were published in the period.' })
  published!: number;

  @Field(() => Int, { description: 'Results, item by item, of inspections that took place in the period (inspectedOn).' })
  results!: number;

  @Field(() => Int, { description: 'Of them, results with problems found (any outcome but NO_PROBLEM).' })
  resultsWithProblems!: number;
}

@ObjectType({ description: 'The inspection figures of one group of a breakdown.' })
export class InspectionIndicatorGroup extends InspectionFigures {
  @Field(() => String, { description: 'The group: a department, chain (NONE for none) or region code.' })
  key!: string;
}

@ObjectType({
  description: 'The indicators of random inspections (双随机、一公开) of a period, aggregates only; indicatorDefinitions gives each definition.',
})
export class InspectionIndicators extends InspectionFigures {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => [InspectionIndicatorGroup], { description: 'The same figures per group, when a breakdown was asked for; by key.' })
  breakdown!: InspectionIndicatorGroup[];
}
