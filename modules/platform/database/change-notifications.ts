import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { Logger } from '../logger';

const RELISTEN_DELAY_MS = 5_000;

/**
 * Tells the instances of the platform that something they keep in memory changed, over one LISTEN connection per
 * instance. PostgreSQL delivers a notification only when the transaction that sent it commits, and to every
 * listener, the sender included. A listener that lost its connection may have missed notifications: on reconnect,
 * every cache is told to start afresh.
 */
export class ChangeNotifications {
  private readonly handlers = new Map<string, Array<(payload: string) => void>>();
  private readonly reconnectHandlers: Array<() => void> = [];
  private client: Client | null = null;
  private closed = false;

  constructor(private readonly logger: Logger) {}

  /** Registers a handler; channels are lower-case identifiers. Register before start. */
  on(channel: string, handler: (payload: string) => void): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  /** Called after a lost connection is back: whatever was kept in memory may be stale. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  /** Sends a notification from inside a transaction; it is delivered when the transaction commits. */
  static async notify(em: EntityManager, channel: string, payload: string): Promise<void> {
    await em.execute('select pg_notify(?, ?)', [channel, payload]);
  }

  async start(databaseUrl: string): Promise<void> {
    if (this.closed) return;
    const client = new Client({ connectionString: databaseUrl });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'the change listener lost its connection; listening again shortly');
      void client.end().catch(() => undefined);
      if (this.client === client) this.client = null;
      setTimeout(() => void this.restart(databaseUrl), RELISTEN_DELAY_MS).unref();
    });
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private async restart(databaseUrl: string): Promise<void> {
    if (this.closed) return;
    try {
      await this.start(databaseUrl);
      for (const handler of this.reconnectHandlers) handler();
    } catch (error) {
      if (this.closed) return;
      this.logger.warn({ err: error }, 'listening for changes failed; trying again shortly');
      setTimeout(() => void this.restart(databaseUrl), RELISTEN_DELAY_MS).unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
