import { registerEnumType } from 'type-graphql';

export enum LifecycleStage {
  ESTABLISHING = 'ESTABLISHING',
  OPERATING = 'OPERATING',
  CHANGING = 'CHANGING',
  DEREGISTERING = 'DEREGISTERING',
  DEREGISTERED = 'DEREGISTERED',
  BANKRUPTCY_REORGANIZATION = 'BANKRUPTCY_REORGANIZATION',
}

registerEnumType(LifecycleStage, {
  name: 'LifecycleStage',
  description: 'Where an enterprise stands in its life (企业全生命周期阶段).',
  valuesConfig: {
    ESTABLISHING: { description: 'Being set up (开办).' },
    OPERATING: { description: 'Operating (经营).' },
    CHANGING: { description: 'Registering a change (变更).' },
    DEREGISTERING: { description: 'Winding up, deregistration under way (注销中).' },
    DEREGISTERED: { description: 'Deregistered (已注销).' },
    BANKRUPTCY_REORGANIZATION: { description: 'In bankruptcy or reorganization (破产重整).' },
  },
});
