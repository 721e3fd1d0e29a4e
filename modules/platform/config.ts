import { z } from 'zod';

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/**
 * scrypt's cost for local passwords (N = 2^cost): 2^15 costs 32 MiB and some 50–100 ms per hash, OWASP's minimum.
 */
export const DEFAULT_PASSWORD_HASH_COST = 15;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** JSON in an environment variable, checked against a schema like any other value. */
const json = <T extends z.ZodTypeAny>(shape: T, fallback: z.input<T>) =>
  z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return fallback;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: z.ZodIssueCode.custom, message: 'must be JSON' });
        return z.NEVER;
      }
    })
    .pipe(shape);

const windowRatingWeights = z
  .object({
    onTime: z.number().min(0),
    satisfaction: z.number().min(0),
    rectificationPenalty: z.number().min(0),
    overduePenalty: z.number().min(0),
    starCuts: z.array(z.number()).length(4),
  })
  .strict()
  .refine((weights) => Math.abs(weights.onTime + weights.satisfaction - 1) < 1e-9, 'onTime and satisfaction must add up to 1')
  .refine(
    (weights) => weights.starCuts.every((cut, index, cuts) => index === 0 || cut < cuts[index - 1]),
    'starCuts must fall, e.g. [95, 85, 75, 60]',
  );

const riskClass = z.enum(['A', 'B', 'C', 'D']);
const classNumbers = (value: z.ZodNumber) => z.object({ A: value, B: value, C: value, D: value }).strict();

/** An origin as browsers send it: scheme, host and port, nothing after. */
const origins = commaList.pipe(
  z.array(
    z.string().refine((origin) => {
      try {
        return new URL(origin).origin === origin;
      } catch {
        return false;
      }
    }, 'must list origins such as https://portal.example.com or http://localhost:3000 (scheme, host, port; no path)'),
  ),
);

/** Where front-ends are served from while they are being built, allowed by default in development only. */
const DEVELOPMENT_ORIGINS = ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://localhost:5173', 'http://127.0.0.1:5173'];

