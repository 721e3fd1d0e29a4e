import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { PartnerAuthorization } from './partner-authorization.entity';

@InputType({ description: 'An enterprise authorizes a partner to read parts of its data.' })
export class PartnerAuthorizationGrantInput {
  @Field(() => ID, { description: 'Global id of the authorizing enterprise (the caller itself).' })
  enterpriseId!: string;

  @Field(() => ID, { description: 'Global id of the partner’s API key.' })
  partnerKeyId!: string;

  @Field(() => [String], { description: 'Codes of the scopes it covers (see partnerAccessScopes), at least one.' })
  scopes!: string[];

  @Field(() => String, { description: 'What the partner may use it for.' })
  purpose!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First valid day; today when omitted.' })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { description: 'Last valid day, at most a year on.' })
  validUntil!: string;
}

@InputType({ description: 'Which authorization to revoke.' })
export class PartnerAuthorizationRevokeInput {
  @Field(() => ID, { description: 'Global id of the authorization.' })
  id!: string;
}

@ObjectType({ description: 'Result of partnerAuthorizationGrant or partnerAuthorizationRevoke.' })
export class PartnerAuthorizationPayload extends MutationPayload {
  @Field(() => PartnerAuthorization, { nullable: true, description: 'The authorization.' })
  authorization: PartnerAuthorization | null = null;
}

@ObjectType({ description: 'A scope an enterprise may open to partners, offered by a module.' })
export class PartnerAccessScopeInfo {
  @Field(() => String, { description: 'Its code, e.g. APPEALS.' })
  code!: string;

  @Field(() => String, { description: 'What it opens.' })
  description!: string;

  @Field(() => String, { description: 'The module that offers it.' })
  module!: string;
}
