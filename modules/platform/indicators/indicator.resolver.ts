import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IndicatorDefinition } from './indicator-definition';

@Resolver(() => IndicatorDefinition)
export class IndicatorResolver {
  @Query(() => [IndicatorDefinition], { description: 'Every indicator the enabled modules measure, with its definition.' })
  indicatorDefinitions(@Ctx() { platform }: GraphQLContext): IndicatorDefinition[] {
    return platform.modules.flatMap((module) => (module.indicators ?? []).map((indicator) => Object.assign(new IndicatorDefinition(), { ...indicator, module: module.name })));
  }
}
