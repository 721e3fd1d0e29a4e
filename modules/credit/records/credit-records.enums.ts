import { registerEnumType } from 'type-graphql';

export enum PenaltySeverity {
  MINOR = 'MINOR',
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
}

export enum PenaltySector {
  GENERAL = 'GENERAL',
  FOOD = 'FOOD',
  DRUGS = 'DRUGS',
  SPECIAL_EQUIPMENT = 'SPECIAL_EQUIPMENT',
  PRODUCTION_SAFETY = 'PRODUCTION_SAFETY',
  FIRE = 'FIRE',
  ENVIRONMENT = 'ENVIRONMENT',
}

export enum AbnormalListReason {
  MISSING_ANNUAL_REPORT = 'MISSING_ANNUAL_REPORT',
  UNREACHABLE_AT_ADDRESS = 'UNREACHABLE_AT_ADDRESS',
  FALSE_DISCLOSURE = 'FALSE_DISCLOSURE',
}

export enum AnnualReportStatus {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
}

export enum TaxCreditLevel {
  A = 'A',
  B = 'B',
  M = 'M',
  C = 'C',
  D = 'D',
}

export enum CommitmentType {
  APPROVAL_SUBSTITUTE = 'APPROVAL_SUBSTITUTE',
  PUBLIC = 'PUBLIC',
  INDUSTRY_SELF_DISCIPLINE = 'INDUSTRY_SELF_DISCIPLINE',
  REPAIR = 'REPAIR',
}

export enum CommitmentOutcome {
  PENDING = 'PENDING',
  KEPT = 'KEPT',
  BROKEN = 'BROKEN',
}

export enum HonourLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
}

registerEnumType(PenaltySeverity, {
  name: 'PenaltySeverity',
  description: 'Severity of an administrative penalty.',
  valuesConfig: {
    MINOR: { description: 'Minor (轻微): not published.' },
    GENERAL: { description: 'General (一般): published for a year.' },
    SERIOUS: { description: 'Serious (严重): published for three years.' },
  },
});
registerEnumType(PenaltySector, {
  name: 'PenaltySector',
  description: 'The regulated field of a penalty; some fields need longer before repair.',
  valuesConfig: {
    GENERAL: { description: 'Any other field.' },
    FOOD: { description: 'Food (食品).' },
    DRUGS: { description: 'Drugs (药品).' },
    SPECIAL_EQUIPMENT: { description: 'Special equipment (特种设备).' },
    PRODUCTION_SAFETY: { description: 'Production safety (安全生产).' },
    FIRE: { description: 'Fire safety (消防).' },
    ENVIRONMENT: { description: 'Environment (生态环境).' },
  },
});
registerEnumType(AbnormalListReason, {
  name: 'AbnormalListReason',
  description: 'Why an enterprise was put on the abnormal-operations list (经营异常名录).',
  valuesConfig: {
    MISSING_ANNUAL_REPORT: { description: 'The annual report was not filed.' },
    UNREACHABLE_AT_ADDRESS: { description: 'Not reachable at the registered address.' },
    FALSE_DISCLOSURE: { description: 'Information disclosed falsely.' },
  },
});
registerEnumType(AnnualReportStatus, {
  name: 'AnnualReportStatus',
  description: 'How an annual report was filed (年报).',
  valuesConfig: { ON_TIME: { description: 'On time.' }, LATE: { description: 'Late.' }, MISSING: { description: 'Not filed.' } },
});
registerEnumType(TaxCreditLevel, {
  name: 'TaxCreditLevel',
  description: 'Tax credit level of a year (纳税信用等级).',
  valuesConfig: {
    A: { description: 'A.' },
    B: { description: 'B.' },
    M: { description: 'M: new or small enterprises without a full record.' },
    C: { description: 'C.' },
    D: { description: 'D.' },
  },
});
registerEnumType(CommitmentType, {
  name: 'CommitmentType',
  description: 'Kind of a credit commitment (信用承诺).',
  valuesConfig: {
    APPROVAL_SUBSTITUTE: { description: 'In place of an approval document (审批替代型).' },
    PUBLIC: { description: 'Public commitment (主动公示型).' },
    INDUSTRY_SELF_DISCIPLINE: { description: 'Industry self-discipline (行业自律型).' },
    REPAIR: { description: 'Made to repair credit (信用修复型).' },
  },
});
registerEnumType(CommitmentOutcome, {
  name: 'CommitmentOutcome',
  description: 'Whether a commitment was kept.',
  valuesConfig: { PENDING: { description: 'Not yet due.' }, KEPT: { description: 'Kept.' }, BROKEN: { description: 'Broken.' } },
});
registerEnumType(HonourLevel, {
  name: 'HonourLevel',
  description: 'Level of an honour.',
  valuesConfig: { NATIONAL: { description: 'National.' }, PROVINCIAL: { description: 'Provincial.' }, MUNICIPAL: { description: 'Municipal.' } },
});
