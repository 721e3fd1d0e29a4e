import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError, UniqueConstraintViolationException, ref, type FilterQuery } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { today } from '../platform/clock';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { Enterprise } from './enterprise.entity';
import { assertEnterpriseReadable } from './enterprise.access';
import {
  EnterpriseFilter,
  EnterpriseOrder,
  EnterpriseOrderField,
  EnterpriseRegisterInput,
  EnterpriseUpdateInput,
  OrderDirection,
} from './enterprise.inputs';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';
import { describeUsccProblem, usccProblem } from './uscc';

const INDUSTRY_PREFIX = /^[A-T](\d{1,4})?$/;
const REGION_CODE = /^\d{6}$/;
const MAX_CAPITAL_DIGITS = 18;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

type Editable = Omit<EnterpriseUpdateInput, 'id' | 'expectedVersion'>;

export class EnterpriseService {
  constructor(private readonly context: GraphQLContext) {}

  async findById(globalId: string): Promise<Enterprise | null> {
    const id = uuidFromGlobalId(globalId, 'Enterprise');
    const enterprise = id ? await this.context.em.findOne(Enterprise, { id }) : null;
    if (enterprise) assertEnterpriseReadable(this.context, enterprise);
    return enterprise;
  }

  async findByUscc(uscc: string): Promise<Enterprise | null> {
    const enterprise = await this.context.em.findOne(Enterprise, { uscc });
    if (enterprise) assertEnterpriseReadable(this.context, enterprise);
    return enterprise;
  }

  list(args: ConnectionArgs, filter: EnterpriseFilter | null, order: EnterpriseOrder | null) {
    return paginate(this.context, {
      entity: Enterprise,
      where: this.visibleWhere(filter),
      sortField: order?.field ?? EnterpriseOrderField.NAME,
      direction: order?.direction ?? OrderDirection.ASC,
      args,
    });
  }

  /** The filter as SQL conditions, narrowed to the caller's own enterprise for the ENTERPRISE role. */
  visibleWhere(filter: EnterpriseFilter | null): FilterQuery<Enterprise> {
    const where: Record<string, unknown> = {};
    const { principal } = this.context;
    if (principal.role === Role.ENTERPRISE) where.uscc = principal.enterpriseUscc;
    if (!filter) return where;
    if (filter.nameContains?.trim()) where.name = { $ilike: `%${escapeLike(filter.nameContains.trim())}%` };
    if (filter.regionCode != null) {
      if (!REGION_CODE.test(filter.regionCode))
        throw new BadUserInputError('regionCode must be a six-digit division code.', ['filter', 'regionCode']);
      where.region = filter.regionCode;
    }
    if (filter.industryCode != null) {
      if (!INDUSTRY_PREFIX.test(filter.industryCode)) {
        throw new BadUserInputError('industryCode must be a section letter A-T followed by up to four digits, e.g. C or C3973.', [
          'filter',
          'industryCode',
        ]);
      }
      where.industry = { code: { $like: `${filter.industryCode}%` } };
    }
    if (filter.lifecycleStages?.length) where.lifecycleStage = { $in: filter.lifecycleStages };
    if (filter.createdFrom || filter.createdTo) {
      where.createdAt = { ...(filter.createdFrom ? { $gte: filter.createdFrom } : {}), ...(filter.createdTo ? { $lt: filter.createdTo } : {}) };
    }
    return where as FilterQuery<Enterprise>;
  }

  async register(em: EntityManager, input: EnterpriseRegisterInput): Promise<Enterprise> {
    const errors = new UserErrorCollector();
    const uscc = input.uscc.trim();
    const problem = usccProblem(uscc);
    if (problem) errors.add(['input', 'uscc'], UserErrorCode[problem], describeUsccProblem(problem, uscc));
    else if (await em.count(Enterprise, { uscc }))
      errors.add(['input', 'uscc'], UserErrorCode.TAKEN, `An enterprise with the code ${uscc} is already registered.`);
    const references = await this.checkEditable(em, input, errors, true);
    errors.throwIfAny();

    const enterprise = em.create(Enterprise, {
      uscc,
      name: input.name.trim(),
      legalRepresentative: input.legalRepresentative.trim(),
      registeredCapital: input.registeredCapital,
      establishedOn: input.establishedOn,
      industry: references.industry!,
      region: references.region!,
      lifecycleStage: input.lifecycleStage,
    });
    try {
      await em.flush();
    } catch (error) {
      // Two registrations of one code at the same moment: the unique index decides, the loser gets the same answer.
      if (error instanceof UniqueConstraintViolationException) {
        throw new UserErrorsException([
          userError(['input', 'uscc'], UserErrorCode.TAKEN, `An enterprise with the code ${uscc} is already registered.`),
        ]);
      }
      throw error;
    }
    return enterprise;
  }

