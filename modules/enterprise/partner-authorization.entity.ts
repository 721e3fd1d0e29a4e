import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../platform/relay/node.interface';
import { PartnerConsent } from './partner-consent';

/**
 * An enterprise's consent that a partner reads parts of its data beyond the public registry (授权书), each part a
 * scope a module offers (e.g. APPEALS). A credit report has its own authorization (CreditAuthorization): neither
 * covers the other.
 */
@Entity({ tableName: 'partner_authorization' })
@Index({ properties: ['partnerKey', 'enterprise'] })
@ObjectType({ implements: Node, description: 'An enterprise’s authorization for a partner to read parts of its data, by scope (授权).' })
export class PartnerAuthorization extends PartnerConsent {
  @Field(() => [String], { description: 'What it covers: codes of partnerAccessScopes, e.g. APPEALS.' })
  @Property({ type: 'text[]' })
  scopes!: string[];
}
