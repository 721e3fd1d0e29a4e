import type { ChainDefinition } from '../../one-category/chain-definition';
import { CAMELLIA_OIL_VOLUME_RECORDS } from './camellia-oil.volume.sql';

/** The camellia oil chain ("one drop of oil", 一滴油): planting → pressing → sales; about 290,000 mu of forest. */
export const CAMELLIA_OIL_CHAIN: ChainDefinition = {
  code: 'CAMELLIA_OIL',
  name: '油茶',
  description: 'Changshan camellia oil: forest planting and low-yield renovation, pressing plants, branded sales.',
  // The industry classes of the chain's enterprises: the first class joins the first node, the others the second.
  industries: [
    { code: 'A0162', name: '含油果种植', section: '农、林、牧、渔业', demoTrades: ['油茶种植专业合作社', '油茶农业发展有限公司'] },
    { code: 'C1331', name: '食用植物油加工', section: '制造业', demoTrades: ['油茶食品有限公司', '山茶油有限公司'] },
  ],
  nodes: [
    { code: 'PLANTING', name: '油茶种植', description: 'Forest plots and the renovation of low-yield forest.' },
    { code: 'PRESSING', name: '压榨加工', description: 'Pressing plants under an edible-oil production licence.' },
    { code: 'SALES', name: '品牌销售', description: 'Quality sampling, traceability and the county brand.' },
  ],
  items: [
    {
      code: 'CO-001',
      name: '低产油茶林改造项目申报',
      department: 'natural-resources',
      section: 'PROJECT_INVESTMENT',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['改造项目申报表', '林地权属证明'],
    },
    {
      code: 'CO-002',
      name: '食用植物油生产许可（SC）',
      department: 'market-regulation',
      section: 'MARKET_ENTRY',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['食品生产许可申请书', '压榨工艺说明'],
    },
    {
      code: 'CO-003',
      name: '山茶油质量抽检与追溯登记',
      department: 'market-regulation',
      section: null,
      statutory: 10,
      committed: 5,
      online: true,
      materials: ['产品批次信息'],
    },
    {
      code: 'CO-004',
      name: '“常山山茶油”区域品牌使用许可',
      department: 'economy-information',
      section: 'INTELLECTUAL_PROPERTY',
      statutory: 15,
      committed: 5,
      online: true,
      materials: ['品牌使用申请书'],
    },
  ],
  volumeRecords: CAMELLIA_OIL_VOLUME_RECORDS,
  demoBundle: {
    name: '油茶产业“一类事”',
    description: 'Renovation projects, pressing licences, quality sampling and the county brand for every link of the oil chain.',
    nodes: [
      {
        code: 'PLANTING',
        after: [],
        matters: ['HIRING'],
        items: ['CO-001'],
        policies: [{ title: '低产林改造补助', summary: '每亩改造给予补助。' }],
        contacts: [{ name: '油茶产业链专班', phone: '0570-5011002', role: '专班联络员' }],
      },
      {
        code: 'PRESSING',
        after: ['PLANTING'],
        matters: ['UTILITY_CONNECTION'],
        items: ['CO-002'],
        policies: [],
        contacts: [{ name: '油茶产业链专班', phone: '0570-5011002', role: '专班联络员' }],
      },
      {
        code: 'SALES',
        after: ['PRESSING'],
        matters: [],
        items: ['CO-003', 'CO-004'],
        policies: [{ title: '区域品牌推广奖励', summary: '使用区域公用品牌给予奖励。' }],
        contacts: [],
      },
    ],
  },
};
