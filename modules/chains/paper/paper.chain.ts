import type { ChainDefinition } from '../../one-category/chain-definition';
import { PAPER_VOLUME_RECORDS } from './paper.volume.sql';

/** The paper chain ("one sheet of paper", 一张纸): pulping → papermaking → converting and packaging. */
export const PAPER_CHAIN: ChainDefinition = {
  code: 'PAPER',
  name: '造纸',
  description: 'Pulp, paper and board, converting and packaging, under discharge permits and energy review.',
  // The industry classes of the chain's enterprises: the first class joins the first node, the others the second.
  industries: [
    { code: 'C2221', name: '机制纸及纸板制造', section: '制造业', demoTrades: ['纸业有限公司'] },
    { code: 'C2231', name: '纸和纸板容器制造', section: '制造业', demoTrades: ['包装材料有限公司'] },
  ],
  nodes: [
    { code: 'PULPING', name: '制浆', description: 'Pulping under discharge and water permits.' },
    { code: 'PAPERMAKING', name: '造纸', description: 'Paper and board machines; energy per tonne.' },
    { code: 'CONVERTING', name: '纸品包装', description: 'Converting and packaging.' },
  ],
  items: [
    {
      code: 'PP-001',
      name: '排污许可证申领',
      department: 'ecology-environment',
      section: 'PROJECT_INVESTMENT',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['排污许可申请表', '自行监测方案'],
    },
    {
      code: 'PP-002',
      name: '取水许可',
      department: 'natural-resources',
      section: 'PROJECT_INVESTMENT',
      statutory: 45,
      committed: 15,
      online: true,
      materials: ['取水许可申请书', '水资源论证报告'],
    },
    {
      code: 'PP-003',
      name: '固定资产投资项目节能审查',
      department: 'development-reform',
      section: 'PROJECT_INVESTMENT',
      statutory: 30,
      committed: 10,
      online: true,
      materials: ['节能报告'],
    },
  ],
  volumeRecords: PAPER_VOLUME_RECORDS,
  demoBundle: {
    name: '造纸产业“一类事”',
    description: 'Discharge, water and energy approvals for pulping and papermaking; the lifecycle matters for converters.',
    nodes: [
      {
        code: 'PULPING',
        after: [],
        matters: [],
        items: ['PP-001', 'PP-002'],
        policies: [],
        contacts: [{ name: '造纸产业链专班', phone: '0570-5011005', role: '专班联络员' }],
      },
      {
        code: 'PAPERMAKING',
        after: ['PULPING'],
        matters: ['UTILITY_CONNECTION'],
        items: ['PP-003'],
        policies: [{ title: '节能技改补助', summary: '吨纸能耗下降给予奖励。' }],
        contacts: [],
      },
      { code: 'CONVERTING', after: ['PAPERMAKING'], matters: ['HIRING'], items: [], policies: [], contacts: [] },
    ],
  },
};
