import { today } from '../../platform/clock';
import { UserErrorCode } from '../../platform/errors/user-error';
import { chainRecordResolvers } from '../../one-category/chain-data';
import { checkNotFuture, checkPositiveDecimal, checkText } from '../../one-category/chain-data.inputs';
import { CamelliaForestPlot, CamelliaPressingLicence, CamelliaQualitySample } from './camellia-oil.entities';
import { CamelliaForestPlotRegisterInput, CamelliaPressingLicenceRegisterInput, CamelliaQualitySampleRecordInput } from './camellia-oil.inputs';

const CHAIN = 'CAMELLIA_OIL';

export const camelliaOilResolvers = [
  ...chainRecordResolvers(CHAIN, {
    entity: CamelliaForestPlot,
    listField: 'camelliaForestPlots',
    listDescription: 'The enterprise’s camellia forest plots (camellia oil chain).',
    orderBy: { name: 'ASC' },
    mutation: 'camelliaForestPlotRegister',
    mutationDescription: 'Registers a camellia forest plot (the camellia oil desk).',
    input: CamelliaForestPlotRegisterInput,
    payloadField: 'plot',
    build: (input, enterprise, errors, _context, em) => {
      checkText(input.name, ['input', 'name'], errors);
      checkPositiveDecimal(input.areaMu, ['input', 'areaMu'], errors);
      if (Number(input.lowYieldMu) > Number(input.areaMu))
        errors.add(['input', 'lowYieldMu'], UserErrorCode.OUT_OF_RANGE, 'The low-yield area cannot exceed the plot.');
      if (Number(input.renovatedMu) > Number(input.lowYieldMu))
        errors.add(['input', 'renovatedMu'], UserErrorCode.OUT_OF_RANGE, 'The renovated area cannot exceed the low-yield area.');
      return em.create(CamelliaForestPlot, {
        enterprise,
        name: input.name.trim(),
        areaMu: input.areaMu,
        lowYieldMu: input.lowYieldMu,
        renovatedMu: input.renovatedMu,
      });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: CamelliaQualitySample,
    listField: 'camelliaQualitySamples',
    listDescription: 'Quality samplings of the enterprise’s camellia oil, newest first (camellia oil chain).',
    orderBy: { sampledOn: 'DESC' },
    mutation: 'camelliaQualitySampleRecord',
    mutationDescription: 'Records a quality sampling result (the camellia oil desk).',
    input: CamelliaQualitySampleRecordInput,
    payloadField: 'sample',
    build: (input, enterprise, errors, context, em) => {
      checkText(input.product, ['input', 'product'], errors);
      checkNotFuture(input.sampledOn, today(context.platform.clock), ['input', 'sampledOn'], errors);
      return em.create(CamelliaQualitySample, {
        enterprise,
        sampledOn: input.sampledOn,
        product: input.product.trim(),
        passed: input.passed,
        traceabilityCode: input.traceabilityCode ?? null,
      });
    },
  }),
  ...chainRecordResolvers(CHAIN, {
    entity: CamelliaPressingLicence,
    listField: 'camelliaPressingLicences',
    listDescription: 'The enterprise’s pressing-plant licences (camellia oil chain).',
    orderBy: { validUntil: 'DESC' },
    mutation: 'camelliaPressingLicenceRegister',
    taken: { field: 'licenceNumber', message: 'This licence is already registered.' },
    mutationDescription: 'Registers a pressing plant’s production licence (the camellia oil desk).',
    input: CamelliaPressingLicenceRegisterInput,
    payloadField: 'licence',
    build: async (input, enterprise, errors, _context, em) => {
      if (!/^SC\d{14}$/.test(input.licenceNumber))
        errors.add(['input', 'licenceNumber'], UserErrorCode.INVALID_FORMAT, 'A licence number is SC followed by 14 digits.');
      else if (await em.count(CamelliaPressingLicence, { licenceNumber: input.licenceNumber }))
        errors.add(['input', 'licenceNumber'], UserErrorCode.TAKEN, 'This licence is already registered.');
      return em.create(CamelliaPressingLicence, { enterprise, licenceNumber: input.licenceNumber, validUntil: input.validUntil });
    },
  }),
];