/** Every setting comes from the environment; a bad value stops the start with a message naming it. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Browser origins allowed to call the graph (CORS); the local development origins in development, none otherwise. */
  CORS_ORIGINS: origins.optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .url()
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// URL')
    .optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ISSUER: z.string().min(1).default('enterprise-service-graph'),
  JWT_TTL_SECONDS: positiveInt(8 * 3600),
  /** The address people reach the server at, for the links it sends (invitations, resets) and single sign-on; http://HOST:PORT by default. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url) && !url.endsWith('/'), 'must be an http(s) URL without a trailing slash')
    .optional(),
  /** Users: how long a signed-in person's access token lives, in seconds; the refresh token renews it. */
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(600),
  /** Users: a session ends when it has not been refreshed for this many minutes. */
  SESSION_IDLE_MINUTES: positiveInt(8 * 60),
  /** Users: a session ends this many hours after sign-in, whatever its refreshes. */
  SESSION_MAX_HOURS: positiveInt(24),
  /** Users: the shortest local password, and how many of lower case, upper case, digits and symbols it must mix. */
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(12),
  PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  /** scrypt's cost for local passwords, as the power of two of N; below the default only for the test suite. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(DEFAULT_PASSWORD_HASH_COST),
  /** Users: failed sign-ins in a row after which an account is locked, and for how many minutes. */
  SIGN_IN_LOCKOUT_ATTEMPTS: positiveInt(5),
  SIGN_IN_LOCKOUT_MINUTES: positiveInt(15),
  /** Users: hours an invitation or a password-reset link stays valid. */
  USER_LINK_HOURS: positiveInt(72),
  /** Users: the OpenID Connect provider (single sign-on); sign-in with it is offered when the issuer and client are set. */
  OIDC_ISSUER: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'must be an http:// or https:// URL')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  /** Users: the claim that binds a person's first single sign-on to an invited user with the same e-mail address. */
  OIDC_MATCH_CLAIM: z.enum(['email', 'preferred_username']).default('email'),
  /** Users: the name of the sign-on button, e.g. the province's government service single sign-on. */
  OIDC_DISPLAY_NAME: z.string().min(1).max(60).default('统一身份认证'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_QUERY_DEPTH: positiveInt(12),
  MAX_QUERY_COMPLEXITY: positiveInt(5000),
  /** Aliases, directives and lexical tokens one document may hold (graphql-armor): cheap documents stay cheap to parse. */
  MAX_ALIASES: positiveInt(30),
  MAX_DIRECTIVES: positiveInt(20),
  MAX_TOKENS: positiveInt(4000),
  /** Requests per minute per credential (per address for anonymous callers), in each instance; 0: no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Who may introspect the schema: public, signed-in or off; by default public in development, signed-in otherwise. */
  INTROSPECTION: z.enum(['public', 'signed-in', 'off']).optional(),
  MAX_PAGE_SIZE: positiveInt(100),
  DEFAULT_PAGE_SIZE: positiveInt(20),
  DISABLED_MODULES: commaList.default(''),
  /** Characters a text in a mutation's input may hold when no column or field sets its own limit. */
  MAX_TEXT_LENGTH: positiveInt(4000),
  /** Connections the pool keeps at most; no request ever holds two, so a burst queues instead of deadlocking. */
  DATABASE_POOL_MAX: positiveInt(10),
  /** How long one SQL statement of a request may run before PostgreSQL cancels it, in milliseconds; 0: no limit. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** The same for long work: recomputing every score, demo data, jobs; 0: no limit. */
  DATABASE_LONG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(600_000),
  /** How long a request waits for a pooled connection before it fails, in milliseconds. */
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: positiveInt(10_000),
  /** Provisional calendar years are derived up to the current year plus this many; later years stay missing. */
  CALENDAR_HORIZON_YEARS: z.coerce.number().int().min(0).max(10).default(2),
  /**
   * Answers queries whose every field has an SQL reading with one statement, without resolvers (see
   * modules/platform/reads). Off only to compare answers with the resolvers' or to rule the path out.
   */
  /**
   * Internal messages and stack traces in error answers, for debugging on one's own machine: honoured only in
   * development mode (see isDevelopment), never on a server others can reach.
   */
  DEBUG_ERRORS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  COMPILED_READS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  JOBS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  DEMO_SEED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  DEMO_ENTERPRISES: positiveInt(200),
  /** Prometheus metrics on GET /metrics (see modules/platform/observability). */
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** When set, /metrics answers only requests bearing it (Authorization: Bearer …), except in development mode. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** An OpenTelemetry collector's OTLP/HTTP base URL, e.g. http://collector:4318; traces are sent only when it is set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//.test(url), 'must be an http:// or https:// URL')
    .optional(),
  /** Share of requests traced, decided at the start of each request; 0 switches tracing off. */
  TRACES_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
  /** Share of traced GraphQL requests whose resolvers get a span each (a page can run thousands of them). */
  TRACES_RESOLVER_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(0.1),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  /** One-matter: working days a department has to rectify after a bad review (整改时限). */
  RECTIFICATION_WORKING_DAYS: positiveInt(5),
  /** Appeals: working days the departments have by grade, the "135" limits (简单、一般、复杂). */
  APPEAL_DAYS_SIMPLE: positiveInt(1),
  APPEAL_DAYS_GENERAL: positiveInt(3),
  APPEAL_DAYS_COMPLEX: positiveInt(5),
  /** Appeals: working days after the assignment within which a department may return a wrong one (退回时限). */
  APPEAL_RETURN_WORKING_DAYS: positiveInt(1),
  /** Appeals: working days before a deadline when the departments are told it approaches. */
  APPEAL_DEADLINE_WARNING_WORKING_DAYS: positiveInt(1),
  /**
   * Policies: what happens to a grant beyond what is left of a policy's yearly budget: WAIT (it is recorded as waiting
   * for budget) or REFUSE (an application is refused with OVER_BUDGET, a batch match records nothing for it).
   */
  POLICY_OVER_BUDGET: z.enum(['WAIT', 'REFUSE']).default('WAIT'),
  /** Appeals: the department whose officers dispatch the pool (一口子流转交办), the business-environment office. */
  APPEAL_DISPATCHER_DEPARTMENT: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,59}$/, 'must be a department code such as business-environment')
    .default('business-environment'),
  /**
   * Credit repair: months a penalty must have been published before its publicity can end early, by severity,
   * and for the sensitive fields (food, drugs, special equipment, production safety, fire) whatever the severity.
   */
  CREDIT_REPAIR_MINIMUM_MONTHS: json(
    z.object({ general: z.number().int().min(0), serious: z.number().int().min(0), sensitiveSectors: z.number().int().min(0) }).strict(),
    { general: 3, serious: 12, sensitiveSectors: 12 },
  ),
  /**
   * Indicator board: how far from its target an indicator may fall and still be MIDDLE (中部), as a share of the
   * target; beyond it, LAGGING (落后). At or past the target it is BENCHMARK (标杆).
   */
  INDICATOR_MIDDLE_BAND: z.coerce.number().min(0).max(1).default(0.1),
  /** Inspections: the risk class (A–D) of each public credit grade, and of an enterprise without a score (UNSCORED). */
  INSPECTION_RISK_CLASSES: json(z.object({ EXCELLENT: riskClass, GOOD: riskClass, FAIR: riskClass, POOR: riskClass, UNSCORED: riskClass }).strict(), {
    EXCELLENT: 'A',
    GOOD: 'B',
    FAIR: 'C',
    POOR: 'D',
    UNSCORED: 'B',
  }),
  /** Inspections: the share of each risk class's targets a credit-based draw picks (D drawn most). */
  INSPECTION_CLASS_RATIOS: json(classNumbers(z.number().min(0).max(1)), { A: 0.03, B: 0.05, C: 0.1, D: 0.3 }),
  /** Inspections: months after a random inspection before the same department may draw the enterprise again, by class. */
  INSPECTION_CLASS_INTERVAL_MONTHS: json(classNumbers(z.number().int().min(0).max(60)), { A: 12, B: 6, C: 3, D: 1 }),
  /** Inspections: the largest share of targets a plan of general items only may draw (一般事项抽查比例上限). */
  INSPECTION_GENERAL_RATIO_CAP: z.coerce.number().min(0).max(1).default(0.1),
  /** Inspections: inspectors drawn for each target, at least two (执法人员不少于两人). */
  INSPECTION_INSPECTORS_PER_TARGET: z.coerce.number().int().min(2).max(10).default(2),
  /** Inspections: months after an inspector inspected an enterprise during which they are not drawn for it again (回避). */
  INSPECTION_CONFLICT_MONTHS: z.coerce.number().int().min(0).max(60).default(12),
  /** Inspections: working days after results are recorded within which they must be public (一公开). */
  INSPECTION_PUBLICITY_WORKING_DAYS: positiveInt(20),
  /** Credit: working days within which licensing and penalty decisions are published (双公示). */
  DOUBLE_PUBLICITY_WORKING_DAYS: positiveInt(7),
  /** Credit: working days within which a repair application should be decided (修复办理时限). */
  CREDIT_REPAIR_DECISION_WORKING_DAYS: positiveInt(5),
  /** Credit: the lowest public credit scores of EXCELLENT, GOOD and FAIR (out of 1000); below the last is POOR. */
  CREDIT_GRADE_CUTS: json(
    z
      .array(z.number().int().min(0).max(1000))
      .length(3)
      .refine((cuts) => cuts[0] > cuts[1] && cuts[1] > cuts[2], 'the cuts must fall, e.g. [850, 700, 550]'),
    [850, 700, 550],
  ),
  /**
   * One-matter: the monthly star rating of windows. Score = 100 × (onTime × on-time rate + satisfaction ×
   * satisfaction rate) − penalties per rectification and per overdue with responsibility + bonus points; the
   * cuts are the lowest scores of 5, 4, 3 and 2 stars.
   */
  WINDOW_RATING_WEIGHTS: json(windowRatingWeights, {
    onTime: 0.6,
    satisfaction: 0.4,
    rectificationPenalty: 5,
    overduePenalty: 5,
    starCuts: [95, 85, 75, 60],
  }),
});

