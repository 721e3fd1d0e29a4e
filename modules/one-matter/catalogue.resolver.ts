import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { publicFor } from '../platform/server/cache-hints';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { DepartmentCreateInput, DepartmentPayload, DepartmentUpdateInput, ServiceItemFilter } from './catalogue.inputs';
import { CatalogueService } from './catalogue.service';
import { Department } from './department.entity';
import { Matter } from './matter.entity';
import { MatterItem } from './matter-item.entity';
import { ServiceItem } from './service-item.entity';
import { ServiceSection } from './service-section.entity';
import { ServiceWindow } from './service-window.entity';

export const ServiceItemConnection = ConnectionType(ServiceItem, 'ServiceItem', 'service items');
export const MatterConnection = ConnectionType(Matter, 'Matter', 'one-matter bundles');

/** The catalogue is the public service guide: anyone may read it; ADMIN edits departments. */
@Resolver()
export class CatalogueResolver {
  @Extensions(publicFor(300))
  @Query(() => [Department], { description: 'Departments and utilities, by code.' })
  departments(@Ctx() { em }: GraphQLContext): Promise<Department[]> {
    return em.find(Department, {}, { orderBy: { code: 'ASC' } });
  }

  @Extensions(publicFor(300))
  @Query(() => Department, { nullable: true, description: 'One department by its code.' })
  department(
    @Arg('code', () => String, { description: 'Department code.' }) code: string,
    @Ctx() { em }: GraphQLContext,
  ): Promise<Department | null> {
    return em.findOne(Department, { code });
  }

  @Extensions(publicFor(300))
  @Query(() => [ServiceSection], { description: 'Sections of the enterprise service centre.' })
  serviceSections(@Ctx() { em }: GraphQLContext): Promise<ServiceSection[]> {
    return em.find(ServiceSection, {}, { orderBy: { code: 'ASC' } });
  }

  @Extensions(publicFor(300))
  @Query(() => [ServiceWindow], { description: 'Windows of the enterprise service centre.' })
  serviceWindows(@Ctx() { em }: GraphQLContext): Promise<ServiceWindow[]> {
    return em.find(ServiceWindow, {}, { orderBy: { code: 'ASC' } });
  }

  @Extensions(publicFor(300))
  @Query(() => ServiceItemConnection, { description: 'Service items, by code.', complexity: connectionComplexity(20) })
  async serviceItems(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ServiceItemFilter, { nullable: true, description: 'Conditions on the items.' }) filter: ServiceItemFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new ServiceItemConnection(await new CatalogueService(context).items(args, filter));
  }

  @Extensions(publicFor(300))
  @Query(() => MatterConnection, { description: 'One-matter bundles, by code.', complexity: connectionComplexity(20) })
  async matters(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext) {
    return new MatterConnection(await new CatalogueService(context).matters(args));
  }

  @Extensions(publicFor(300))
  @Query(() => Matter, { nullable: true, description: 'One matter by its code.' })
  matter(
    @Arg('code', () => String, { description: 'Matter code, e.g. OPEN_RESTAURANT.' }) code: string,
    @Ctx() { em }: GraphQLContext,
  ): Promise<Matter | null> {
    return em.findOne(Matter, { code });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DepartmentPayload, { description: 'Adds a department (ADMIN).' })
  departmentCreate(@Arg('input', () => DepartmentCreateInput) input: DepartmentCreateInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, DepartmentPayload, async (em) => ({ department: await new CatalogueService(context).createDepartment(em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DepartmentPayload, { description: 'Renames a department (ADMIN).' })
  departmentUpdate(@Arg('input', () => DepartmentUpdateInput) input: DepartmentUpdateInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, DepartmentPayload, async (em) => ({ department: await new CatalogueService(context).updateDepartment(em, input) }));
  }
}

@Resolver(() => ServiceItem)
export class ServiceItemResolver {
  @FieldResolver(() => Department, { description: 'The department that owns the item.' })
  department(@Root() item: ServiceItem) {
    return item.department.load({ dataloader: true });
  }

  @FieldResolver(() => ServiceSection, { nullable: true, description: 'The section of the service centre the item belongs to.' })
  section(@Root() item: ServiceItem) {
    return item.section?.load({ dataloader: true }) ?? null;
  }
}

@Resolver(() => ServiceWindow)
export class ServiceWindowResolver {
  @FieldResolver(() => ServiceSection, { description: 'The section the window belongs to.' })
  section(@Root() window: ServiceWindow) {
    return window.section.load({ dataloader: true });
  }
}

@Resolver(() => Matter)
export class MatterResolver {
  @FieldResolver(() => [MatterItem], { description: 'The items of the matter, in guide order.' })
  async items(@Root() matter: Matter): Promise<MatterItem[]> {
    return (await matter.items.load({ dataloader: true })).getItems();
  }
}

@Resolver(() => MatterItem)
export class MatterItemResolver {
  @FieldResolver(() => ServiceItem, { description: 'The service item.' })
  item(@Root() step: MatterItem) {
    return step.item.load({ dataloader: true });
  }

  @FieldResolver(() => [String], { description: 'Codes of the items of the matter that must complete first; empty when the item starts at once.' })
  waitsFor(@Root() step: MatterItem): string[] {
    return step.waitsFor;
  }
}
