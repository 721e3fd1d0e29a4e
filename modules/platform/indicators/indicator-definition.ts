import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  RATE = 'RATE',
  COUNT = 'COUNT',
  WORKING_DAYS = 'WORKING_DAYS',
}

registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator’s value measures.',
  valuesConfig: {
    RATE: { description: 'A share between 0 and 1.' },
    COUNT: { description: 'A number of things.' },
    WORKING_DAYS: { description: 'A duration in working days of the county calendar.' },
  },
});

/** What a module can measure: reports and indicator boards discover these through the registry. */
@ObjectType({ description: 'An indicator a module measures, with its definition (指标).' })
export class IndicatorDefinition {
  @Field(() => String, { description: 'Stable code, e.g. one-matter.on-time-completion-rate.' })
  code!: string;

  @Field(() => String, { description: 'Name, with the Chinese term.' })
  name!: string;

  @Field(() => String, { description: 'Exactly how the value is computed.' })
  definition!: string;

  @Field(() => IndicatorUnit, { description: 'What the value measures.' })
  unit!: IndicatorUnit;

  @Field(() => Float, { nullable: true, description: 'Target or frontier value (前沿值), where one is set.' })
  target!: number | null;

  @Field(() => String, { description: 'The module that provides it.' })
  module!: string;
}

export function defineIndicator(definition: Omit<IndicatorDefinition, 'module' | 'target'> & { target?: number }): Omit<IndicatorDefinition, 'module'> {
  return { ...definition, target: definition.target ?? null };
}
