import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';

@Resolver()
export class CatalogueResolver {
  @Query(() => [Region], { description: 'The administrative divisions enterprises can be registered in.' })
  regions(@Ctx() context: GraphQLContext): Promise<Region[]> {
    return context.em.find(Region, {}, { orderBy: { code: 'ASC' } });
  }

  @Query(() => [IndustryCategory], { description: 'The industry classes enterprises can be registered with.' })
  industryCategories(@Ctx() context: GraphQLContext): Promise<IndustryCategory[]> {
    return context.em.find(IndustryCategory, {}, { orderBy: { code: 'ASC' } });
  }
}
