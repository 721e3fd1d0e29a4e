import type { EntityManager } from '@mikro-orm/postgresql';
import { ManyToOne, Property, type EntityClass, type FilterQuery, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from '../platform/auth/api-key.entity';
import { Role, type Principal } from '../platform/auth/principal';
import { addMonths } from '../platform/calendar/months';
import { BaseEntity } from '../platform/database/base.entity';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorsException, userError, type UserErrorCollector } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Enterprise } from './enterprise.entity';
import { isOwnEnterprise } from './enterprise.access';

/** A consent lasts at most a year: its last day is at latest the same date a year on (29 February: 28 February). */
const MAX_VALIDITY_MONTHS = 12;

export interface ConsentRequest {
  partnerKeyId: string;
  purpose: string;
  validFrom?: string | null;
  validUntil: string;
}

export interface ConsentTerms {
  key: ApiKey;
  purpose: string;
  validFrom: string;
  validUntil: string;
}

/**
 * The terms every consent an enterprise gives a partner must meet, whatever it covers (a credit report, appeals…):
 * an active partner key, a stated purpose, a start no earlier than today and an end at most a year on. Problems go
 * to `errors`; the terms come back when there are none.
 */
export async function consentTerms(
  em: EntityManager,
  request: ConsentRequest,
  today: string,
  errors: UserErrorCollector,
): Promise<ConsentTerms | null> {
  const keyId = uuidFromGlobalId(request.partnerKeyId, 'ApiKey');
  const key = keyId ? await em.findOne(ApiKey, { id: keyId }) : null;
  if (!key || key.isRevoked || key.role !== Role.PARTNER)
    errors.add(['input', 'partnerKeyId'], UserErrorCode.NOT_FOUND, 'No active partner has this key id.');
  const purpose = request.purpose.trim();
  if (!purpose) errors.add(['input', 'purpose'], UserErrorCode.BLANK, 'Say what the partner may use it for.');
  const validFrom = request.validFrom ?? today;
  if (validFrom < today) errors.add(['input', 'validFrom'], UserErrorCode.OUT_OF_RANGE, 'An authorization cannot start in the past.');
  if (request.validUntil < validFrom) errors.add(['input', 'validUntil'], UserErrorCode.INVALID_RANGE, 'It must end on or after its first day.');
  else if (request.validUntil > addMonths(validFrom, MAX_VALIDITY_MONTHS)) {
    errors.add(
      ['input', 'validUntil'],
      UserErrorCode.OUT_OF_RANGE,
      `An authorization lasts at most a year: from ${validFrom}, until ${addMonths(validFrom, MAX_VALIDITY_MONTHS)} at the latest.`,
    );
  }
  return errors.isEmpty && key ? { key, purpose, validFrom, validUntil: request.validUntil } : null;
}

/**
 * What every consent an enterprise gives a partner records, whatever it covers: who, for what, from when to when,
 * and whether it was revoked. Entities of each kind of consent (a credit report's, a partner authorization's) extend it.
 */
@ObjectType({ description: 'Never emitted: consents share its fields.' })
export abstract class PartnerConsent extends BaseEntity<'revokedAt'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => ApiKey, { ref: true })
  partnerKey!: Ref<ApiKey>;

  @Field(() => String, { description: 'Name of the partner, as its API key names it.' })
  @Property({ type: 'string', length: 200 })
  partnerName!: string;

  @Field(() => String, { description: 'What the partner may use it for, e.g. 信用贷款审批.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => LocalDateScalar, { description: 'First day it is valid.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { description: 'Last day it is valid.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => Date, { nullable: true, description: 'When the enterprise revoked it.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  isValidOn(day: string): boolean {
    return this.revokedAt === null && this.validFrom <= day && day <= this.validUntil;
  }
}

/**
 * Revokes a consent once: the write is a conditional update (`revoked_at is null`), so of simultaneous revocations
 * exactly one changes the row, and the others, like any later one, get ALREADY_REVOKED and write nothing. Only the
 * enterprise itself revokes.
 */
export async function revokeConsent<T extends PartnerConsent>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string | null,
  principal: Principal,
  now: Date,
): Promise<T> {
  const consent = id ? await em.findOne(entity, { id } as FilterQuery<T>, { populate: ['enterprise'] as never }) : null;
  if (!consent) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No authorization has this id.')]);
  if (!isOwnEnterprise(principal, consent.enterprise.getEntity())) throw new ForbiddenError('Only the enterprise itself revokes its authorizations.');
  const alreadyRevoked = () =>
    new UserErrorsException([userError(['input', 'id'], UserErrorCode.ALREADY_REVOKED, 'The authorization was already revoked.')]);
  if (consent.revokedAt) throw alreadyRevoked();
  const changed = await em.nativeUpdate(
    entity,
    { id: consent.id, revokedAt: null } as FilterQuery<T>,
    { revokedAt: now, updatedAt: new Date() } as never,
  );
  if (changed === 0) throw alreadyRevoked();
  // The row as written, without the entity scheduling a second update.
  return (await em.refresh(consent)) ?? consent;
}
