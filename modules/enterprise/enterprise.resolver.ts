import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, connectionComplexity } from '../platform/relay/connection';
import { EnterpriseConnection } from './enterprise.types';
import { Enterprise } from './enterprise.entity';
import { ENTERPRISE_READERS, ENTERPRISE_WRITERS, maskPersonName, maySeePersonalData } from './enterprise.access';
import {
  EnterpriseFilter,
  EnterpriseOrder,
  EnterpriseRegisterInput,
  EnterpriseRegisterPayload,
  EnterpriseUpdateInput,
  EnterpriseUpdatePayload,
} from './enterprise.inputs';
import { EnterpriseService } from './enterprise.service';
import { ENTERPRISE_SQL_READS } from './enterprise.reads';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Authorized(...ENTERPRISE_READERS)
  @Extensions(ENTERPRISE_SQL_READS.byId)
  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by global id; null when none has it.' })
  enterprise(@Arg('id', () => ID, { description: 'Global id.' }) id: string, @Ctx() context: GraphQLContext) {
    return new EnterpriseService(context).findById(id);
  }

  @Authorized(...ENTERPRISE_READERS)
  @Extensions(ENTERPRISE_SQL_READS.byUscc)
  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by its unified social credit code; null when none has it.' })
  enterpriseByUscc(@Arg('uscc', () => String, { description: 'Unified social credit code.' }) uscc: string, @Ctx() context: GraphQLContext) {
    return new EnterpriseService(context).findByUscc(uscc);
  }

  @Authorized(...ENTERPRISE_READERS)
  @Extensions(ENTERPRISE_SQL_READS.list)
  @Query(() => EnterpriseConnection, {
    description: 'Enterprises in the registry, filtered and sorted (by name unless told otherwise). An ENTERPRISE caller sees only itself.',
    complexity: connectionComplexity(20),
  })
  async enterprises(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => EnterpriseFilter, { nullable: true, description: 'Conditions on the enterprises.' }) filter: EnterpriseFilter | null,
    @Arg('orderBy', () => EnterpriseOrder, { nullable: true, description: 'Sort order; by name ascending when omitted.' })
    orderBy: EnterpriseOrder | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new EnterpriseConnection(await new EnterpriseService(context).list(args, filter, orderBy));
  }

  @Extensions(ENTERPRISE_SQL_READS.legalRepresentative)
  @FieldResolver(() => String, {
    description: 'Legal representative (法定代表人); personal data, masked (张**) unless the caller is ADMIN, OFFICER or the enterprise itself.',
  })
  legalRepresentative(@Root() enterprise: Enterprise, @Ctx() { principal }: GraphQLContext): string {
    return maySeePersonalData(principal, enterprise) ? enterprise.legalRepresentative : maskPersonName(enterprise.legalRepresentative);
  }

  @Extensions(ENTERPRISE_SQL_READS.industry)
  @FieldResolver(() => IndustryCategory, { description: 'Industry class (GB/T 4754-2017).' })
  industry(@Root() enterprise: Enterprise, @Ctx() { platform }: GraphQLContext): IndustryCategory | Promise<IndustryCategory> {
    return (
      platform.staticReferences.get(IndustryCategory, enterprise.industry.unwrap().code) ??
      (enterprise.industry.load({ dataloader: true }) as Promise<IndustryCategory>)
    );
  }

  @Extensions(ENTERPRISE_SQL_READS.region)
  @FieldResolver(() => Region, { description: 'Region the enterprise is registered in.' })
  region(@Root() enterprise: Enterprise, @Ctx() { platform }: GraphQLContext): Region | Promise<Region> {
    return (
      platform.staticReferences.get(Region, enterprise.region.unwrap().code) ?? (enterprise.region.load({ dataloader: true }) as Promise<Region>)
    );
  }

  @Authorized(...ENTERPRISE_WRITERS)
  @Mutation(() => EnterpriseRegisterPayload, { description: 'Adds an enterprise to the registry (ADMIN, OFFICER).' })
  enterpriseRegister(@Arg('input', () => EnterpriseRegisterInput) input: EnterpriseRegisterInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, EnterpriseRegisterPayload, async (em) => ({ enterprise: await new EnterpriseService(context).register(em, input) }));
  }

  @Authorized(...ENTERPRISE_WRITERS)
  @Mutation(() => EnterpriseUpdatePayload, { description: 'Changes an enterprise’s registered facts (ADMIN, OFFICER).' })
  enterpriseUpdate(@Arg('input', () => EnterpriseUpdateInput) input: EnterpriseUpdateInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, EnterpriseUpdatePayload, async (em) => ({ enterprise: await new EnterpriseService(context).update(em, input) }));
  }
}
