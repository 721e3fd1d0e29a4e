import { registerEnumType } from 'type-graphql';

/** The five levels of the good/bad review (国办发〔2019〕51号), worth 5 to 1. */
export enum ReviewLevel {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
  VERY_DISSATISFIED = 'VERY_DISSATISFIED',
}

export const REVIEW_SCORE: Record<ReviewLevel, number> = {
  VERY_SATISFIED: 5,
  SATISFIED: 4,
  BASICALLY_SATISFIED: 3,
  DISSATISFIED: 2,
  VERY_DISSATISFIED: 1,
};

/** A review at or below this score opens a rectification. */
export const BAD_REVIEW_SCORE = 2;

/** What the applicant rates: online services and in-person services have dimensions of their own. */
export enum ReviewDimension {
  ONLINE_GUIDE = 'ONLINE_GUIDE',
  ONLINE_APPLICATION = 'ONLINE_APPLICATION',
  ONLINE_PROGRESS = 'ONLINE_PROGRESS',
  ONLINE_RESULT = 'ONLINE_RESULT',
  IN_PERSON_ATTITUDE = 'IN_PERSON_ATTITUDE',
  IN_PERSON_EFFICIENCY = 'IN_PERSON_EFFICIENCY',
  IN_PERSON_COMPETENCE = 'IN_PERSON_COMPETENCE',
  IN_PERSON_ENVIRONMENT = 'IN_PERSON_ENVIRONMENT',
}

export const ONLINE_DIMENSIONS = [
  ReviewDimension.ONLINE_GUIDE,
  ReviewDimension.ONLINE_APPLICATION,
  ReviewDimension.ONLINE_PROGRESS,
  ReviewDimension.ONLINE_RESULT,
];
export const IN_PERSON_DIMENSIONS = [
  ReviewDimension.IN_PERSON_ATTITUDE,
  ReviewDimension.IN_PERSON_EFFICIENCY,
  ReviewDimension.IN_PERSON_COMPETENCE,
  ReviewDimension.IN_PERSON_ENVIRONMENT,
];

export enum RectificationState {
  OPEN = 'OPEN',
  RECTIFIED = 'RECTIFIED',
  CLOSED = 'CLOSED',
}

registerEnumType(ReviewLevel, {
  name: 'ReviewLevel',
  description: 'Level of a good/bad review (好差评).',
  valuesConfig: {
    VERY_SATISFIED: { description: '非常满意 (5).' },
    SATISFIED: { description: '满意 (4).' },
    BASICALLY_SATISFIED: { description: '基本满意 (3).' },
    DISSATISFIED: { description: '不满意 (2); opens a rectification.' },
    VERY_DISSATISFIED: { description: '非常不满意 (1); opens a rectification.' },
  },
});

registerEnumType(ReviewDimension, {
  name: 'ReviewDimension',
  description: 'A rated aspect of the service; ONLINE_ ones for online and mobile cases, IN_PERSON_ ones for window and terminal cases.',
  valuesConfig: {
    ONLINE_GUIDE: { description: 'Clarity of the online guide (办事指南).' },
    ONLINE_APPLICATION: { description: 'Ease of applying online (在线申办).' },
    ONLINE_PROGRESS: { description: 'Visibility of progress (进度查询).' },
    ONLINE_RESULT: { description: 'Delivery of the result (结果送达).' },
    IN_PERSON_ATTITUDE: { description: 'Attitude of the staff (服务态度).' },
    IN_PERSON_EFFICIENCY: { description: 'Speed of handling (办事效率).' },
    IN_PERSON_COMPETENCE: { description: 'Competence of the staff (业务水平).' },
    IN_PERSON_ENVIRONMENT: { description: 'The service environment (服务环境).' },
  },
});

registerEnumType(RectificationState, {
  name: 'RectificationState',
  description: 'Where a rectification after a bad review stands (差评整改).',
  valuesConfig: {
    OPEN: { description: 'The department must rectify by the due date.' },
    RECTIFIED: { description: 'The department reported its measures; the rater is to be called back.' },
    CLOSED: { description: 'The rater was called back and is satisfied (销号).' },
  },
});
