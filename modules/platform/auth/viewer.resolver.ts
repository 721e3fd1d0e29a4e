import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Viewer } from './viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'The current caller; role ANONYMOUS without credentials.' })
  viewer(@Ctx() { principal }: GraphQLContext): Viewer {
    const { role, subject, displayName, chains, department, enterpriseUscc } = principal;
    return Object.assign(new Viewer(), { role, subject, displayName, chains, department, enterpriseUscc });
  }
}
