import { LifecycleStage } from '../enterprise/lifecycle-stage';

/** Departments and utilities of the county that handle enterprise service items. */
export const DEPARTMENTS: Array<[code: string, name: string]> = [
  ['market-regulation', '常山县市场监督管理局'],
  ['tax', '国家税务总局常山县税务局'],
  ['public-security', '常山县公安局'],
  ['human-resources', '常山县人力资源和社会保障局'],
  ['medical-insurance', '常山县医疗保障局'],
  ['housing-construction', '常山县住房和城乡建设局'],
  ['fire-rescue', '常山县消防救援大队'],
  ['ecology-environment', '衢州市生态环境局常山分局'],
  ['natural-resources', '常山县自然资源和规划局'],
  ['agriculture', '常山县农业农村局'],
  ['economy-information', '常山县经济和信息化局'],
  ['tobacco', '常山县烟草专卖局'],
  ['transport', '常山县交通运输局'],
  ['urban-management', '常山县综合行政执法局'],
  ['development-reform', '常山县发展和改革局'],
  ['emergency-management', '常山县应急管理局'],
  ['court', '常山县人民法院'],
  ['power-supply', '国网浙江常山县供电公司'],
  ['water-supply', '常山县自来水有限公司'],
  ['gas-supply', '常山县天然气有限公司'],
  ['telecom', '中国电信常山分公司'],
];

/** The sections (板块) of the enterprise service centre. */
export const SECTIONS: Array<[code: string, name: string]> = [
  ['TALENT', '人才服务板块'],
  ['LEGAL', '法律服务板块'],
  ['FINANCE', '金融服务板块'],
  ['INTELLECTUAL_PROPERTY', '知识产权服务板块'],
  ['PROJECT_INVESTMENT', '项目投资服务板块'],
  ['MARKET_ENTRY', '市场准入服务板块'],
  ['TAX', '涉税服务板块'],
  ['EMPLOYMENT', '就业社保服务板块'],
  ['LOGISTICS', '物流服务板块'],
  ['POLICY_REDEMPTION', '政策兑现服务板块'],
];

export const WINDOWS: Array<[code: string, name: string, section: string]> = [
  ['W01', '企业开办综合窗口', 'MARKET_ENTRY'],
  ['W02', '食品经营许可窗口', 'MARKET_ENTRY'],
  ['W03', '涉税综合窗口', 'TAX'],
  ['W04', '就业社保窗口', 'EMPLOYMENT'],
  ['W05', '项目审批窗口', 'PROJECT_INVESTMENT'],
  ['W06', '金融服务窗口', 'FINANCE'],
  ['W07', '政策兑现窗口', 'POLICY_REDEMPTION'],
  ['W08', '水电气网联办窗口', 'PROJECT_INVESTMENT'],
];

export interface ItemData {
  code: string;
  name: string;
  department: string;
  section: string | null;
  statutory: number;
  committed: number;
  online: boolean;
  materials: string[];
}

const item = (
  code: string,
  name: string,
  department: string,
  section: string | null,
  statutory: number,
  committed: number,
  online: boolean,
  materials: string[],
): ItemData => ({
  code,
  name,
  department,
  section,
  statutory,
  committed,
  online,
  materials,
});

