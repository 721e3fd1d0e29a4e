import '../observability/register-tracing';
import 'reflect-metadata';
import { ConfigError } from '../config';
import { ModuleConfigurationError } from '../module';
import { developmentAdminToken } from './development-tools';
import { hasSeeded, runSeeds } from '../database/seed';
import { startPlatform } from './start';
import { Readiness, START_STEPS } from './readiness';
import { StartupError } from './startup-error';

/** `npm start`: the server, on the embedded PostgreSQL unless DATABASE_URL is set, with demo data on first start. */
async function main(): Promise<void> {
  // /readyz answers 503 until the first demo seed is in, not merely until the server listens.
  const readiness = new Readiness().expect(START_STEPS.demoData);
  const running = await startPlatform({ readiness });
  const { config, logger } = running.services;

  // What the demo data has to say once (the demo accounts' password), shown in the banner of the start that made it.
  const notices: string[] = [];
  try {
    if (config.DEMO_SEED && !(await hasSeeded(running.services))) {
      logger.info(
        { enterprises: config.DEMO_ENTERPRISES, url: running.url },
        'empty database: loading demo data (the server answers when it is done)',
      );
      await runSeeds(running.services, { enterprises: config.DEMO_ENTERPRISES, seed: 1, notices });
    }
  } catch (error) {
    // Nothing stays running after a failed start, the embedded PostgreSQL least of all.
    await running.stop();
    throw error;
  }
  readiness.complete(START_STEPS.demoData);

  const lines = [
    '',
    'Enterprise-service graph is running.',
    `  GraphQL endpoint : ${running.url}/graphql`,
    `  Explorer         : ${running.url}/graphql (open it in a browser${config.isDevelopment ? '; here it opens with examples and the admin token below' : ''})`,
    ...running.services.modules.flatMap((module) => (module.pages ?? []).map((page) => `  ${page.label.padEnd(17)}: ${running.url}${page.path}`)),
    `  Health           : ${running.url}/healthz  ${running.url}/readyz`,
  ];
  if (config.isDevelopment) {
    const token = await developmentAdminToken(running.services);
    lines.push(`  Admin token      : ${token}`, '  Send it as the header  Authorization: Bearer <token>  (valid for development only).');
  }
  if (notices.length > 0) lines.push('', ...notices);
  process.stdout.write(lines.join('\n') + '\n\n');

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'received signal');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    running.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  // The embedded PostgreSQL package stops its server on these signals by itself, racing the orderly shutdown
  // above (drain requests, stop jobs, close the pool, then stop the database); the server owns them instead.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
}

main().catch((error) => {
  if (error instanceof StartupError) {
    process.stderr.write(`Failed to start: ${error.message}\n`);
  } else if (error instanceof ConfigError || error instanceof ModuleConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
