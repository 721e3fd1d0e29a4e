import 'reflect-metadata';
import { bootServices, type StartOptions } from '../server/start';
import type { PlatformServices } from '../context';

/** Runs a CLI task against the database (embedded unless DATABASE_URL is set) and always closes it. */
export async function withServices(task: (services: PlatformServices) => Promise<void>, options: StartOptions = {}): Promise<void> {
  const { services, database } = await bootServices(options);
  try {
    await task(services);
  } finally {
    await services.orm.close(true);
    await database.embedded?.stop();
  }
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
