import type { ChainDefinition } from '../../one-category/chain-definition';
import { CHIP_VOLUME_RECORDS } from './chip.volume.sql';

/** The chip chain ("one chip", 一颗芯): R&D → manufacturing → packaging and testing → market. */
export const CHIP_CHAIN: ChainDefinition = {
  code: 'CHIP',
  name: '芯片',
  description: 'Semiconductors such as infrared detector chips (e.g. Juexin Microelectronics), from design to market.',
  // The industry classes of the chain's enterprises: the first class joins the first node, the others the second.
  industries: [
    { code: 'C3972', name: '半导体分立器件制造', section: '制造业', demoTrades: ['半导体科技有限公司'] },
    { code: 'C3973', name: '集成电路制造', section: '制造业', demoTrades: ['微电子科技有限公司', '集成电路有限公司'] },
  ],
  demoEnterprises: [{ name: '浙江珏芯微电子有限公司', industry: 'C3973', capital: '150000000.00', establishedOn: '2021-09-26' }],
  nodes: [
    { code: 'RESEARCH', name: '研发设计', description: 'R&D spending, patents and layout designs.' },
    { code: 'MANUFACTURING', name: '晶圆制造', description: 'Fabrication under environmental permits.' },
    { code: 'PACKAGING_TESTING', name: '封装测试', description: 'Packaging and testing lines.' },
    { code: 'MARKET', name: '市场应用', description: 'Certification and market access.' },
  ],
  items: [
    {
      code: 'CP-001',
      name: '高新技术企业认定申报',
      department: 'economy-information',
      section: 'INTELLECTUAL_PROPERTY',
      statutory: 60,
      committed: 30,
      online: true,
      materials: ['认定申请书', '知识产权证明', '研发费用专项审计报告'],
    },
    {
      code: 'CP-002',
      name: '研发费用加计扣除备案',
      department: 'tax',
      section: 'TAX',
      statutory: 10,
      committed: 3,
      online: true,
      materials: ['研发项目立项文件', '研发费用辅助账'],
    },
    {
      code: 'CP-003',
      name: '排污许可登记',
      department: 'ecology-environment',
      section: 'PROJECT_INVESTMENT',
      statutory: 20,
      committed: 10,
      online: true,
      materials: ['排污许可申请表', '环评批复'],
    },
    {
      code: 'CP-004',
      name: '集成电路布图设计登记辅导',
      department: 'economy-information',
      section: 'INTELLECTUAL_PROPERTY',
      statutory: 15,
      committed: 5,
      online: true,
      materials: ['布图设计图样'],
    },
  ],
  volumeRecords: CHIP_VOLUME_RECORDS,
  demoBundle: {
    name: '芯片产业“一类事”',
    description: 'Funding, R&D deductions, high-tech certification and environmental permits along the chip chain.',
    nodes: [
      {
        code: 'RESEARCH',
        after: [],
        matters: ['HIRING'],
        items: ['CP-002', 'CP-004'],
        policies: [{ title: '“先投后股”研发支持', summary: '县招商基金按研发投入先投后股。' }],
        contacts: [{ name: '芯片产业链专班', phone: '0570-5011003', role: '专班联络员' }],
      },
      { code: 'MANUFACTURING', after: ['RESEARCH'], matters: ['UTILITY_CONNECTION'], items: ['CP-003'], policies: [], contacts: [] },
      { code: 'MARKET', after: ['MANUFACTURING'], matters: ['LISTING_COMPLIANCE_CHECK'], items: ['CP-001'], policies: [], contacts: [] },
    ],
  },
};
