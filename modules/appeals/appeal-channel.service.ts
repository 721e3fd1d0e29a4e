import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ApiKey } from '../platform/auth/api-key.entity';
import { UserErrorCode, UserErrorCollector } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { AppealChannel } from './appeal-channel.entity';
import type { AppealChannelAddInput } from './appeal.inputs';
import { refuse } from '../platform/errors/user-error';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** ADMINs extend the channels; a channel system's key submits through its channel only. */
export async function addAppealChannel(em: EntityManager, input: AppealChannelAddInput): Promise<AppealChannel> {
  const errors = new UserErrorCollector();
  if (!CODE.test(input.code))
    errors.add(['input', 'code'], UserErrorCode.INVALID_FORMAT, 'A code has capitals, digits and underscores, e.g. CITY_PORTAL.');
  if (!input.name.trim()) errors.add(['input', 'name'], UserErrorCode.BLANK, 'Name the channel.');
  if (!input.description.trim()) errors.add(['input', 'description'], UserErrorCode.BLANK, 'Say what arrives through it.');
  let partnerKey: ApiKey | null = null;
  if (input.partnerKeyId) {
    const id = uuidFromGlobalId(input.partnerKeyId, 'ApiKey');
    partnerKey = id ? await em.findOne(ApiKey, { id }) : null;
    if (!partnerKey) errors.add(['input', 'partnerKeyId'], UserErrorCode.NOT_FOUND, 'No API key has this id.');
    else if (await em.count(AppealChannel, { partnerKey }))
      errors.add(['input', 'partnerKeyId'], UserErrorCode.TAKEN, 'This key submits for another channel already.');
  }
  errors.throwIfAny();
  const channel = em.create(AppealChannel, { code: input.code, name: input.name.trim(), description: input.description.trim(), partnerKey });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) refuse('code', UserErrorCode.TAKEN, 'A channel has this code already.');
    throw error;
  }
  return channel;
}
