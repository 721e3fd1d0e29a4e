import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { runMutation } from '../errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../relay/connection';
import { ApiKey } from './api-key.entity';
import { ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyRevokeInput, ApiKeyRevokePayload } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';
import { Role } from './principal';

export const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey', 'API keys');

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, { description: 'API keys, newest first (ADMIN).', complexity: connectionComplexity(20) })
  async apiKeys(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: 'Also list revoked keys.' }) includeRevoked: boolean,
    @Ctx() context: GraphQLContext,
  ) {
    return new ApiKeyConnection(await new ApiKeyService(context).list(args, includeRevoked));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyCreatePayload, { description: 'Creates an API key for a partner system; the secret is returned once (ADMIN).' })
  apiKeyCreate(@Arg('input', () => ApiKeyCreateInput) input: ApiKeyCreateInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, ApiKeyCreatePayload, async (em) => {
      const { key, secret } = await new ApiKeyService(context).create(em, input);
      return { apiKey: key, secret };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyRevokePayload, { description: 'Revokes an API key; calls with it are refused from then on (ADMIN).' })
  async apiKeyRevoke(@Arg('input', () => ApiKeyRevokeInput) input: ApiKeyRevokeInput, @Ctx() context: GraphQLContext) {
    const payload = await runMutation(context, ApiKeyRevokePayload, async (em) => ({
      apiKey: await new ApiKeyService(context).revoke(em, input.id),
    }));
    // Committed: refused on this instance from the next request on, before the notification comes round.
    if (payload.apiKey) context.platform.apiKeyPrincipals.forget(payload.apiKey.id);
    return payload;
  }
}
