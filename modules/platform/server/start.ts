import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import compression from 'compression';
import { GraphQLError, type ExecutionResult } from 'graphql';
import pinoHttp from 'pino-http';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { modules as registeredModules } from '../../index';
import { loadConfig, type Config } from '../config';
import { createLogger, type Logger } from '../logger';
import { collect, enabledModules, type ModuleDescriptor } from '../module';
import { ormConfig } from '../database/orm-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { NodeTypeRegistry } from '../relay/node-type';
import { CalendarService } from '../calendar/calendar.service';
import { JobRunner } from '../jobs/job-runner';
import { JwtService, InvalidTokenError } from '../auth/jwt';
import { authenticate } from '../auth/authenticate';
import { createErrorFormatter, INTERNAL_ERROR_MESSAGE } from '../errors/format-error';
import { databaseUnavailableError, isDatabaseUnavailable } from '../errors/database-unavailable';
import { errorReferencePlugin } from '../errors/error-reference.plugin';
import { httpErrorHandler, notFoundHandler } from './http-errors';
import { auditCredentialRefusal } from '../audit/credential-refusals';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { RequestRateLimit } from './rate-limit';
import { introspectionPolicyPlugin } from './introspection-policy';
import { allowLongStatements } from '../database/statement-timeout';
import { ErrorCode } from '../errors/top-level-errors';
import { buildServingSchema } from '../schema';
import type { GraphQLContext, PlatformServices } from '../context';
import { querySafetyPlugin } from './query-safety';
import { auditPlugin } from '../audit/audit.plugin';
import { compiledReadsPlugin } from '../reads/compiled-reads.plugin';
import { EXPLORER_PATH, explorerAssets, explorerPage } from './explorer';
import { healthRoutes, startingGate } from './health';
import { listen } from './listen';
import { developmentAdminToken, developmentToolsFor } from './development-tools';
import { Readiness, START_STEPS } from './readiness';
import { assertDatabaseReachable } from '../database/database-reachability';
import { corsPolicy } from './cors';
import type { ModuleHttp } from './module-routes';
import { cacheHintsPlugin } from './cache-hints';
import { systemClock, type Clock } from '../clock';
import { DomainEvents } from '../events/domain-event';
import { ApiKeyUsage } from '../auth/api-key-usage';
import { ApiKeyPrincipals } from '../auth/api-key-principals';
import { ChangeNotifications } from '../database/change-notifications';
import { LiveEvents } from '../events/live-events';
import { Client } from 'pg';
import { startSubscriptionsServer } from './subscriptions-server';
import { StaticReferences } from '../database/static-references';
import { PlatformMetrics } from '../observability/metrics';
import { httpMetrics } from '../observability/http-metrics';
import { metricsEndpoint } from '../observability/metrics-endpoint';
import { observabilityPlugin } from '../observability/observability.plugin';
import { OperationSpans } from '../observability/operation-spans';
import { activeTracing } from '../observability/tracing';

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Replaces the registry, e.g. to add a fixture module in a test. */
  modules?: ModuleDescriptor[];
  onQuery?: (sql: string) => void;
  logger?: Logger;
  /** Business time; the system clock unless a test supplies its own. */
  clock?: Clock;
  /** Start-up steps the caller adds to the server's own (the demo seed of `npm start`), reported by /readyz until done. */
  readiness?: Readiness;
}

export interface RunningPlatform {
  url: string;
  services: PlatformServices;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Opens the database: the configured server, or the embedded one kept under the project. */
export async function openDatabase(config: Config, logger: Logger): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.DATABASE_URL) {
    await assertDatabaseReachable(config.DATABASE_URL, 'DATABASE_URL');
    return { url: config.DATABASE_URL, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, logger);
  return { url: embedded.url, embedded };
}

