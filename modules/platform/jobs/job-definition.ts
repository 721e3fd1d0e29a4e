import type { PlatformServices } from '../context';

/** A background job a module registers. Scheduled jobs run once per tick across all instances. */
export interface JobDefinition {
  /** Queue name, `<module>.<job>`, e.g. `calendar.coverage-check`. */
  name: string;
  description: string;
  /** Cron expression in Asia/Shanghai, e.g. "0 6 * * *"; absent for on-demand jobs. */
  schedule?: string;
  handler: (platform: PlatformServices, data: Record<string, unknown>) => Promise<Record<string, unknown> | void>;
}
