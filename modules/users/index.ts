import { defineModule } from '../platform/module';
import { defineNodeType } from '../platform/relay/node-type';
import { Role } from '../platform/auth/principal';
import { User } from './user.entity';
import { UserRefreshToken, UserSession } from './user-session.entity';
import { UserLink } from './user-link.entity';
import { UserResolver } from './user.resolver';
import { SessionResolver } from './session.resolver';
import { RegistrySessionGuard } from './registry-session-guard';
import { assertUserReadable } from './user.access';
import { authRoutes } from './auth.routes';
import { seedUsers } from './users.seed';

export const users = defineModule({
  name: 'users',
  description: 'People who sign in: the user registry, local passwords with a second factor, single sign-on (OpenID Connect), sessions.',
  required: true,
  extensions: { sessionGuard: (services) => new RegistrySessionGuard(services) },
  entities: [User, UserSession, UserRefreshToken, UserLink],
  resolvers: [UserResolver, SessionResolver],
  nodeTypes: [defineNodeType({ typeName: 'User', entity: User, assertReadable: assertUserReadable, readers: [Role.ADMIN] })],
  routes: authRoutes,
  pages: [{ label: 'Sign in', path: '/auth/sign-in' }],
  seed: (em, options, platform) => seedUsers(em, options, platform),
});
