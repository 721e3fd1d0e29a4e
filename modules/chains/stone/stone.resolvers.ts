import { today } from '../../platform/clock';
import { UserErrorCode } from '../../platform/errors/user-error';
import { chainRecordResolvers } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal } from '../../one-category/chain-data.inputs';
import { StoneMiningLicence, StoneRestoration, StoneSafetyIncident } from './stone.entities';
import { StoneMiningLicenceRegisterInput, StoneRestorationRecordInput, StoneSafetyIncidentRecordInput } from './stone.inputs';

const CHAIN = 'STONE';

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
