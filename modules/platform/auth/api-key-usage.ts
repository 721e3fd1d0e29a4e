import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';

/** A key's use is stored at most this often: enough to see which keys are alive, no write per read. */
const RECORD_EVERY_MS = 60_000;
/** Uses seen meanwhile are written together shortly after, off the request path. */
const FLUSH_DELAY_MS = 500;

/**
 * Records when partner API keys were last used. Reads must not write: a partner's every query used to update its
 * key's row, one contended row for all of that partner's requests. Now a use is noted in memory when the stored
 * time is over a minute old, and the noted uses are written in one statement half a second later.
 */
export class ApiKeyUsage {
  private readonly pending = new Map<string, Date>();
  /** When this instance last noted each key: keys read from memory carry the stored time of when they were kept. */
  private readonly noted = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  note(keyId: string, storedLastUsedAt: Date | null, now: Date = new Date()): void {
    const last = Math.max(storedLastUsedAt?.getTime() ?? 0, this.noted.get(keyId) ?? 0);
    if (now.getTime() - last < RECORD_EVERY_MS) return;
    this.noted.set(keyId, now.getTime());
    this.pending.set(keyId, now);
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS).unref();
  }

  /** Writes the noted uses; called by the timer and before the platform stops. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return this.flushing;
    const uses = [...this.pending];
    this.pending.clear();
    this.flushing = this.flushing
      .then(() =>
        this.orm.em.getConnection().execute(
          `update api_key set last_used_at = greatest(coalesce(last_used_at, v.at), v.at)
             from jsonb_to_recordset(?::jsonb) as v(id uuid, at timestamptz) where api_key.id = v.id`,
          [JSON.stringify(uses.map(([id, at]) => ({ id, at: at.toISOString() })))],
        ),
      )
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn({ err: error }, 'recording API key use failed'),
      );
    return this.flushing;
  }
}
