import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/mutation';
import { ApiKey } from './api-key.entity';
import { Role } from './principal';

@InputType({ description: 'A new API key for a partner system.' })
export class ApiKeyCreateInput {
  @Field(() => String, { description: 'Which partner and system the key is for, e.g. "Changshan Rural Bank loan portal".' })
  name!: string;

  @Field(() => Role, { defaultValue: Role.PARTNER, description: 'Role of calls made with the key: PARTNER (default) or ANALYST.' })
  role!: Role;
}

@ObjectType({ description: 'Result of apiKeyCreate.' })
export class ApiKeyCreatePayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The created key.' })
  apiKey: ApiKey | null = null;

  @Field(() => String, { nullable: true, description: 'The secret to send as X-Api-Key. Shown only this once; store it safely.' })
  secret: string | null = null;
}

@InputType({ description: 'Which API key to revoke.' })
export class ApiKeyRevokeInput {
  @Field(() => ID, { description: 'Global id of the key.' })
  id!: string;
}

@ObjectType({ description: 'Result of apiKeyRevoke.' })
export class ApiKeyRevokePayload extends MutationPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key.' })
  apiKey: ApiKey | null = null;
}
