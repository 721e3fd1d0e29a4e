import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Principal } from './auth/principal';
import type { NodeTypeRegistry } from './relay/node-type';
import type { CalendarService } from './calendar/calendar.service';
import type { JobRunner } from './jobs/job-runner';
import type { JwtService } from './auth/jwt';
import type { ModuleDescriptor } from './module';
import type { Clock } from './clock';
import type { ApiKeyUsage } from './auth/api-key-usage';
import type { ApiKeyPrincipals } from './auth/api-key-principals';
import type { ChangeNotifications } from './database/change-notifications';
import type { StaticReferences } from './database/static-references';
import type { LiveEvents } from './events/live-events';
import type { DomainEvents } from './events/domain-event';
import type { SessionGuard } from './auth/session-guard';

/** Long-lived services of one running platform, shared by all requests. */
export interface PlatformServices {
  config: Config;
  logger: Logger;
  orm: MikroORM;
  modules: ModuleDescriptor[];
  nodeTypes: NodeTypeRegistry;
  calendar: CalendarService;
  jobs: JobRunner;
  jwt: JwtService;
  clock: Clock;
  /** Notes partner API key use and writes it off the request path. */
  apiKeyUsage: ApiKeyUsage;
  /** Principals of partner API keys kept in memory, forgotten on revocation. */
  apiKeyPrincipals: ApiKeyPrincipals;
  /** Tells the instances that something they keep in memory changed (LISTEN/NOTIFY). */
  notifications: ChangeNotifications;
  /** Rows of static reference tables, in memory (see ModuleDescriptor.staticReferences). */
  staticReferences: StaticReferences;
  /** Delivers domain events to the subscriptions of the enabled modules. */
  events: DomainEvents;
  /** Events for GraphQL subscriptions, across the instances (LISTEN/NOTIFY). */
  live: LiveEvents;
  /** Whether a signed-in person's session still stands; null when no module keeps sessions. */
  sessionGuard: SessionGuard | null;
  /** Where people reach this server, for links and single sign-on: PUBLIC_URL, else the address it listens on. */
  publicUrl: string;
}

/** Per-request state: who calls, and a forked EntityManager so identity maps and loaders never leak across requests. */
export interface GraphQLContext {
  requestId: string;
  principal: Principal;
  em: EntityManager;
  logger: Logger;
  platform: PlatformServices;
}