  async update(em: EntityManager, input: EnterpriseUpdateInput): Promise<Enterprise> {
    const id = uuidFromGlobalId(input.id, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    const errors = new UserErrorCollector();
    if (input.expectedVersion != null && input.expectedVersion !== enterprise.version) {
      errors.add(
        ['input', 'expectedVersion'],
        UserErrorCode.STALE_VERSION,
        `The enterprise changed since version ${input.expectedVersion}; it is at version ${enterprise.version}. Reload and retry.`,
      );
    }
    const references = await this.checkEditable(em, input, errors, false);
    errors.throwIfAny();

    if (input.name != null) enterprise.name = input.name.trim();
    if (input.legalRepresentative != null) enterprise.legalRepresentative = input.legalRepresentative.trim();
    if (input.registeredCapital != null) enterprise.registeredCapital = input.registeredCapital;
    if (input.establishedOn != null) enterprise.establishedOn = input.establishedOn;
    if (input.lifecycleStage != null) enterprise.lifecycleStage = input.lifecycleStage;
    if (references.industry) enterprise.industry = ref(references.industry);
    if (references.region) enterprise.region = ref(references.region);
    try {
      await em.flush();
    } catch (error) {
      // The version check in the UPDATE statement catches an edit that slipped in after our read.
      if (error instanceof OptimisticLockError) {
        throw new UserErrorsException([
          userError(['input', 'id'], UserErrorCode.STALE_VERSION, 'The enterprise was changed by someone else meanwhile. Reload and retry.'),
        ]);
      }
      throw error;
    }
    return enterprise;
  }

  /** Checks the fields shared by register and update; `required` when every field must be present. */
  private async checkEditable(em: EntityManager, input: Editable, errors: UserErrorCollector, required: boolean) {
    const field = (name: string) => ['input', name];
    const checkText = (name: 'name' | 'legalRepresentative', maxLength: number) => {
      const value = input[name];
      if (value == null) return;
      if (!value.trim()) errors.add(field(name), UserErrorCode.BLANK, `${name} must not be blank.`);
      else if ([...value.trim()].length > maxLength)
        errors.add(field(name), UserErrorCode.TOO_LONG, `${name} must not exceed ${maxLength} characters.`);
    };
    checkText('name', 200);
    checkText('legalRepresentative', 100);
    if (input.registeredCapital != null) {
      if (input.registeredCapital.startsWith('-'))
        errors.add(field('registeredCapital'), UserErrorCode.NEGATIVE, 'Registered capital must not be negative.');
      else if (input.registeredCapital.split('.')[0].length > MAX_CAPITAL_DIGITS)
        errors.add(field('registeredCapital'), UserErrorCode.OUT_OF_RANGE, 'Registered capital is too large.');
      else if (/\.\d{3,}$/.test(input.registeredCapital))
        errors.add(field('registeredCapital'), UserErrorCode.INVALID_FORMAT, 'Registered capital has at most two decimals (fen).');
    }
    if (input.establishedOn != null && input.establishedOn > today(this.context.platform.clock)) {
      errors.add(field('establishedOn'), UserErrorCode.IN_FUTURE, 'The date of establishment must not lie in the future.');
    }
    const industry = input.industryCode != null ? await em.findOne(IndustryCategory, { code: input.industryCode }) : null;
    if (input.industryCode != null && !industry)
      errors.add(field('industryCode'), UserErrorCode.NOT_FOUND, `No industry class has the code ${input.industryCode}.`);
    const region = input.regionCode != null ? await em.findOne(Region, { code: input.regionCode }) : null;
    if (input.regionCode != null && !region)
      errors.add(field('regionCode'), UserErrorCode.NOT_FOUND, `No region has the division code ${input.regionCode}.`);
    if (required) {
      for (const name of ['name', 'legalRepresentative', 'registeredCapital', 'establishedOn', 'industryCode'] as const) {
        if (input[name] == null) errors.add(field(name), UserErrorCode.REQUIRED, `${name} is required.`);
      }
    }
    return { industry, region };
  }
}
