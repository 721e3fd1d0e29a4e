import type { PolicyFactDefinition } from '../policies/policy-facts';

/** What the chain machinery tells policies: which chains and nodes an enterprise belongs to. */
export const CHAIN_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'chains.memberOf',
    type: 'TEXT_LIST',
    description:
      'Codes of the chains it belongs to (ChainCode values); test one with "<code>" in chains.memberOf, several with chains.memberOf in [..].',
    sql: 'select enterprise_id, array_agg(distinct chain order by chain) as value from chain_membership group by enterprise_id',
  },
  {
    code: 'chains.nodes',
    type: 'TEXT_LIST',
    description: 'Its places in chains as <chain code>.<node code>; test one with "<chain>.<node>" in chains.nodes.',
    sql: `select enterprise_id, array_agg(distinct chain || '.' || node order by chain || '.' || node) as value from chain_membership group by enterprise_id`,
  },
];
