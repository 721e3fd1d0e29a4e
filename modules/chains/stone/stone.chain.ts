import type { ChainDefinition } from '../../one-category/chain-definition';
import { STONE_VOLUME_RECORDS } from './stone.volume.sql';

/** The stone chain ("one stone", 一块石): extraction → processing → new materials. */
export const STONE_CHAIN: ChainDefinition = {
  code: 'STONE',
  name: '石材',
  description: 'Limestone and decorative stone: licensed mining with ecological restoration, processing and new materials.',
  // The industry classes of the chain's enterprises: the first class joins the first node, the others the second.
  industries: [
    { code: 'B1012', name: '建筑装饰用石开采', section: '采矿业', demoTrades: ['石材开采有限公司'] },
    { code: 'C3032', name: '建筑用石加工', section: '制造业', demoTrades: ['石材有限公司', '新材料科技有限公司'] },
  ],
  nodes: [
    { code: 'EXTRACTION', name: '矿山开采', description: 'Mining licences, safety and ecological restoration.' },
    { code: 'PROCESSING', name: '石材加工', description: 'Cutting and finishing plants.' },
    { code: 'NEW_MATERIALS', name: '新材料', description: 'Calcium carbonate and other new materials.' },
  ],
  items: [
    {
      code: 'ST-001',
      name: '采矿许可证延续',
      department: 'natural-resources',
      section: 'PROJECT_INVESTMENT',
      statutory: 40,
      committed: 20,
      online: true,
      materials: ['延续申请书', '储量核实报告'],
    },
    {
      code: 'ST-002',
      name: '矿山地质环境保护与土地复垦方案备案',
      department: 'natural-resources',
      section: 'PROJECT_INVESTMENT',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['复垦方案'],
    },
    {
      code: 'ST-003',
      name: '非煤矿山安全生产许可',
      department: 'emergency-management',
      section: 'PROJECT_INVESTMENT',
      statutory: 45,
      committed: 20,
      online: false,
      materials: ['安全生产许可申请书', '安全评价报告'],
    },
  ],
  volumeRecords: STONE_VOLUME_RECORDS,
  demoBundle: {
    name: '石材产业“一类事”',
    description: 'Licences, safety and restoration at the mine; processing and new materials downstream.',
    nodes: [
      {
        code: 'EXTRACTION',
        after: [],
        matters: [],
        items: ['ST-001', 'ST-002', 'ST-003'],
        policies: [{ title: '绿色矿山建设奖励', summary: '通过绿色矿山验收给予奖励。' }],
        contacts: [{ name: '石材产业链专班', phone: '0570-5011004', role: '专班联络员' }],
      },
      { code: 'PROCESSING', after: ['EXTRACTION'], matters: ['UTILITY_CONNECTION', 'HIRING'], items: [], policies: [], contacts: [] },
      { code: 'NEW_MATERIALS', after: ['PROCESSING'], matters: ['OPEN_BUSINESS'], items: [], policies: [], contacts: [] },
    ],
  },
};
