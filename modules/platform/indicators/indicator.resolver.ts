import { Ctx, Extensions, Query, Resolver } from 'type-graphql';
import { publicFor } from '../server/cache-hints';
import type { GraphQLContext } from '../context';
import { IndicatorDefinition } from './indicator-definition';

@Resolver(() => IndicatorDefinition)
export class IndicatorResolver {
  @Extensions(publicFor(3600))
  @Query(() => [IndicatorDefinition], { description: 'Every indicator the enabled modules measure, with its definition.' })
  indicatorDefinitions(@Ctx() { platform }: GraphQLContext): IndicatorDefinition[] {
    return platform.modules.flatMap((module) =>
      (module.indicators ?? []).map((indicator) => Object.assign(new IndicatorDefinition(), { ...indicator, module: module.name })),
    );
  }
}
