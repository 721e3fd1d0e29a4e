import { today } from '../../platform/clock';
import { UserErrorCode } from '../../platform/errors/user-error';
import { chainRecordResolvers } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal } from '../../one-category/chain-data.inputs';
import { ChipCertification, ChipEnvironmentalInspection, ChipPatent, ChipRdSpending } from './chip.entities';
import {
  ChipCertificationRegisterInput,
  ChipEnvironmentalInspectionRecordInput,
  ChipPatentRegisterInput,
  ChipRdSpendingRecordInput,
} from './chip.inputs';

const CHAIN = 'CHIP';

export const chipResolvers = [
  ...chainRecordResolvers(CHAIN, {
    entity: ChipRdSpending,
    listField: 'chipRdSpendings',
    listDescription: 'R&D spending by year, newest first (chip chain).',
    orderBy: { year: 'DESC' },
    mutation: 'chipRdSpendingRecord',
    taken: { field: 'year', message: 'That year is already recorded.' },
    mutationDescription: 'Records a year’s R&D spending (the chip desk).',
    input: ChipRdSpendingRecordInput,
    payloadField: 'spending',
    build: async (input, enterprise, errors, context, em) => {
      const thisYear = Number(today(context.platform.clock).slice(0, 4));
      if (input.year < 2000 || input.year > thisYear)
        errors.add(['input', 'year'], UserErrorCode.OUT_OF_RANGE, `The year lies between 2000 and ${thisYear}.`);
      else if (await em.count(ChipRdSpending, { enterprise, year: input.year }))
        errors.add(['input', 'year'], UserErrorCode.TAKEN, 'That year is already recorded.');
      if (input.amount.startsWith('-')) errors.add(['input', 'amount'], UserErrorCode.NEGATIVE, 'Spending cannot be negative.');
      checkPositiveDecimal(input.revenue, ['input', 'revenue'], errors);
      return em.create(ChipRdSpending, { enterprise, year: input.year, amount: input.amount, revenue: input.revenue });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: ChipPatent,
    listField: 'chipPatents',
    listDescription: 'Patents and layout designs, newest first (chip chain).',
    orderBy: { grantedOn: 'DESC' },
    mutation: 'chipPatentRegister',
    taken: { field: 'number', message: 'This patent is already registered.' },
    mutationDescription: 'Registers a granted patent (the chip desk).',
    input: ChipPatentRegisterInput,
    payloadField: 'patent',
    build: async (input, enterprise, errors, context, em) => {
      if (!/^[A-Z0-9.]{6,40}$/.test(input.number))
        errors.add(['input', 'number'], UserErrorCode.INVALID_FORMAT, 'A patent number has 6 to 40 upper-case letters, digits and dots.');
      else if (await em.count(ChipPatent, { number: input.number }))
        errors.add(['input', 'number'], UserErrorCode.TAKEN, 'This patent is already registered.');
      checkNotFuture(input.grantedOn, today(context.platform.clock), ['input', 'grantedOn'], errors);
      return em.create(ChipPatent, { enterprise, number: input.number, kind: input.kind, grantedOn: input.grantedOn });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: ChipCertification,
    listField: 'chipCertifications',
    listDescription: 'Certifications such as high-tech enterprise (chip chain).',
    orderBy: { validUntil: 'DESC' },
    mutation: 'chipCertificationRegister',
    mutationDescription: 'Registers a certification (the chip desk).',
    input: ChipCertificationRegisterInput,
    payloadField: 'certification',
    build: (input, enterprise, _errors, _context, em) => em.create(ChipCertification, { enterprise, kind: input.kind, validUntil: input.validUntil }),
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: ChipEnvironmentalInspection,
    listField: 'chipEnvironmentalInspections',
    listDescription: 'Environmental inspections, newest first (chip chain).',
    orderBy: { inspectedOn: 'DESC' },
    mutation: 'chipEnvironmentalInspectionRecord',
    mutationDescription: 'Records an environmental inspection and its outcome (the chip desk).',
    mutationDeprecationReason:
      'Environmental inspections are recorded by the inspections module (inspectionResultRecord, 双随机、一公开); those of chip enterprises reach this list from there.',
    input: ChipEnvironmentalInspectionRecordInput,
    payloadField: 'inspection',
    build: (input, enterprise, errors, context, em) => {
      checkNotFuture(input.inspectedOn, today(context.platform.clock), ['input', 'inspectedOn'], errors);
      if (!input.compliant && !input.finding.trim()) errors.add(['input', 'finding'], UserErrorCode.BLANK, 'Say what was found wrong.');
      return em.create(ChipEnvironmentalInspection, {
        enterprise,
        inspectedOn: input.inspectedOn,
        compliant: input.compliant,
        finding: input.finding.trim(),
      });
    },
  }),
];