/** Every setting the kernel reads, for the configuration reference. */
export const CONFIGURATION_SETTINGS = Object.keys(schema.shape);

export type Config = z.infer<typeof schema> & {
  /** The JWT secret in force: configured, or a fixed development secret outside production. */
  jwtSecret: string;
  /** The CORS allow-list in force: configured, or the development origins in development. */
  corsOrigins: string[];
  /**
   * Development conveniences (the public development secret, the printed token, the local front-end origins) apply
   * only to a server that is not in production and listens on the loopback address: a server others can reach
   * behaves as in production whatever NODE_ENV says.
   */
  isDevelopment: boolean;
  /** Internal messages and stack traces reach the client: DEBUG_ERRORS in development mode only. */
  debugErrors: boolean;
  /** The introspection policy in force: configured, or public in development and signed-in otherwise. */
  introspection: 'public' | 'signed-in' | 'off';
  /** Traces are exported: an OTLP endpoint is set and some share of requests is sampled. */
  tracingEnabled: boolean;
  /** Single sign-on is configured: issuer, client id and secret. */
  oidcEnabled: boolean;
};

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether a request's peer address (as Node reports it, IPv4 possibly mapped into IPv6) is this machine. */
export function isLoopbackPeer(address: string | undefined): boolean {
  return address !== undefined && isLoopback(address.replace(/^::ffff:/, ''));
}

