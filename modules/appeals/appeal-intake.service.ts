import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Appeal } from './appeal.entity';
import { AppealChannel } from './appeal-channel.entity';
import { BAD_REVIEW_CHANNEL, ONLINE_CHANNEL } from './appeal-channels.data';
import { AppealStep } from './appeal-states';
import type { AppealSubmitInput } from './appeal.inputs';
import { record } from './appeal-steps';

const PHONE = /^\+?[0-9][0-9 -]{4,28}[0-9]$/;

/** Numbers quoted on the phone: QH-<year>-<six digits>, from one sequence. */
export async function nextAppealNumber(em: EntityManager, on: string): Promise<string> {
  const [{ next }] = await em.execute<Array<{ next: string }>>(`select nextval('appeal_number_seq') as next`);
  return `QH-${on.slice(0, 4)}-${String(next).padStart(6, '0')}`;
}

/** Intake: every channel lands in one pool, as a RECEIVED appeal. */
export class AppealIntakeService {
  constructor(private readonly context: GraphQLContext) {}

  async submit(em: EntityManager, input: AppealSubmitInput): Promise<{ appeal: Appeal; resubmission: boolean }> {
    const { principal } = this.context;
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    const errors = new UserErrorCollector();
    const channel = await this.channelFor(em, input, errors);
    const enterprise = await this.enterpriseFor(em, input, errors);
    const reference = input.channelReference?.trim() || null;
    if (principal.role === Role.PARTNER && !reference)
      errors.add(['input', 'channelReference'], UserErrorCode.REQUIRED, 'A channel system gives its own reference number.');
    const title = input.title.trim();
    if (!title) errors.add(['input', 'title'], UserErrorCode.BLANK, 'Say what the problem is in a line.');
    const description = input.description.trim();
    if (!description) errors.add(['input', 'description'], UserErrorCode.BLANK, 'Describe the problem.');
    const contactPhone = input.contactPhone?.trim() || null;
    if (contactPhone && !PHONE.test(contactPhone))
      errors.add(['input', 'contactPhone'], UserErrorCode.INVALID_FORMAT, 'A phone number has digits, spaces, + and - only.');
    errors.throwIfAny();

    if (reference) {
      // Simultaneous retries of one reference queue on this lock; the unique index backs it.
      await em.execute('select pg_advisory_xact_lock(hashtext(?)) as locked', [`appeal:${channel!.id}:${reference}`]);
      const first = await em.findOne(Appeal, { channel: channel!, channelReference: reference });
      if (first) return { appeal: first, resubmission: true };
    }
    const on = today(this.context.platform.clock);
    const now = this.context.platform.clock.now();
    const appeal = em.create(Appeal, {
      number: await nextAppealNumber(em, on),
      channel: channel!,
      channelReference: reference,
      enterprise: enterprise!,
      title,
      description,
      contactName: input.contactName?.trim() || null,
      contactPhone,
      submittedBy: principal.subject,
      receivedAt: now,
    });
    record({ em, now, actor: principal.subject }, appeal, AppealStep.RECEIVED, { note: channel!.code });
    await em.flush();
    return { appeal, resubmission: false };
  }

  /** Enterprises submit online; officers name the channel they took it from; channel systems use their key's channel. */
  private async channelFor(em: EntityManager, input: AppealSubmitInput, errors: UserErrorCollector): Promise<AppealChannel | null> {
    const { principal } = this.context;
    if (principal.role === Role.PARTNER) {
      const channel = await em.findOne(AppealChannel, { partnerKey: principal.apiKeyId });
      if (!channel) {
        errors.add(
          ['input', 'channelCode'],
          UserErrorCode.NOT_PERMITTED,
          'This API key belongs to no appeal channel; an ADMIN binds a channel system’s key to its channel.',
        );
        return null;
      }
      if (input.channelCode && input.channelCode !== channel.code)
        errors.add(['input', 'channelCode'], UserErrorCode.NOT_PERMITTED, `This key submits through ${channel.code} only.`);
      return channel;
    }
    const code = input.channelCode ?? (principal.role === Role.ENTERPRISE ? ONLINE_CHANNEL : null);
    if (!code) {
      errors.add(['input', 'channelCode'], UserErrorCode.REQUIRED, 'Name the channel the problem came through.');
      return null;
    }
    const channel = await em.findOne(AppealChannel, { code });
    if (!channel) {
      errors.add(['input', 'channelCode'], UserErrorCode.NOT_FOUND, 'No channel has this code; see appealChannels.');
    } else if (principal.role === Role.ENTERPRISE && code !== ONLINE_CHANNEL) {
      errors.add(['input', 'channelCode'], UserErrorCode.NOT_PERMITTED, `An enterprise submits through ${ONLINE_CHANNEL}.`);
    } else if (code === BAD_REVIEW_CHANNEL) {
      errors.add(['input', 'channelCode'], UserErrorCode.NOT_PERMITTED, 'Bad reviews reach the pool by themselves, from the review.');
    }
    return channel;
  }

  private async enterpriseFor(em: EntityManager, input: AppealSubmitInput, errors: UserErrorCollector): Promise<Enterprise | null> {
    const { principal } = this.context;
    let enterprise: Enterprise | null = null;
    if (input.enterpriseId) {
      const id = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
      enterprise = id ? await em.findOne(Enterprise, { id }) : null;
      if (!enterprise) errors.add(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.');
    } else if (input.enterpriseUscc) {
      enterprise = await em.findOne(Enterprise, { uscc: input.enterpriseUscc });
      if (!enterprise) errors.add(['input', 'enterpriseUscc'], UserErrorCode.NOT_FOUND, 'No enterprise has this credit code.');
    } else if (principal.role === Role.ENTERPRISE) {
      enterprise = await em.findOne(Enterprise, { uscc: principal.enterpriseUscc! });
      if (!enterprise) errors.add(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'The registry does not hold the enterprise of this token.');
    } else {
      errors.add(['input', 'enterpriseId'], UserErrorCode.REQUIRED, 'Name the enterprise concerned, by id or credit code.');
    }
    if (enterprise && principal.role === Role.ENTERPRISE && enterprise.uscc !== principal.enterpriseUscc) {
      throw new ForbiddenError('An enterprise submits appeals for itself only.');
    }
    if (input.enterpriseId && input.enterpriseUscc) {
      errors.add(['input', 'enterpriseUscc'], UserErrorCode.CONFLICT, 'Give the enterprise’s id or its credit code, not both.');
    }
    return enterprise;
  }
}
