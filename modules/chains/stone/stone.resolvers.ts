import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { today } from '../../platform/clock';
import { UserErrorCode } from '../../platform/errors/user-error';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { chainRecordResolvers } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal } from '../../one-category/chain-data.inputs';
import { IncidentSeverity, StoneMiningLicence, StoneRestoration, StoneSafetyIncident } from './stone.entities';

const CHAIN = 'STONE';

@InputType({ description: 'A mining licence.' })
export class StoneMiningLicenceRegisterInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'Licence number: C and 10 to 30 digits.' })
  licenceNumber!: string;

  @Field(() => GraphQLLocalDate, { description: 'Valid until.' })
  validUntil!: string;

  @Field(() => DecimalScalar, { description: 'Licensed annual output in tonnes, above zero.' })
  annualCapacityTonnes!: string;
}

@InputType({ description: 'An ecological restoration obligation.' })
export class StoneRestorationRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => DecimalScalar, { description: 'Area to restore in mu, above zero.' })
  areaMu!: string;

  @Field(() => GraphQLLocalDate, { description: 'Due date.' })
  dueOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Acceptance date, when already accepted; not in the future.' })
  acceptedOn?: string | null;
}

@InputType({ description: 'A production-safety incident.' })
export class StoneSafetyIncidentRecordInput {
  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => GraphQLLocalDate, { description: 'When it happened; not in the future.' })
  occurredOn!: string;

  @Field(() => IncidentSeverity, { description: 'Severity.' })
  severity!: IncidentSeverity;

  @Field(() => Int, { defaultValue: 0, description: 'Casualties, 0 or more.' })
  casualties!: number;
}

export const stoneResolvers = [
  ...chainRecordResolvers(CHAIN, {
    entity: StoneMiningLicence,
    listField: 'stoneMiningLicences',
    listDescription: 'Mining licences (stone chain).',
    orderBy: { validUntil: 'DESC' },
    mutation: 'stoneMiningLicenceRegister',
    taken: { field: 'licenceNumber', message: 'This licence is already registered.' },
    mutationDescription: 'Registers a mining licence (the stone desk).',
    input: StoneMiningLicenceRegisterInput,
    payloadField: 'licence',
    build: async (input, enterprise, errors, _context, em) => {
      if (!/^C\d{10,30}$/.test(input.licenceNumber))
        errors.add(['input', 'licenceNumber'], UserErrorCode.INVALID_FORMAT, 'A mining licence number is C followed by 10 to 30 digits.');
      else if (await em.count(StoneMiningLicence, { licenceNumber: input.licenceNumber }))
        errors.add(['input', 'licenceNumber'], UserErrorCode.TAKEN, 'This licence is already registered.');
      checkPositiveDecimal(input.annualCapacityTonnes, ['input', 'annualCapacityTonnes'], errors);
      return em.create(StoneMiningLicence, {
        enterprise,
        licenceNumber: input.licenceNumber,
        validUntil: input.validUntil,
        annualCapacityTonnes: input.annualCapacityTonnes,
      });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: StoneRestoration,
    listField: 'stoneRestorations',
    listDescription: 'Ecological restoration obligations, earliest due first (stone chain).',
    orderBy: { dueOn: 'ASC' },
    mutation: 'stoneRestorationRecord',
    mutationDescription: 'Records an ecological restoration obligation (the stone desk).',
    input: StoneRestorationRecordInput,
    payloadField: 'restoration',
    build: (input, enterprise, errors, context, em) => {
      checkPositiveDecimal(input.areaMu, ['input', 'areaMu'], errors);
      if (input.acceptedOn) checkNotFuture(input.acceptedOn, today(context.platform.clock), ['input', 'acceptedOn'], errors);
      return em.create(StoneRestoration, { enterprise, areaMu: input.areaMu, dueOn: input.dueOn, acceptedOn: input.acceptedOn ?? null });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: StoneSafetyIncident,
    listField: 'stoneSafetyIncidents',
    listDescription: 'Production-safety incidents, newest first (stone chain).',
    orderBy: { occurredOn: 'DESC' },
    mutation: 'stoneSafetyIncidentRecord',
    mutationDescription: 'Records a production-safety incident (the stone desk).',
    input: StoneSafetyIncidentRecordInput,
    payloadField: 'incident',
    build: (input, enterprise, errors, context, em) => {
      checkNotFuture(input.occurredOn, today(context.platform.clock), ['input', 'occurredOn'], errors);
      if (input.casualties < 0) errors.add(['input', 'casualties'], UserErrorCode.NEGATIVE, 'Casualties cannot be negative.');
      return em.create(StoneSafetyIncident, { enterprise, occurredOn: input.occurredOn, severity: input.severity, casualties: input.casualties });
    },
  }),
];
