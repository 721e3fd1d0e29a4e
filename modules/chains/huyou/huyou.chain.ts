import type { ChainDefinition } from '../../one-category/chain-definition';
import { HUYOU_VOLUME_RECORDS } from './huyou.volume.sql';

/** The huyou citrus chain ("one fruit", 一只果): planting → deep processing → sales. */
export const HUYOU_CHAIN: ChainDefinition = {
  code: 'HUYOU',
  name: '胡柚',
  description: 'Changshan huyou citrus: scientific planting, deep processing and sales promotion; a provincial showcase bundle.',
  // The industry classes of the chain's enterprises: the first class joins the first node, the others the second.
  industries: [
    { code: 'A0153', name: '柑橘类种植', section: '农、林、牧、渔业', demoTrades: ['胡柚种植专业合作社', '胡柚农业开发有限公司'] },
    { code: 'C1523', name: '果菜汁及果菜汁饮料制造', section: '制造业', demoTrades: ['胡柚饮品有限公司', '果业食品有限公司'] },
  ],
  demoEnterprises: [{ name: '浙江柚香谷投资管理有限公司', industry: 'C1523', capital: '200000000.00', establishedOn: '2013-03-18' }],
  nodes: [
    { code: 'PLANTING', name: '科学种植', description: 'Orchards, certifications and pesticide-residue control.' },
    { code: 'PROCESSING', name: '精深加工', description: 'Juices, dried peel and drinks under a food-production licence.' },
    { code: 'SALES', name: '市场营销', description: 'Traceable batches, trade fairs and e-commerce channels.' },
  ],
  items: [
    {
      code: 'HY-001',
      name: '胡柚新产品研发备案',
      department: 'economy-information',
      section: 'INTELLECTUAL_PROPERTY',
      statutory: 20,
      committed: 5,
      online: true,
      materials: ['研发项目备案表', '产品配方说明'],
    },
    {
      code: 'HY-002',
      name: '农产品质量安全追溯登记',
      department: 'agriculture',
      section: null,
      statutory: 10,
      committed: 3,
      online: true,
      materials: ['基地信息表', '投入品使用记录'],
    },
    {
      code: 'HY-003',
      name: '食品生产许可（SC）',
      department: 'market-regulation',
      section: 'MARKET_ENTRY',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['食品生产许可申请书', '生产工艺流程图', '设备布局图'],
    },
    {
      code: 'HY-004',
      name: '展会与电商平台对接服务',
      department: 'economy-information',
      section: 'LOGISTICS',
      statutory: 10,
      committed: 5,
      online: true,
      materials: ['参展申请表'],
    },
  ],
  volumeRecords: HUYOU_VOLUME_RECORDS,
  demoBundle: {
    name: '胡柚产业“一类事”',
    description: 'From orchard to market: traceability, processing licences, R&D filing and sales support in one place.',
    nodes: [
      {
        code: 'PLANTING',
        after: [],
        matters: ['HIRING'],
        items: ['HY-002'],
        policies: [{ title: '胡柚标准化基地建设补助', summary: '新建标准化基地按亩补助。' }],
        contacts: [{ name: '胡柚产业链专班', phone: '0570-5011001', role: '专班联络员' }],
      },
      {
        code: 'PROCESSING',
        after: ['PLANTING'],
        matters: ['UTILITY_CONNECTION'],
        items: ['HY-003', 'HY-001'],
        policies: [{ title: '农产品精深加工技改补助', summary: '设备投资按比例补助。' }],
        contacts: [{ name: '胡柚产业链专班', phone: '0570-5011001', role: '专班联络员' }],
      },
      {
        code: 'SALES',
        after: ['PROCESSING'],
        matters: [],
        items: ['HY-004'],
        policies: [{ title: '区域公用品牌推广奖励', summary: '使用“常山胡柚”公用品牌参展给予奖励。' }],
        contacts: [{ name: '胡柚产业链专班', phone: '0570-5011001', role: '专班联络员' }],
      },
    ],
  },
};
