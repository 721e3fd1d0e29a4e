/** The 14 channels of the source document (企呼我应: 14 个渠道), built in; an ADMIN adds others. */
export const BUILT_IN_CHANNELS: Array<[code: string, name: string, description: string]> = [
  ['HOTLINE_12345', '12345政务服务热线', 'Calls and messages to the 12345 government service hotline.'],
  ['BUSINESS_HOTLINE_12345_8', '12345-8营商环境专线', 'The 12345-8 business-environment line of the hotline.'],
  ['COUNTY_LEADER', '县领导交办', 'Problems a county leader assigns, e.g. from visits to enterprises.'],
  ['ENTERPRISE_COMMUNITY', '企业社区', 'Enterprise communities and parks collecting their members’ problems.'],
  ['LIAISON_OFFICER', '亲清联络员', 'Liaison officers paired with enterprises (亲清联络员).'],
  ['ONLINE_PLATFORM', '线上平台', 'The online platform, where enterprises submit for themselves.'],
  ['BAD_REVIEW', '差评', 'Bad reviews (好差评 level 2 or below) of one-matter cases, taken in by themselves.'],
  ['SERVICE_WINDOW', '服务窗口', 'Service windows of the enterprise service centre (办不成事窗口).'],
  ['VISIT', '走访', 'Visits of officers to enterprises.'],
  ['LETTER', '来信', 'Letters.'],
  ['PROPOSAL', '人大建议政协提案', 'Deputies’ suggestions and committee members’ proposals.'],
  ['INSPECTION', '督查检查', 'Supervision and inspections.'],
  ['SURVEY', '问卷调查', 'Surveys of enterprises.'],
  ['PARTNER_SYSTEM', '合作系统', 'Partner systems submitting through their API keys.'],
];

/** The channel through which enterprises submit for themselves. */
export const ONLINE_CHANNEL = 'ONLINE_PLATFORM';
/** The channel only the bad-review intake uses. */
export const BAD_REVIEW_CHANNEL = 'BAD_REVIEW';

/** The problem catalogue the dispatcher classifies with (问题分类). */
export const CATEGORIES: Array<[code: string, name: string]> = [
  ['PERMITS', '审批许可'],
  ['LAND', '用地规划'],
  ['FINANCE', '融资信贷'],
  ['TALENT', '人才用工'],
  ['UTILITIES', '水电气网'],
  ['POLICY', '惠企政策'],
  ['LAW_ENFORCEMENT', '执法监管'],
  ['TAX', '税费'],
  ['INFRASTRUCTURE', '基础设施'],
  ['MARKET_ACCESS', '市场准入'],
  ['DISPUTES', '纠纷协调'],
  ['OTHER', '其他'],
];

/** The department that dispatches the pool, added to the catalogue when missing. */
export const DISPATCHER_DEPARTMENT_NAME = '常山县营商环境建设办公室';
