import type { CubeDimension, ReportChainScope } from '../platform/reports/cube-definition';
import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions } from '../platform/reports/common-dimensions';

/** Report rows of enterprises that are members of one of the chains asked for. */
export const CHAIN_REPORT_SCOPE: ReportChainScope = {
  // A DESK's scopes (camellia-oil) as the chain codes memberships store (CAMELLIA_OIL).
  chainsOf: (principal) => principal.chains.map((scope) => scope.toUpperCase().replaceAll('-', '_')),
  condition(enterpriseSql, codes) {
    if (codes.length === 0) return { sql: 'false', parameters: [] };
    return {
      sql: `exists (select 1 from chain_membership scope_m where scope_m.enterprise_id = ${enterpriseSql} and scope_m.chain in (${codes.map(() => '?').join(', ')}))`,
      parameters: codes,
    };
  },
};

/**
 * The chains of the enterprise a row is about, as a dimension of every other module's cube about enterprises (cases,
 * appeals, credit scores, redemptions…): one row under each chain the enterprise is a member of, whatever its nodes in
 * it; null for an enterprise in none.
 */
export function enterpriseChainDimensions(enterpriseSql: string): CubeDimension[] {
  return [
    {
      code: 'CHAIN',
      description: {
        en: 'Each chain the enterprise is a member of, null for none; an enterprise in two chains counts once under each, in every measure of the report',
        zh: '企业所在产业链',
      },
      sql: 'enterprise_chain.chain',
      joins: `left join lateral (select distinct enterprise_chain_m.chain from chain_membership enterprise_chain_m where enterprise_chain_m.enterprise_id = ${enterpriseSql}) enterprise_chain on true`,
    },
  ];
}

/** Chain memberships (产业链企业): one row per enterprise at a node of a chain. */
export const MEMBERSHIPS_CUBE = defineCube({
  code: 'chainMemberships',
  description: { en: 'Enterprises at the nodes of industry chains', zh: '产业链链上企业' },
  from: 'chain_membership m join enterprise e on e.id = m.enterprise_id',
  dimensions: [
    { code: 'CHAIN', description: { en: 'Chain code', zh: '产业链' }, sql: 'm.chain' },
    { code: 'NODE', description: { en: 'Node code', zh: '链上环节' }, sql: 'm.node' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'JOINED', description: { en: 'When it joined', zh: '入链时间' }, sql: 'm.joined_at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Memberships', zh: '链上席位数' }, aggregate: 'COUNT' },
    { code: 'ENTERPRISES', description: { en: 'Distinct enterprises', zh: '企业数' }, aggregate: 'COUNT_DISTINCT', sql: 'm.enterprise_id' },
    {
      code: 'REGISTERED_CAPITAL',
      description: { en: 'Registered capital of the members, yuan', zh: '注册资本合计（元）' },
      aggregate: 'SUM',
      sql: 'e.registered_capital',
      decimals: 2,
    },
  ],
  enterprise: 'm.enterprise_id',
});

/** Applications for chain bundles (一类事申请): one row per application. */
export const BUNDLE_APPLICATIONS_CUBE = defineCube({
  code: 'bundleApplications',
  description: { en: 'Applications for chain bundles', zh: '“一类事”申请' },
  from: 'bundle_application a join enterprise e on e.id = a.enterprise_id',
  dimensions: [
    { code: 'CHAIN', description: { en: 'Chain code', zh: '产业链' }, sql: 'a.chain' },
    { code: 'NODE', description: { en: 'Node applied at', zh: '申请环节' }, sql: 'a.node' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'APPLIED', description: { en: 'When it was made', zh: '申请时间' }, sql: 'a.submitted_at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Applications', zh: '申请数' }, aggregate: 'COUNT' },
    { code: 'ENTERPRISES', description: { en: 'Distinct enterprises', zh: '企业数' }, aggregate: 'COUNT_DISTINCT', sql: 'a.enterprise_id' },
  ],
  enterprise: 'a.enterprise_id',
});