export class ConfigError extends Error {}

/** Development and tests get a fixed secret so that printed tokens keep working across restarts. */
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-in-production!';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production');
  }
  const isDevelopment = values.NODE_ENV !== 'production' && isLoopback(values.HOST);
  if (!isDevelopment && !values.JWT_SECRET) {
    throw new ConfigError(
      `Invalid configuration:\n  JWT_SECRET: required when the server listens beyond the loopback address (HOST=${values.HOST}); ` +
        'the development secret is public, so anyone could sign an administrator token',
    );
  }
  const oidcSettings = [values.OIDC_ISSUER, values.OIDC_CLIENT_ID, values.OIDC_CLIENT_SECRET].filter((value) => value !== undefined).length;
  if (oidcSettings !== 0 && oidcSettings !== 3) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: set all three for single sign-on, or none');
  }
  if (values.PASSWORD_HASH_COST < DEFAULT_PASSWORD_HASH_COST && values.NODE_ENV !== 'test') {
    throw new ConfigError(
      `Invalid configuration:\n  PASSWORD_HASH_COST: at least ${DEFAULT_PASSWORD_HASH_COST} outside the test suite (NODE_ENV=test); ` +
        'a cheaper hash makes stolen password hashes cheap to crack',
    );
  }
  if (values.DEFAULT_PAGE_SIZE > values.MAX_PAGE_SIZE) {
    throw new ConfigError('Invalid configuration:\n  DEFAULT_PAGE_SIZE: must not exceed MAX_PAGE_SIZE');
  }
  return {
    ...values,
    jwtSecret: values.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    corsOrigins: values.CORS_ORIGINS ?? (isDevelopment && values.NODE_ENV === 'development' ? DEVELOPMENT_ORIGINS : []),
    isDevelopment,
    debugErrors: isDevelopment && values.DEBUG_ERRORS,
    introspection: values.INTROSPECTION ?? (isDevelopment ? 'public' : 'signed-in'),
    tracingEnabled: values.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined && values.TRACES_SAMPLE_RATIO > 0,
    oidcEnabled: oidcSettings === 3,
  };
}