/** Boots the services without HTTP: used by the server and by the CLI scripts. */
export async function bootServices(options: StartOptions = {}, loadedConfig?: Config) {
  const env = options.env ?? process.env;
  const config = loadedConfig ?? loadConfig(env);
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const modules = enabledModules(options.modules ?? registeredModules, config.DISABLED_MODULES, env);
  const database = await openDatabase(config, logger);
  try {
    const orm = await MikroORM.init(
      ormConfig({
        url: database.url,
        entities: collect(modules, (module) => module.entities),
        moduleMigrations: collect(modules, (module) => module.migrations),
        logger,
        onQuery: options.onQuery,
        pool: { max: config.DATABASE_POOL_MAX, acquireTimeoutMillis: config.DATABASE_POOL_ACQUIRE_TIMEOUT_MS },
        statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      }),
    );
    const clock = options.clock ?? systemClock;
    const notifications = new ChangeNotifications(logger);
    const services: PlatformServices = {
      config,
      logger,
      orm,
      modules,
      nodeTypes: new NodeTypeRegistry(collect(modules, (module) => module.nodeTypes)),
      calendar: new CalendarService(orm, clock, config.CALENDAR_HORIZON_YEARS, logger, notifications),
      jobs: new JobRunner(
        collect(modules, (module) => module.jobs),
        logger,
      ),
      jwt: new JwtService(config.jwtSecret, config.JWT_ISSUER),
      clock,
      apiKeyUsage: new ApiKeyUsage(orm, logger),
      apiKeyPrincipals: new ApiKeyPrincipals(notifications),
      notifications,
      live: new LiveEvents(notifications),
      staticReferences: new StaticReferences(),
      events: new DomainEvents(collect(modules, (module) => module.subscriptions)),
      sessionGuard: null,
      publicUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`,
    };
    // At most one module keeps sessions; its guard needs the services it belongs to.
    const [guardFactory] = collect(modules, (module) => (module.extensions?.sessionGuard ? [module.extensions.sessionGuard] : []));
    services.sessionGuard = guardFactory?.(services) ?? null;
    return { services, database };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}

export async function migrateAndLoadReferenceData(services: PlatformServices): Promise<void> {
  // Instances of a deployment starting together on one database take turns: the first migrates and loads, the
  // others wait on this lock and then find nothing left to apply. It is held by a connection of its own, outside the
  // pool (the work needs the pool's connections, however few) and without the pool's statement limit, which would cut
  // the wait short. A crashed instance's connection closes, and its lock with it.
  const lock = new Client({ connectionString: services.orm.config.getClientUrl() });
  await lock.connect();
  try {
    await lock.query(`select pg_advisory_lock(hashtext('platform.start-up'))`);
    await migrateAndLoad(services);
  } finally {
    await lock.end();
  }
}

async function migrateAndLoad(services: PlatformServices): Promise<void> {
  // Migrations may rewrite large tables: no limit on their statements.
  const applied = await services.orm.em.fork().transactional(async (em) => {
    await allowLongStatements(em as EntityManager, 0);
    return services.orm.getMigrator().up({ transaction: em.getTransactionContext() });
  });
  if (applied.length > 0) services.logger.info({ migrations: applied.map((migration) => migration.name) }, 'applied migrations');
  for (const module of services.modules) {
    if (module.referenceData) await module.referenceData(services.orm.em.fork() as EntityManager, services);
  }
  await services.staticReferences.load(
    services.orm.em.fork() as EntityManager,
    collect(services.modules, (module) => module.staticReferences),
  );
}

/** The caller's request id when it is a plain token, a new one otherwise; echoed on the answer. */
function requestId(request: http.IncomingMessage, response: http.ServerResponse): string {
  const header = request.headers['x-request-id'];
  const id = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

function credentialError(error: InvalidTokenError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export async function startPlatform(options: StartOptions = {}): Promise<RunningPlatform> {
  const config = loadConfig(options.env ?? process.env);
  const readiness = (options.readiness ?? new Readiness()).expectFirst(START_STEPS.database, START_STEPS.migrations, START_STEPS.schema);
  const app = express();
  app.disable('x-powered-by');
  // Answers are never stored (no-store below), so an entity tag would only cost a hash of every body.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Counted from the first request on; the metrics exist once the database does.
  let observeRequests: express.RequestHandler | null = null;
  app.use((request, response, next) => (observeRequests ? observeRequests(request, response, next) : next()));
  app.use((request, response, next) => {
    request.id = requestId(request, response);
    next();
  });
  let readyOrm: MikroORM | null = null;
  app.use(healthRoutes(readiness, () => readyOrm));
  app.use(startingGate(readiness));
  // The port before the database: a taken port is refused while nothing else runs, so nothing is left running.
  await listen(httpServer, config);
  const booted = await bootServices({ ...options, logger: options.logger ?? createLogger(config.LOG_LEVEL) }, config).catch(async (error) => {
    await closeServer(httpServer);
    throw error;
  });
  const { services, database } = booted;
  const { logger, orm } = services;
  readiness.complete(START_STEPS.database);
  try {
    // Listening first: a change another instance commits while this one loads is not missed.
    await services.notifications.start(database.url);
    await migrateAndLoadReferenceData(services);
    readiness.complete(START_STEPS.migrations);
    const metrics = config.METRICS_ENABLED
      ? new PlatformMetrics(orm, config.JOBS_ENABLED ? services.jobs.definitions.map((definition) => definition.name) : [])
      : null;
    // Tracing runs when the entry point started it in this process (see observability/tracing.ts), not merely configured.
    const tracing = activeTracing();
    const operationSpans = tracing ? new OperationSpans(tracing.resolverRatio) : null;
    if (config.JOBS_ENABLED) await services.jobs.start(database.url, services, metrics ? (job, outcome) => metrics.jobRun(job, outcome) : undefined);

    const schema = await buildServingSchema(services.modules, orm.getMetadata(), config.MAX_TEXT_LENGTH);
    // Aliases, directives and tokens per document; depth and cost stay with querySafetyPlugin, which knows page sizes.
    const armor = new ApolloArmor({
      maxAliases: { n: config.MAX_ALIASES },
      maxDirectives: { n: config.MAX_DIRECTIVES },
      // graphql-js counts tokens while it parses (parseOptions below), refusing as a parse failure (400).
      maxTokens: { enabled: false },
      maxDepth: { enabled: false },
      costLimit: { enabled: false },
      // Suggestions ("Did you mean …?") help while building a client; elsewhere they would reveal the schema piece by piece.
      blockFieldSuggestion: { enabled: config.introspection !== 'public' },
    }).protect();
    const rateLimit = new RequestRateLimit(config.RATE_LIMIT_PER_MINUTE);
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      validationRules: armor.validationRules,
      parseOptions: { maxTokens: config.MAX_TOKENS },
      introspection: true,
      includeStacktraceInErrorResponses: config.debugErrors,
      formatError: createErrorFormatter(config.debugErrors),
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ...(metrics || operationSpans ? [observabilityPlugin(metrics, operationSpans)] : []),
        ApolloServerPluginLandingPageDisabled(),
        // The graph sets no cache hints; the plugin would still wrap every field of every response. Answers are
        // never stored by browsers or proxies: the header is set for every response below.
        ApolloServerPluginCacheControlDisabled(),
        querySafetyPlugin({ maxDepth: config.MAX_QUERY_DEPTH, maxComplexity: config.MAX_QUERY_COMPLEXITY }),
        ...armor.plugins,
        introspectionPolicyPlugin(config.introspection),
        errorReferencePlugin(),
        auditPlugin(),
        cacheHintsPlugin(),
        ...(config.COMPILED_READS ? [compiledReadsPlugin(services)] : []),
      ],
    });
    await apollo.start();
    // Subscriptions only exist when a module offers one; the socket server shares the port and the path.
    const subscriptions = schema.getSubscriptionType() ? startSubscriptionsServer(httpServer, schema, services, armor.validationRules) : null;

    // Every answer counts, refusals, errors and health checks included.
    if (metrics) observeRequests = httpMetrics(metrics);
    // Requests are logged once, on completion, at info. Below info nothing is logged per request: pino-http would
    // still serialize every request into a child logger; a logger for a request is made when something logs.
    if (logger.isLevelEnabled('info')) {
      app.use(
        pinoHttp({
          logger,
          genReqId: (request) => request.id,
          autoLogging: { ignore: (request) => request.url === '/healthz' || request.url === '/readyz' || request.url === '/metrics' },
          quietReqLogger: true,
        }),
      );
    }
    // Large answers (introspection, pages) travel compressed, brotli or gzip as the client accepts; small ones as they are.
    app.use(compression({ threshold: 1024 }));
    // The token guards the metrics on a server others can reach; on one's own machine it is not asked for.
    if (metrics) app.get('/metrics', metricsEndpoint(metrics.registry, config.isDevelopment ? null : (config.METRICS_TOKEN ?? null)));
    app.use(EXPLORER_PATH, explorerAssets());
    app.get('/', (_request, response) => response.redirect('/graphql'));
    const examples = collect(services.modules, (module) => module.examples);
    app.get('/graphql', async (request, response, next) => {
      if (request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
      try {
        const development = developmentToolsFor(config, request.socket.remoteAddress);
        const page = explorerPage(development ? { examples, token: await developmentAdminToken(services) } : { examples: [], token: null });
        // The page may carry a token: nothing keeps it.
        response.set('cache-control', 'no-store').type('html').send(page);
      } catch (error) {
        next(error);
      }
    });
    /** The caller's context, for GraphQL requests and modules' routes alike. */
    const contextFor = async (req: express.Request): Promise<GraphQLContext> => {
      const authorization = req.headers.authorization;
      const apiKey = req.headers['x-api-key'];
      try {
        // Looking up a key reads one row through a connection, with no identity map of the request's own.
        const principal = await authenticate(
          { authorization, apiKey: typeof apiKey === 'string' ? apiKey : undefined },
          services.jwt,
          orm.em as EntityManager,
          {
            principals: services.apiKeyPrincipals,
            usage: services.apiKeyUsage,
          },
          services.sessionGuard,
        );
        await rateLimit.take(principal, req.socket.remoteAddress);
        // The request's EntityManager and logger are made when first used: a compiled read needs neither.
        let em: EntityManager | undefined;
        let requestLogger = req.log as Logger | undefined;
        return {
          requestId: String(req.id),
          principal,
          platform: services,
          get em() {
            return (em ??= orm.em.fork() as EntityManager);
          },
          get logger() {
            return (requestLogger ??= logger.child({ reqId: req.id }));
          },
        };
      } catch (error) {
        if (error instanceof InvalidTokenError) {
          await auditCredentialRefusal(orm, logger, req.body, String(req.id));
          throw credentialError(error);
        }
        // Refusals the context states itself (the rate limit) reach the client as they are.
        if (error instanceof GraphQLError) throw error;
        // Only an API key's lookup reads the database here; any other fault is the server's, never shown.
        logger.child({ reqId: req.id }).error({ err: error }, 'could not authenticate the request');
        if (isDatabaseUnavailable(error)) throw databaseUnavailableError();
        throw new GraphQLError(INTERNAL_ERROR_MESSAGE, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: String(req.id) } });
      }
    };
    const apolloHandler = expressMiddleware(apollo, { context: ({ req }) => contextFor(req) });
    // While tracing runs, everything the GraphQL server does for a request sits under a span named after its operation.
    const graphqlHandler = operationSpans ? operationSpans.around(apolloHandler) : apolloHandler;
    app.use(
      '/graphql',
      corsPolicy(config.corsOrigins),
      (_request, response, next) => {
        // Answers depend on who asks (masking, scopes): nothing may keep them for anyone else.
        response.setHeader('cache-control', 'no-store');
        next();
      },
      express.json({ limit: '1mb' }),
      graphqlHandler,
    );

    const moduleHttp: ModuleHttp = {
      services,
      contextFor,
      async execute(query, variables, contextValue) {
        const response = await apollo.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('A module route asked for an incremental answer.');
        return response.body.singleResult as ExecutionResult;
      },
    };
    for (const module of services.modules) module.routes?.(app, moduleHttp);

    app.use(notFoundHandler());
    app.use(httpErrorHandler(logger));

    readyOrm = orm;
    readiness.complete(START_STEPS.schema);
    const address = httpServer.address() as AddressInfo;
    const url = `http://${config.HOST}:${address.port}`;
    // PORT=0 lets the system pick: links name the port it picked.
    services.publicUrl = config.PUBLIC_URL ?? url;

    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        logger.info('shutting down: finishing in-flight requests');
        await subscriptions?.dispose();
        await apollo.stop();
        // The last requests' spans leave before the process does.
        await tracing?.forceFlush();
        await services.jobs.stop();
        await services.notifications.close();
        await services.apiKeyUsage.flush();
        await orm.close(true);
        await database.embedded?.stop();
        logger.info('stopped');
      })());
    return { url, services, databaseUrl: database.url, stop };
  } catch (error) {
    await closeServer(httpServer);
    await services.jobs.stop();
    await services.notifications.close();
    await orm.close(true);
    await database.embedded?.stop();
    throw error;
  }
}

/** Closes a server that never came to serve, with whatever requests were waiting at its gate. */
function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
