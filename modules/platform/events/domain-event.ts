import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../context';

/**
 * A typed fact one module announces and others react to, declared by the publishing module. `Reply` is what
 * each subscriber answers, for events whose publisher reports on what the others did (e.g. how many deadlines
 * moved); most events have none.
 */
export interface DomainEvent<Payload, Reply = void> {
  readonly name: string;
  readonly description: string;
  /** Carries the types only; never set. */
  readonly types?: { payload: Payload; reply: Reply };
}

export function defineDomainEvent<Payload, Reply = void>(name: string, description: string): DomainEvent<Payload, Reply> {
  return { name, description };
}

/** Where a subscriber runs: the publisher's transaction, so that its work commits or rolls back with it. */
export interface EventScope {
  em: EntityManager;
  platform: PlatformServices;
}

export interface Subscription<Payload = unknown, Reply = unknown> {
  event: DomainEvent<Payload, Reply>;
  handler: (payload: Payload, scope: EventScope) => Promise<Reply>;
}

/** A module's reaction to an event, listed in its descriptor's `subscriptions`. */
export function subscribe<Payload, Reply>(
  event: DomainEvent<Payload, Reply>,
  handler: (payload: Payload, scope: EventScope) => Promise<Reply>,
): Subscription {
  return { event, handler } as unknown as Subscription;
}

/**
 * Delivers events to the subscriptions of the enabled modules, in registry order, inside the publisher's
 * transaction, and returns their replies. A module that is switched off hears nothing.
 */
export class DomainEvents {
  private readonly byEvent = new Map<string, Subscription[]>();

  constructor(subscriptions: Subscription[]) {
    for (const subscription of subscriptions) {
      const list = this.byEvent.get(subscription.event.name) ?? [];
      list.push(subscription);
      this.byEvent.set(subscription.event.name, list);
    }
  }

  async publish<Payload, Reply>(event: DomainEvent<Payload, Reply>, payload: Payload, scope: EventScope): Promise<Reply[]> {
    const replies: Reply[] = [];
    for (const subscription of this.byEvent.get(event.name) ?? []) replies.push((await subscription.handler(payload, scope)) as Reply);
    return replies;
  }
}
