import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { sqlRead } from '../platform/reads/sql-read';
import { Enterprise } from './enterprise.entity';
import { maskPersonName, maySeePersonalData } from './enterprise.access';
import type { EnterpriseFilter, EnterpriseOrder } from './enterprise.inputs';
import { EnterpriseOrderField, OrderDirection } from './enterprise.inputs';
import { EnterpriseService } from './enterprise.service';

/** An ENTERPRISE may be refused a single enterprise (not its own); the resolvers give that answer. */
const notAnEnterprise = (context: GraphQLContext) => context.principal.role !== Role.ENTERPRISE;

/** The enterprise fields as the compiled read path reads them: the same rules as the resolvers beside them. */
export const ENTERPRISE_SQL_READS = {
  byId: sqlRead({
    kind: 'root-object',
    entity: Enterprise,
    admits: notAnEnterprise,
    condition: ({ column, bind, args }) =>
      `${column('id')} = ${bind(uuidFromGlobalId(args.id as string, 'Enterprise') ?? '00000000-0000-0000-0000-000000000000')}::uuid`,
  }),
  byUscc: sqlRead({
    kind: 'root-object',
    entity: Enterprise,
    admits: notAnEnterprise,
    condition: ({ column, bind, args }) => `${column('uscc')} = ${bind(args.uscc)}`,
  }),
  list: sqlRead({
    kind: 'connection',
    entity: Enterprise,
    where: ({ context, args }) => new EnterpriseService(context).visibleWhere((args.filter as EnterpriseFilter | undefined) ?? null),
    order: (args) => {
      const order = args.orderBy as EnterpriseOrder | undefined;
      return { sortField: order?.field ?? EnterpriseOrderField.NAME, direction: order?.direction ?? OrderDirection.ASC };
    },
  }),
  legalRepresentative: sqlRead({
    kind: 'computed',
    properties: ['legalRepresentative', 'uscc'],
    value: (row, context) => {
      const name = row.legalRepresentative as string;
      return maySeePersonalData(context.principal, row as unknown as Enterprise) ? name : maskPersonName(name);
    },
  }),
  industry: sqlRead({ kind: 'reference', property: 'industry' }),
  region: sqlRead({ kind: 'reference', property: 'region' }),
};
