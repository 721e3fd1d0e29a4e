import { today } from '../../platform/clock';
import { UserErrorCode } from '../../platform/errors/user-error';
import { chainRecordResolvers } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal, checkText } from '../../one-category/chain-data.inputs';
import { PaperDischargePermit, PaperEmissionExceedance, PaperEnergyReport } from './paper.entities';
import { PaperDischargePermitRegisterInput, PaperEmissionExceedanceRecordInput, PaperEnergyReportRecordInput } from './paper.inputs';

const CHAIN = 'PAPER';

export const paperResolvers = [
  ...chainRecordResolvers(CHAIN, {
    entity: PaperDischargePermit,
    listField: 'paperDischargePermits',
    listDescription: 'Pollutant-discharge permits (paper chain).',
    orderBy: { validUntil: 'DESC' },
    mutation: 'paperDischargePermitRegister',
    taken: { field: 'permitNumber', message: 'This permit is already registered.' },
    mutationDescription: 'Registers a discharge permit (the paper desk).',
    input: PaperDischargePermitRegisterInput,
    payloadField: 'permit',
    build: async (input, enterprise, errors, _context, em) => {
      if (!/^[0-9A-Z]{18}[A-Z]\d{3}$/.test(input.permitNumber))
        errors.add(['input', 'permitNumber'], UserErrorCode.INVALID_FORMAT, 'A permit number is the credit code, a letter and three digits.');
      else if (!input.permitNumber.startsWith(enterprise.uscc))
        errors.add(['input', 'permitNumber'], UserErrorCode.CONFLICT, 'The permit number must begin with the enterprise’s credit code.');
      else if (await em.count(PaperDischargePermit, { permitNumber: input.permitNumber }))
        errors.add(['input', 'permitNumber'], UserErrorCode.TAKEN, 'This permit is already registered.');
      return em.create(PaperDischargePermit, { enterprise, permitNumber: input.permitNumber, validUntil: input.validUntil });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: PaperEmissionExceedance,
    listField: 'paperEmissionExceedances',
    listDescription: 'Emission exceedances, newest first (paper chain).',
    orderBy: { occurredOn: 'DESC' },
    mutation: 'paperEmissionExceedanceRecord',
    mutationDescription: 'Records an emission exceedance (the paper desk).',
    input: PaperEmissionExceedanceRecordInput,
    payloadField: 'exceedance',
    build: (input, enterprise, errors, context, em) => {
      checkText(input.pollutant, ['input', 'pollutant'], errors, 60);
      checkNotFuture(input.occurredOn, today(context.platform.clock), ['input', 'occurredOn'], errors);
      if (!(Number(input.multipleOfLimit) > 1))
        errors.add(['input', 'multipleOfLimit'], UserErrorCode.OUT_OF_RANGE, 'An exceedance is more than 1 times the limit.');
      return em.create(PaperEmissionExceedance, {
        enterprise,
        occurredOn: input.occurredOn,
        pollutant: input.pollutant.trim(),
        multipleOfLimit: input.multipleOfLimit,
      });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: PaperEnergyReport,
    listField: 'paperEnergyReports',
    listDescription: 'Energy per tonne by year, newest first (paper chain).',
    orderBy: { year: 'DESC' },
    mutation: 'paperEnergyReportRecord',
    taken: { field: 'year', message: 'That year is already reported.' },
    mutationDescription: 'Records a year’s energy use per tonne (the paper desk).',
    input: PaperEnergyReportRecordInput,
    payloadField: 'report',
    build: async (input, enterprise, errors, _context, em) => {
      checkPositiveDecimal(input.kgceePerTonne, ['input', 'kgceePerTonne'], errors);
      if (await em.count(PaperEnergyReport, { enterprise, year: input.year }))
        errors.add(['input', 'year'], UserErrorCode.TAKEN, 'That year is already reported.');
      return em.create(PaperEnergyReport, { enterprise, year: input.year, kgceePerTonne: input.kgceePerTonne });
    },
  }),
];
