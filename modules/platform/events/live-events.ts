import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeNotifications } from '../database/change-notifications';

const CHANNEL = 'live_event';
/** PostgreSQL refuses notifications of 8,000 bytes or more: a live event carries ids, not objects. */
const MAX_PAYLOAD_BYTES = 7_000;
/** Events kept for a subscriber that reads slower than they come; beyond it the oldest are dropped. */
const MAX_QUEUED = 1_000;

interface Envelope {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown) => void;

/**
 * Events for GraphQL subscriptions, across every instance on one database. A module publishes inside its
 * transaction (PostgreSQL's NOTIFY, delivered on commit, so a rolled-back step tells no one); every instance's LISTEN
 * connection receives it and hands it to the subscribers of that topic connected there. No broker beyond PostgreSQL.
 * Events published while an instance's listener is reconnecting are not delivered to its subscribers: subscriptions
 * are a live view, and the lists they come from stay the record.
 */
export class LiveEvents {
  private readonly listeners = new Map<string, Set<Listener>>();
  private started = 0;

  constructor(notifications: ChangeNotifications) {
    notifications.on(CHANNEL, (text) => {
      const { topic, payload } = JSON.parse(text) as Envelope;
      for (const listener of this.listeners.get(topic) ?? []) listener(payload);
    });
  }

  /** Sends an event from inside a transaction; subscribers on every instance receive it when the transaction commits. */
  static async publish(em: EntityManager, topic: string, payload: object): Promise<void> {
    const text = JSON.stringify({ topic, payload } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new Error(`A live event of ${topic} is too large for a notification; send ids.`);
    await ChangeNotifications.notify(em, CHANNEL, text);
  }

  /** The events of a topic that `accept` keeps, as an async iterator that ends when the subscriber stops reading. */
  subscribe<T>(topic: string, accept: (payload: T) => boolean): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const listener: Listener = (payload) => {
      if (done || !accept(payload as T)) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload as T, done: false });
      } else {
        queue.push(payload as T);
        if (queue.length > MAX_QUEUED) queue.shift();
      }
    };
    this.started += 1;
    const topicListeners = this.listeners.get(topic) ?? new Set<Listener>();
    this.listeners.set(topic, topicListeners.add(listener));
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      topicListeners.delete(listener);
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: (error?: unknown) => {
        void finish();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Subscriptions this instance has taken on since it started, ended ones included: a client can tell its own began. */
  get subscriptionsStarted(): number {
    return this.started;
  }
}