export const ITEMS: ItemData[] = [
  item('SCJG-001', '企业设立登记', 'market-regulation', 'MARKET_ENTRY', 15, 1, true, [
    '公司登记（备案）申请书',
    '公司章程',
    '股东主体资格证明',
    '住所使用证明',
  ]),
  item('SCJG-002', '食品经营许可', 'market-regulation', 'MARKET_ENTRY', 20, 7, true, [
    '食品经营许可申请书',
    '营业执照',
    '经营场所平面图',
    '食品安全管理制度',
  ]),
  item('SCJG-003', '企业变更登记', 'market-regulation', 'MARKET_ENTRY', 15, 1, true, ['变更登记申请书', '股东会决议', '章程修正案']),
  item('SCJG-004', '经营异常名录移出', 'market-regulation', 'MARKET_ENTRY', 10, 2, true, ['移出申请书', '补报的年度报告或住所证明']),
  item('SCJG-005', '企业注销登记', 'market-regulation', 'MARKET_ENTRY', 20, 3, true, ['注销登记申请书', '清算报告', '清税证明']),
  item('GA-001', '印章刻制备案', 'public-security', 'MARKET_ENTRY', 5, 1, true, ['营业执照', '法定代表人身份证明']),
  item('SW-001', '新办纳税人涉税事项（发票申领）', 'tax', 'TAX', 10, 1, true, ['营业执照', '办税人员身份证明']),
  item('SW-002', '税务登记信息变更', 'tax', 'TAX', 5, 1, true, ['变更后的营业执照', '变更登记表']),
  item('SW-003', '清税申报', 'tax', 'TAX', 20, 3, true, ['清税申报表', '注销决议']),
  item('RS-001', '单位社会保险登记', 'human-resources', 'EMPLOYMENT', 5, 1, true, ['营业执照', '单位银行账户信息']),
  item('RS-002', '社会保险登记变更', 'human-resources', 'EMPLOYMENT', 5, 1, true, ['变更后的营业执照']),
  item('RS-003', '社会保险注销登记', 'human-resources', 'EMPLOYMENT', 5, 1, true, ['注销决议', '欠费结清证明']),
  item('RS-004', '就业登记', 'human-resources', 'EMPLOYMENT', 5, 1, true, ['劳动合同', '员工身份证明']),
  item('RS-005', '职工社会保险参保登记', 'human-resources', 'EMPLOYMENT', 5, 1, true, ['员工身份证明', '参保登记表']),
  item('RS-006', '人事档案转递', 'human-resources', 'TALENT', 10, 5, false, ['档案转递申请', '接收函']),
  item('RS-007', '社会保障卡申领', 'human-resources', 'EMPLOYMENT', 10, 5, true, ['员工身份证明', '近期照片']),
  item('YB-001', '单位医疗保险登记', 'medical-insurance', 'EMPLOYMENT', 5, 1, true, ['营业执照']),
  item('YB-002', '医疗保险登记变更', 'medical-insurance', 'EMPLOYMENT', 5, 1, true, ['变更后的营业执照']),
  item('YB-003', '医疗保险注销登记', 'medical-insurance', 'EMPLOYMENT', 5, 1, true, ['注销决议']),
  item('YB-004', '职工医疗保险参保登记', 'medical-insurance', 'EMPLOYMENT', 5, 1, true, ['员工身份证明']),
  item('ZF-001', '户外招牌设置审核', 'urban-management', 'MARKET_ENTRY', 20, 5, false, ['招牌设计效果图', '场所使用证明']),
  item('XF-001', '公众聚集场所投入使用、营业前消防安全检查', 'fire-rescue', 'MARKET_ENTRY', 10, 5, false, [
    '消防安全检查申报表',
    '场所平面图',
    '消防安全制度',
  ]),
  item('YC-001', '烟草专卖零售许可', 'tobacco', 'MARKET_ENTRY', 20, 10, true, ['烟草专卖零售许可证申请表', '营业执照', '经营场所证明']),
  item('JT-001', '道路货物运输经营许可', 'transport', 'MARKET_ENTRY', 20, 10, true, ['道路货物运输经营申请表', '车辆情况', '驾驶人员从业资格证']),
  item('GD-001', '用电报装', 'power-supply', 'PROJECT_INVESTMENT', 15, 5, true, ['用电申请', '产权证明']),
  item('GS-001', '用水报装', 'water-supply', 'PROJECT_INVESTMENT', 10, 4, true, ['用水申请', '产权证明']),
  item('RQ-001', '用气报装', 'gas-supply', 'PROJECT_INVESTMENT', 10, 4, true, ['用气申请', '产权证明']),
  item('TX-001', '宽带网络报装', 'telecom', 'PROJECT_INVESTMENT', 5, 2, true, ['报装申请']),
  item('ZF-002', '城市道路挖掘许可（管线接入）', 'urban-management', 'PROJECT_INVESTMENT', 10, 3, true, ['挖掘施工方案', '管线接入图']),
  item('XY-001', '行政处罚信息信用修复', 'development-reform', 'LEGAL', 15, 3, true, ['信用修复申请书', '履行行政处罚决定的证明', '信用承诺书']),
  item('XY-002', '专项信用报告（代替有无违法违规证明）', 'development-reform', 'FINANCE', 5, 3, true, ['专项信用报告申请', '授权书']),
  item('PC-001', '破产信息核查（市场主体登记）', 'market-regulation', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-002', '破产信息核查（税务）', 'tax', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-003', '破产信息核查（社会保险）', 'human-resources', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-004', '破产信息核查（医疗保险）', 'medical-insurance', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-005', '破产信息核查（不动产）', 'natural-resources', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-006', '破产信息核查（住房公积金与建设）', 'housing-construction', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
  item('PC-007', '破产信息核查（车辆）', 'public-security', 'LEGAL', 3, 3, true, ['人民法院协助核查函']),
];

export interface MatterData {
  code: string;
  name: string;
  description: string;
  stage: LifecycleStage;
  completionStage: LifecycleStage | null;
  /** Item codes with the item codes each waits for. */
  items: Array<[item: string, waitsFor: string[]]>;
}

/** The enterprise matters of the State Council's first batch that the county runs (国发〔2024〕3号). */
export const MATTERS: MatterData[] = [
  {
    code: 'OPEN_BUSINESS',
    name: '企业开办“一件事”',
    description: 'Business licence, seal, tax, social and medical insurance registration in one application.',
    stage: LifecycleStage.ESTABLISHING,
    completionStage: LifecycleStage.OPERATING,
    items: [
      ['SCJG-001', []],
      ['GA-001', ['SCJG-001']],
      ['SW-001', ['SCJG-001']],
      ['RS-001', ['SCJG-001']],
      ['YB-001', ['SCJG-001']],
    ],
  },
  {
    code: 'OPEN_RESTAURANT',
    name: '开办餐饮店“一件事”',
    description: 'Licence check and food-business licence, outdoor sign, fire inspection before opening and tobacco retail licence.',
    stage: LifecycleStage.ESTABLISHING,
    completionStage: LifecycleStage.OPERATING,
    items: [
      ['SCJG-002', []],
      ['ZF-001', []],
      ['XF-001', []],
      ['YC-001', ['SCJG-002']],
    ],
  },
  {
    code: 'OPEN_TRANSPORT_COMPANY',
    name: '开办运输企业“一件事”',
    description: 'Business licence, seal and road freight operating permit.',
    stage: LifecycleStage.ESTABLISHING,
    completionStage: LifecycleStage.OPERATING,
    items: [
      ['SCJG-001', []],
      ['GA-001', ['SCJG-001']],
      ['JT-001', ['SCJG-001']],
    ],
  },
  {
    code: 'INFORMATION_CHANGE',
    name: '企业信息变更“一件事”',
    description: 'A change registered once and passed on to tax, social and medical insurance.',
    stage: LifecycleStage.CHANGING,
    completionStage: LifecycleStage.OPERATING,
    items: [
      ['SCJG-003', []],
      ['SW-002', ['SCJG-003']],
      ['RS-002', ['SCJG-003']],
      ['YB-002', ['SCJG-003']],
    ],
  },
  {
    code: 'UTILITY_CONNECTION',
    name: '水电气网联合报装“一件事”',
    description: 'Power, water, gas and broadband connection with the road-digging permit, in parallel.',
    stage: LifecycleStage.OPERATING,
    completionStage: null,
    items: [
      ['GD-001', []],
      ['GS-001', []],
      ['RQ-001', []],
      ['TX-001', []],
      ['ZF-002', []],
    ],
  },
  {
    code: 'CREDIT_REPAIR',
    name: '信用修复“一件事”',
    description: 'Repair of administrative-penalty publicity and removal from the abnormal-operations list, fully online.',
    stage: LifecycleStage.OPERATING,
    completionStage: null,
    items: [
      ['XY-001', []],
      ['SCJG-004', []],
    ],
  },
  {
    code: 'LISTING_COMPLIANCE_CHECK',
    name: '企业上市合法合规信息核查“一件事”',
    description: 'A special credit report replaces the certificates of each department.',
    stage: LifecycleStage.OPERATING,
    completionStage: null,
    items: [['XY-002', []]],
  },
  {
    code: 'BANKRUPTCY_INFORMATION_CHECK',
    name: '企业破产信息核查“一件事”',
    description: 'Seven departments answer the administrator’s check within 3 working days.',
    stage: LifecycleStage.BANKRUPTCY_REORGANIZATION,
    completionStage: null,
    items: [
      ['PC-001', []],
      ['PC-002', []],
      ['PC-003', []],
      ['PC-004', []],
      ['PC-005', []],
      ['PC-006', []],
      ['PC-007', []],
    ],
  },
  {
    code: 'DEREGISTRATION',
    name: '企业注销“一件事”',
    description: 'Tax clearance and insurance deregistration, then deregistration of the entity.',
    stage: LifecycleStage.DEREGISTERING,
    completionStage: LifecycleStage.DEREGISTERED,
    items: [
      ['SW-003', []],
      ['RS-003', []],
      ['YB-003', []],
      ['SCJG-005', ['SW-003', 'RS-003', 'YB-003']],
    ],
  },
  {
    code: 'HIRING',
    name: '员工录用“一件事”',
    description: 'Employment registration, social insurance, archive transfer, social-security card and medical insurance.',
    stage: LifecycleStage.OPERATING,
    completionStage: null,
    items: [
      ['RS-004', []],
      ['RS-005', []],
      ['RS-006', []],
      ['RS-007', ['RS-005']],
      ['YB-004', []],
    ],
  },
];
