import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../context';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../errors/user-error';
import { uuidFromGlobalId } from '../relay/global-id';
import { paginate } from '../relay/paginate';
import { ConnectionArgs } from '../relay/connection';
import { ApiKey } from './api-key.entity';
import { API_KEY_CHANGED } from './api-key-principals';
import { ChangeNotifications } from '../database/change-notifications';
import { ApiKeyCreateInput } from './api-key.inputs';
import { Role } from './principal';

const KEY_ROLES = [Role.PARTNER, Role.ANALYST];

export class ApiKeyService {
  constructor(private readonly context: GraphQLContext) {}

  async create(em: EntityManager, input: ApiKeyCreateInput): Promise<{ key: ApiKey; secret: string }> {
    const errors = new UserErrorCollector();
    const name = input.name.trim();
    if (!name) errors.add(['input', 'name'], UserErrorCode.BLANK, 'Give the key a name that says who uses it.');
    else if (name.length > 200) errors.add(['input', 'name'], UserErrorCode.TOO_LONG, 'The name must not exceed 200 characters.');
    if (!KEY_ROLES.includes(input.role)) {
      errors.add(['input', 'role'], UserErrorCode.INVALID_ROLE, `API keys can carry the roles ${KEY_ROLES.join(' or ')} only.`);
    }
    errors.throwIfAny();
    const issued = ApiKey.issue(name, input.role, this.context.principal.subject);
    em.persist(issued.key);
    await em.flush();
    return issued;
  }

  async revoke(em: EntityManager, globalId: string): Promise<ApiKey> {
    const id = uuidFromGlobalId(globalId, 'ApiKey');
    const key = id ? await em.findOne(ApiKey, { id }) : null;
    if (!key) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No API key has this id.')]);
    if (key.isRevoked) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.ALREADY_REVOKED, 'The key was already revoked.')]);
    key.revokedAt = new Date();
    await em.flush();
    // Every instance forgets the key's principal when the revocation commits.
    await ChangeNotifications.notify(em, API_KEY_CHANGED, key.id);
    return key;
  }

  list(args: ConnectionArgs, includeRevoked: boolean) {
    return paginate(this.context, {
      entity: ApiKey,
      where: includeRevoked ? {} : { revokedAt: null },
      sortField: 'createdAt',
      direction: 'DESC',
      args,
    });
  }
}
