import { registerEnumType } from 'type-graphql';

export enum InspectionItemKind {
  KEY = 'KEY',
  GENERAL = 'GENERAL',
}

export enum RiskClass {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

export enum DrawRatioMode {
  CREDIT = 'CREDIT',
  FLAT = 'FLAT',
}

export enum InspectionKind {
  RANDOM = 'RANDOM',
  TARGETED = 'TARGETED',
}

export enum InspectionState {
  ASSIGNED = 'ASSIGNED',
  RESULTED = 'RESULTED',
  PUBLISHED = 'PUBLISHED',
}

export enum InspectionOutcome {
  NO_PROBLEM = 'NO_PROBLEM',
  PROBLEMS_FOUND = 'PROBLEMS_FOUND',
  RECTIFICATION_ORDERED = 'RECTIFICATION_ORDERED',
  CASE_TRANSFERRED = 'CASE_TRANSFERRED',
}

export enum DrawState {
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(InspectionItemKind, {
  name: 'InspectionItemKind',
  description: 'How an item of the inspection list is drawn (检查事项类别).',
  valuesConfig: {
    KEY: { description: 'Key item (重点检查事项): no cap on the share of targets drawn.' },
    GENERAL: { description: 'General item (一般检查事项): the share drawn is capped (INSPECTION_GENERAL_RATIO_CAP).' },
  },
});
registerEnumType(RiskClass, {
  name: 'RiskClass',
  description: 'Credit-based supervision class of a target (信用风险分类), from its public credit grade; D is drawn most.',
  valuesConfig: {
    A: { description: 'Low risk (A类): excellent credit.' },
    B: { description: 'Ordinary risk (B类).' },
    C: { description: 'Higher risk (C类).' },
    D: { description: 'High risk (D类): poor credit, drawn most often.' },
  },
});
registerEnumType(DrawRatioMode, {
  name: 'DrawRatioMode',
  description: 'What set the share of targets a draw picks (抽查比例规则).',
  valuesConfig: {
    CREDIT: { description: 'By risk class, from the credit grades (信用规则): the configured ratio of each class.' },
    FLAT: { description: 'One ratio for every target, given by the plan (no credit rule).' },
  },
});
registerEnumType(InspectionKind, {
  name: 'InspectionKind',
  description: 'How an inspection came about.',
  valuesConfig: {
    RANDOM: { description: 'Drawn at random (双随机).' },
    TARGETED: { description: 'Ordered for a reason (a complaint, a referral): not random (非双随机检查).' },
  },
});
registerEnumType(InspectionState, {
  name: 'InspectionState',
  description: 'Where an inspection stands.',
  valuesConfig: {
    ASSIGNED: { description: 'Drawn and assigned to its inspectors, no result yet (已派发).' },
    RESULTED: { description: 'Results recorded, not yet public (已录入结果).' },
    PUBLISHED: { description: 'Results public (已公示).' },
  },
});
registerEnumType(InspectionOutcome, {
  name: 'InspectionOutcome',
  description: 'The result of an item of an inspection (检查结果).',
  valuesConfig: {
    NO_PROBLEM: { description: 'No problem found (未发现问题).' },
    PROBLEMS_FOUND: { description: 'Problems found (发现问题).' },
    RECTIFICATION_ORDERED: { description: 'Problems found, rectification ordered (责令整改).' },
    CASE_TRANSFERRED: { description: 'Problems found, transferred as a case (移交立案).' },
  },
});
registerEnumType(DrawState, {
  name: 'DrawState',
  description: 'Whether a draw stands.',
  valuesConfig: {
    ACTIVE: { description: 'The draw in force for its plan.' },
    SUPERSEDED: { description: 'Replaced by a redraw, which gives the reason; kept for audit.' },
  },
});
