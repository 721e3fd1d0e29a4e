import { Ctx, Extensions, Query, Resolver } from 'type-graphql';
import { publicFor } from '../platform/server/cache-hints';
import type { GraphQLContext } from '../platform/context';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';

@Resolver()
export class CatalogueResolver {
  @Extensions(publicFor(3600))
  @Query(() => [Region], { description: 'The administrative divisions enterprises can be registered in.' })
  regions(@Ctx() context: GraphQLContext): Promise<Region[]> {
    return context.em.find(Region, {}, { orderBy: { code: 'ASC' } });
  }

  @Extensions(publicFor(3600))
  @Query(() => [IndustryCategory], { description: 'The industry classes enterprises can be registered with.' })
  industryCategories(@Ctx() context: GraphQLContext): Promise<IndustryCategory[]> {
    return context.em.find(IndustryCategory, {}, { orderBy: { code: 'ASC' } });
  }
}
