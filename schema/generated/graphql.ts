/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An abnormal-operations list entry. */
export type AbnormalListEntryRecordInput = {
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** When it was listed; not in the future. */
  listedOn: string;
  /** Why. */
  reason: AbnormalListReason;
};

/** Removes an enterprise from the abnormal-operations list once the cause is cured. */
export type AbnormalListEntryRemoveInput = {
  /** How the cause was cured. */
  cause: string;
  /** Global id of the entry. */
  id: string | number;
  /** When it was removed; not before the listing nor in the future. */
  removedOn: string;
};

/** Why an enterprise was put on the abnormal-operations list (经营异常名录). */
export type AbnormalListReason =
  /** Information disclosed falsely. */
  | 'FALSE_DISCLOSURE'
  /** The annual report was not filed. */
  | 'MISSING_ANNUAL_REPORT'
  /** Not reachable at the registered address. */
  | 'UNREACHABLE_AT_ADDRESS';

/** How a year’s annual report was filed. */
export type AnnualReportFilingRecordInput = {
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Filing date; required unless MISSING. */
  filedOn?: string | null | undefined;
  /** Status. */
  status: AnnualReportStatus;
  /** The reported year. */
  year: number;
};

/** How an annual report was filed (年报). */
export type AnnualReportStatus =
  /** Late. */
  | 'LATE'
  /** Not filed. */
  | 'MISSING'
  /** On time. */
  | 'ON_TIME';

/** A new API key for a partner system. */
export type ApiKeyCreateInput = {
  /** Which partner and system the key is for, e.g. "Changshan Rural Bank loan portal". */
  name: string;
  /** Role of calls made with the key: PARTNER (default) or ANALYST. */
  role?: Role;
};

/** Which API key to revoke. */
export type ApiKeyRevokeInput = {
  /** Global id of the key. */
  id: string | number;
};

/** The dispatcher classifies an appeal and assigns it (一口子流转交办). */
export type AppealAssignInput = {
  /** Codes of the problem categories (see appealCategories), at least one. */
  categoryCodes: Array<string>;
  /** Codes of co-handling departments (协办单位), none by default. */
  coDepartmentCodes?: Array<string> | null | undefined;
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** The grade, which sets the working days (1, 3, 5 by default). */
  grade: AppealGrade;
  /** Global id of the appeal. */
  id: string | number;
  /** The layer that handles it. */
  layer: AppealLayer;
  /** Code of the lead department (牵头单位). */
  leadDepartmentCode: string;
};

/** What the appeal indicators are broken down by. */
export type AppealBreakdown =
  /** Each category code (UNCLASSIFIED before classification); an appeal of two categories counts in both. */
  | 'CATEGORY'
  /** The channel code an appeal came through. */
  | 'CHANNEL'
  /** The lead department’s code (UNASSIGNED before assignment). */
  | 'DEPARTMENT'
  /** The layer handling it (UNASSIGNED before assignment). */
  | 'LAYER';

/** An ADMIN adds a channel to the pool. */
export type AppealChannelAddInput = {
  /** Stable code: capitals, digits and underscores, e.g. CITY_PORTAL. */
  code: string;
  /** What arrives through it. */
  description: string;
  /** Name, e.g. 市民卡APP. */
  name: string;
  /** Global id of the API key of the channel’s system, which then submits with its own references. */
  partnerKeyId?: string | number | null | undefined;
};

/** The dispatcher approves or refuses an extension request. */
export type AppealExtensionDecideInput = {
  /** Approve (the deadline moves) or refuse. */
  approve: boolean;
  /** Global id of the extension request. */
  extensionId: string | number;
  /** What the dispatcher says; required for a refusal. */
  note?: string | null | undefined;
};

/** The lead department asks for more working days, before the deadline. */
export type AppealExtensionRequestInput = {
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
  /** Why they are needed. */
  reason: string;
  /** Working days to add to the deadline, 1 to 30. */
  workingDays: number;
};

/** Where an extension request stands. */
export type AppealExtensionState =
  /** Approved: the deadline moved. */
  | 'APPROVED'
  /** Waiting for the dispatcher. */
  | 'PENDING'
  /** Refused: the deadline stands. */
  | 'REFUSED';

/** Conditions on appeals; all given ones must hold. */
export type AppealFilter = {
  /** Classified with this category code. */
  categoryCode?: string | null | undefined;
  /** Any of these channel codes. */
  channelCodes?: Array<string> | null | undefined;
  /** Assigned to this department, as lead or co-handler. */
  departmentCode?: string | null | undefined;
  /** Handled at this layer. */
  layer?: AppealLayer | null | undefined;
  /** Past the deadline without a reply (true), or not (false). */
  overdue?: boolean | null | undefined;
  /** Any of these states. */
  states?: Array<AppealState> | null | undefined;
};

/** The call back to the enterprise after the reply (回访). */
export type AppealFollowUpInput = {
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
  /** What the enterprise said. */
  note?: string | null | undefined;
  /** The enterprise’s satisfaction. */
  satisfaction: AppealSatisfaction;
  /** Whether the enterprise says the problem is solved. */
  solved: boolean;
};

/** How hard the problem is (分级); each grade has its time limit in working days ("135" 时限). */
export type AppealGrade =
  /** Complex (复杂): APPEAL_DAYS_COMPLEX working days, 5 by default. */
  | 'COMPLEX'
  /** General (一般): APPEAL_DAYS_GENERAL working days, 3 by default. */
  | 'GENERAL'
  /** Simple (简单): APPEAL_DAYS_SIMPLE working days, 1 by default. */
  | 'SIMPLE';

/** The layer that handles an appeal (层级); escalation (提级) moves it up. */
export type AppealLayer =
  /** The city (市级); the top layer. */
  | 'CITY'
  /** The county (县级). */
  | 'COUNTY'
  /** A township or subdistrict (乡镇、街道). */
  | 'TOWNSHIP';

/** The dispatcher merges duplicates into one appeal, which answers them all. */
export type AppealMergeInput = {
  /** Global ids of the duplicates, not yet replied to. */
  duplicateIds: Array<string | number>;
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
};

/** What an officer is told about an appeal. */
export type AppealNotificationKind =
  /** Assigned to the department, as lead or co-handler. */
  | 'ASSIGNED'
  /** Its deadline is within APPEAL_DEADLINE_WARNING_WORKING_DAYS working days. */
  | 'DEADLINE_APPROACHING'
  /** It moved up a layer. */
  | 'ESCALATED'
  /** A lead department asks for more time (to the dispatcher). */
  | 'EXTENSION_REQUESTED'
  /** The follow-up reopened it to the department. */
  | 'REOPENED'
  /** A department returned it to the pool (to the dispatcher). */
  | 'RETURNED';

/** The enterprise’s satisfaction at the follow-up (满意度). */
export type AppealSatisfaction =
  /** Basically satisfied (基本满意). */
  | 'BASICALLY_SATISFIED'
  /** Dissatisfied (不满意): the appeal is reopened. */
  | 'DISSATISFIED'
  /** Satisfied (满意). */
  | 'SATISFIED';

/** Where an appeal stands in the closed loop (企呼我应闭环). */
export type AppealState =
  /** Assigned to a lead department, which has not taken it up yet (交办). */
  | 'ASSIGNED'
  /** Closed and struck off the list (办结销号). */
  | 'CLOSED'
  /** The enterprise was called back, satisfied and with its problem solved (回访). */
  | 'FOLLOWED_UP'
  /** The lead department works on it, with any co-handling departments (办理). */
  | 'HANDLING'
  /** A duplicate merged into another appeal, which answers it (合并). */
  | 'MERGED'
  /** In the pool, waiting for the dispatcher to classify and assign it (受理). */
  | 'RECEIVED'
  /** The lead department replied with its measures; the follow-up is due (答复). */
  | 'REPLIED';

/** A step in an appeal’s history (流转记录). */
export type AppealStep =
  /** Taken up by the lead department (签收). */
  | 'ACCEPTED'
  /** Classified and assigned to a lead department (and any co-handlers). */
  | 'ASSIGNED'
  /** Closed and struck off (办结销号). */
  | 'CLOSED'
  /** Moved up a layer, with the rule that fired (提级). */
  | 'ESCALATED'
  /** The dispatcher approved the extension; the deadline moved. */
  | 'EXTENSION_APPROVED'
  /** The dispatcher refused the extension. */
  | 'EXTENSION_REFUSED'
  /** The lead department asked for more working days (申请延期). */
  | 'EXTENSION_REQUESTED'
  /** The enterprise was called back (回访). */
  | 'FOLLOWED_UP'
  /** A duplicate was merged into this appeal, or this one into another. */
  | 'MERGED'
  /** A co-handling department added its part (协办意见). */
  | 'PART_ADDED'
  /** Received in the pool from its channel. */
  | 'RECEIVED'
  /** Reopened to the same department after a dissatisfied or unsolved follow-up (重办). */
  | 'REOPENED'
  /** The lead department replied with its measures (答复). */
  | 'REPLIED'
  /** Returned by the department as wrongly assigned, with its reason (退回). */
  | 'RETURNED'
  /** Written up and published as a typical case (典型案例). */
  | 'TYPICAL_CASE_PUBLISHED';

/** Never emitted: step inputs inherit its fields. */
export type AppealStepInput = {
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
};

/** An enterprise problem for the pool. */
export type AppealSubmitInput = {
  /** Code of the channel (see appealChannels); required of officers. Enterprises submit through ONLINE_PLATFORM, channel systems through their key’s channel. */
  channelCode?: string | null | undefined;
  /** The channel’s own reference number, required of channel systems: a resubmission with the same one returns the first appeal. */
  channelReference?: string | null | undefined;
  /** Who to call back (personal data). */
  contactName?: string | null | undefined;
  /** Their phone number (personal data): digits, spaces, + and -. */
  contactPhone?: string | null | undefined;
  /** The problem as the enterprise puts it. */
  description: string;
  /** Global id of the enterprise concerned; an ENTERPRISE caller submits for itself and may leave it out. Give this or enterpriseUscc. */
  enterpriseId?: string | number | null | undefined;
  /** The enterprise’s unified social credit code, as channel systems know it. Give this or enterpriseId. */
  enterpriseUscc?: string | null | undefined;
  /** The problem in a line. */
  title: string;
};

/** A step that needs a reason or a text. */
export type AppealTextStepInput = {
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
  /** The reason, reply or part, as the step asks. */
  text: string;
};

/** Narrows the audit log; all given conditions must hold. */
export type AuditEntryFilter = {
  /** Only calls by this subject. */
  actorSubject?: string | null | undefined;
  /** Only calls at or after this instant. */
  from?: string | null | undefined;
  /** Only calls of this mutation, e.g. enterpriseRegister. */
  operation?: string | null | undefined;
  /** Only calls with this outcome. */
  outcome?: AuditOutcome | null | undefined;
  /** Only calls that named or returned this global id. */
  targetId?: string | null | undefined;
  /** Only calls before this instant. */
  to?: string | null | undefined;
};

/** How a mutation ended. */
export type AuditOutcome =
  /** Refused for lack of authentication or permission. */
  | 'DENIED'
  /** Ended with an internal or request error; nothing was written. */
  | 'FAILED'
  /** Refused with userErrors; nothing was written. */
  | 'REJECTED'
  /** Applied. */
  | 'SUCCEEDED';

/** An application for a chain bundle at a node. */
export type BundleApplyInput = {
  /** The chain. */
  chain: ChainCode;
  /** How the cases are submitted. */
  channel: Channel;
  /** Global id of the applying enterprise. */
  enterpriseId: string | number;
  /** Client-chosen key; a retry with the same key returns the same application. */
  idempotencyKey: string;
  /** The chain node, which the enterprise must have joined. */
  node: string;
  /** Window code, for the WINDOW channel. */
  windowCode?: string | null | undefined;
};

/** A desk contact for a chain node. */
export type BundleContactInput = {
  /** Name. */
  name: string;
  /** Phone number. */
  phone: string;
  /** Role, e.g. 产业链专班联络员. */
  role: string;
};

/** The edited draft of a chain bundle. */
export type BundleDraftSaveInput = {
  /** The chain; a DESK may edit its own chains only. */
  chain: ChainCode;
  /** What the bundle offers. */
  description: string;
  /** The revision last read (0 before the first save); refused when no longer current. */
  expectedRevision?: number | null | undefined;
  /** Name of the bundle. */
  name: string;
  /** The chain nodes with what is stacked on them, each node once; at most 20. */
  nodes: Array<BundleNodeInput>;
};

/** A chain node of a bundle draft. */
export type BundleNodeInput = {
  /** Codes of the nodes that come before this one, each once; at most 20. */
  after?: Array<string>;
  /** Code of one of the chain’s nodes. */
  code: string;
  /** Desk contacts for the node, each name and phone once; at most 10. */
  contacts?: Array<BundleContactInput>;
  /** Codes of standalone service items to stack, each once; at most 50. */
  items?: Array<string>;
  /** Codes of lifecycle matters to stack, each once; at most 30. */
  matters?: Array<string>;
  /** Policies that apply at the node, each title once; at most 20. */
  policies?: Array<BundlePolicyInput>;
};

/** A policy that applies at a chain node. */
export type BundlePolicyInput = {
  /** Code of a published policy to point at (see policies), when it is one. */
  policyCode?: string | null | undefined;
  /** What it offers, in a sentence. */
  summary: string;
  /** Title of the policy. */
  title: string;
};

/** Which chain’s draft to publish. */
export type BundlePublishInput = {
  /** The chain. */
  chain: ChainCode;
};

/** A whole year of the working-day calendar; replaces what the year had. */
export type CalendarYearSetInput = {
  /** Inclusive ranges of days off within the year. */
  offRanges: Array<DateRangeInput>;
  /** Where the data comes from, e.g. the State Council notice number. */
  source: string;
  /** Weekend days of the year that are working days. */
  workDays: Array<string>;
  /** The year, 2000 to 2100. */
  year: number;
};

/** Where a year of the working-day calendar comes from. */
export type CalendarYearStatus =
  /** Published by the State Council (国务院办公厅放假安排通知). */
  | 'OFFICIAL'
  /** Derived from the national holiday regulations (全国年节及纪念日放假办法) until the notice is published: statutory days and their 补假, no make-up working days. Deadlines counted over it are marked and corrected when the official year is loaded. */
  | 'PROVISIONAL';

/** Narrows a list of cases; all given conditions must hold. */
export type CaseFilter = {
  /** Only cases submitted through one of these channels. */
  channels?: Array<Channel> | null | undefined;
  /** Only cases with a task of this department code. */
  departmentCode?: string | null | undefined;
  /** Only cases of this enterprise. */
  enterpriseId?: string | number | null | undefined;
  /** Only cases of this matter code. */
  matterCode?: string | null | undefined;
  /** Only overdue (true) or only not overdue (false) cases. */
  overdue?: boolean | null | undefined;
  /** Only cases in one of these states. */
  states?: Array<CaseState> | null | undefined;
  /** Only cases submitted on or after this day. */
  submittedFrom?: string | null | undefined;
  /** Only cases submitted on or before this day. */
  submittedTo?: string | null | undefined;
};

/** Where a case stands (办件状态). */
export type CaseState =
  /** All tasks completed (办结). */
  | 'COMPLETED'
  /** Departments are handling its tasks. */
  | 'IN_PROGRESS'
  /** A department refused a task (不予受理/不予许可). */
  | 'REJECTED'
  /** Submitted; no department has accepted a task yet. */
  | 'SUBMITTED'
  /** Waiting for the applicant to supplement materials; the clock stands still. */
  | 'SUSPENDED'
  /** Withdrawn by the applicant (撤回). */
  | 'WITHDRAWN';

/** An application for a one-matter bundle. */
export type CaseSubmitInput = {
  /** How the case is submitted; WINDOW is for officers at a window. */
  channel: Channel;
  /** Global id of the applying enterprise; an ENTERPRISE caller may apply only for itself. */
  enterpriseId: string | number;
  /** Client-chosen key; retrying a submission with the same key returns the same case. */
  idempotencyKey: string;
  /** Code of the matter, e.g. OPEN_RESTAURANT. */
  matterCode: string;
  /** Code of the window, required for the WINDOW channel. */
  windowCode?: string | null | undefined;
};

/** Withdraws a case that has not ended. */
export type CaseWithdrawInput = {
  /** Global id of the case. */
  id: string | number;
};

/** What cases reports can be grouped by. */
export type CasesDimension =
  /** Each chain the enterprise is a member of, null for none; an enterprise in two chains counts once under each, in every measure of the report (企业所在产业链) */
  | 'CHAIN'
  /** Channel it was submitted through (申报渠道) */
  | 'CHANNEL'
  /** Its due day, by day (YYYY-MM-DD) (承诺办结日（按日）) */
  | 'DUE_DAY'
  /** Its due day, by month (YYYY-MM) (承诺办结日（按月）) */
  | 'DUE_MONTH'
  /** Its due day, by quarter (YYYY-Qn) (承诺办结日（按季度）) */
  | 'DUE_QUARTER'
  /** Its due day, by ISO week (YYYY-Www) (承诺办结日（按周）) */
  | 'DUE_WEEK'
  /** Its due day, by year (YYYY) (承诺办结日（按年）) */
  | 'DUE_YEAR'
  /** When it was finished, by day (YYYY-MM-DD) (办结时间（按日）) */
  | 'FINISHED_DAY'
  /** When it was finished, by month (YYYY-MM) (办结时间（按月）) */
  | 'FINISHED_MONTH'
  /** When it was finished, by quarter (YYYY-Qn) (办结时间（按季度）) */
  | 'FINISHED_QUARTER'
  /** When it was finished, by ISO week (YYYY-Www) (办结时间（按周）) */
  | 'FINISHED_WEEK'
  /** When it was finished, by year (YYYY) (办结时间（按年）) */
  | 'FINISHED_YEAR'
  /** Industry division of the enterprise (GB/T 4754, e.g. C39) (国民经济行业大类) */
  | 'INDUSTRY_DIVISION'
  /** Industry section of the enterprise (GB/T 4754 letter) (国民经济行业门类) */
  | 'INDUSTRY_SECTION'
  /** Lifecycle stage of the matter (生命周期阶段) */
  | 'LIFECYCLE_STAGE'
  /** Matter code (事项) */
  | 'MATTER'
  /** Region code of the enterprise (所属区域) */
  | 'REGION'
  /** State of the case (办件状态) */
  | 'STATE'
  /** When it was submitted, by day (YYYY-MM-DD) (申报时间（按日）) */
  | 'SUBMITTED_DAY'
  /** When it was submitted, by month (YYYY-MM) (申报时间（按月）) */
  | 'SUBMITTED_MONTH'
  /** When it was submitted, by quarter (YYYY-Qn) (申报时间（按季度）) */
  | 'SUBMITTED_QUARTER'
  /** When it was submitted, by ISO week (YYYY-Www) (申报时间（按周）) */
  | 'SUBMITTED_WEEK'
  /** When it was submitted, by year (YYYY) (申报时间（按年）) */
  | 'SUBMITTED_YEAR';

/** Keeps the cases rows with given values of a dimension. */
export type CasesDimensionFilter = {
  /** The dimension. */
  dimension: CasesDimension;
  /** Rows whose value of the dimension is one of these are kept. */
  values: Array<string>;
};

/** What cases reports can measure. */
export type CasesMeasure =
  /** Finished cases reviewed unprompted ÷ finished cases (主动评价率) */
  | 'ACTIVE_REVIEW_RATE'
  /** Average working days from submission to completion (平均办理工作日) */
  | 'AVERAGE_HANDLING_WORKING_DAYS'
  /** Cases completed (办结量) */
  | 'COMPLETED'
  /** Cases (办件量) */
  | 'COUNT'
  /** Distinct enterprises (企业数) */
  | 'ENTERPRISES'
  /** Online rate: submitted online or on mobile ÷ all (网办率) */
  | 'ONLINE_RATE'
  /** On-time completion rate: completed without overdue ÷ completed (按时办结率) */
  | 'ON_TIME_RATE';

/** Which cases rows a report covers. */
export type CasesReportFilter = {
  /** First day of the period (Asia/Shanghai), included. */
  from?: string | null | undefined;
  /** The moment the period applies to; SUBMITTED when omitted. */
  time?: CasesTime | null | undefined;
  /** Last day of the period, included. */
  to?: string | null | undefined;
  /** Values to keep, per dimension; all must hold. */
  where?: Array<CasesDimensionFilter> | null | undefined;
};

/** An order of a cases report's rows; exactly one of dimension and measure. */
export type CasesReportOrder = {
  /** Sort by this dimension (one of those asked for)… */
  dimension?: CasesDimension | null | undefined;
  /** The direction. */
  direction?: OrderDirection;
  /** …or by this measure (one of those asked for; not with rollup). */
  measure?: CasesMeasure | null | undefined;
};

/** Which moment of a row a cases report's period filters on. */
export type CasesTime =
  /** Its due day (承诺办结日) */
  | 'DUE'
  /** When it was finished (办结时间) */
  | 'FINISHED'
  /** When it was submitted (申报时间) */
  | 'SUBMITTED';

/** An industry chain with a "one category" bundle (产业链), as enabled in this instance. */
export type ChainCode =
  /** 油茶: Changshan camellia oil: forest planting and low-yield renovation, pressing plants, branded sales. */
  | 'CAMELLIA_OIL'
  /** 芯片: Semiconductors such as infrared detector chips (e.g. Juexin Microelectronics), from design to market. */
  | 'CHIP'
  /** 胡柚: Changshan huyou citrus: scientific planting, deep processing and sales promotion; a provincial showcase bundle. */
  | 'HUYOU'
  /** 造纸: Pulp, paper and board, converting and packaging, under discharge permits and energy review. */
  | 'PAPER'
  /** 石材: Limestone and decorative stone: licensed mining with ecological restoration, processing and new materials. */
  | 'STONE';

/** An enterprise at a chain node. */
export type ChainMembershipInput = {
  /** The chain. */
  chain: ChainCode;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Code of the chain node. */
  node: string;
};

/** How a case was submitted (受理渠道). */
export type Channel =
  /** On a mobile app (掌上办). */
  | 'MOBILE'
  /** Online, "one network for all" (一网通办). */
  | 'ONLINE'
  /** At a self-service terminal (自助终端). */
  | 'SELF_SERVICE'
  /** At a window of the service centre (窗口). */
  | 'WINDOW';

/** A year’s R&D spending. */
export type ChipRdSpendingRecordInput = {
  /** R&D spending in yuan. */
  amount: string;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Revenue in yuan, above zero. */
  revenue: string;
  /** The year, not after the current one. */
  year: number;
};

/** An authorization for a partner to read the detailed credit report. */
export type CreditAuthorizationGrantInput = {
  /** Global id of the authorizing enterprise (the caller itself). */
  enterpriseId: string | number;
  /** Global id of the partner’s API key. */
  partnerKeyId: string | number;
  /** What the partner may use the report for. */
  purpose: string;
  /** First valid day; today when omitted. */
  validFrom?: string | null | undefined;
  /** Last valid day, at most a year on. */
  validUntil: string;
};

/** Which authorization to revoke. */
export type CreditAuthorizationRevokeInput = {
  /** Global id of the authorization. */
  id: string | number;
};

/** Grade of a credit score (信用等级, DB33/T 1331-2023). */
export type CreditGrade =
  /** Excellent (优秀). */
  | 'EXCELLENT'
  /** Fair (中等). */
  | 'FAIR'
  /** Good (良好). */
  | 'GOOD'
  /** Poor (较差). */
  | 'POOR';

/** A credit loan, recorded by the lending partner. */
export type CreditLoanRecordInput = {
  /** Amount in yuan. */
  amount: string;
  /** Global id of the borrowing enterprise. */
  enterpriseId: string | number;
  /** Outcome. */
  outcome: LoanOutcome;
  /** Rate band. */
  rateBand: RateBand;
  /** Term in months, 1 to 360. */
  termMonths: number;
};

/** How a credit+ rule compares its indicator with the threshold. */
export type CreditPlusOperator =
  /** The indicator is at least the threshold. */
  | 'AT_LEAST'
  /** The indicator is below the threshold. */
  | 'BELOW'
  /** The indicator equals the threshold. */
  | 'EQUALS';

/** A credit+ rule as the desk writes it. */
export type CreditPlusRuleInput = {
  /** Upper-case code, unique in the set. */
  code: string;
  /** What it rewards or penalises. */
  description: string;
  /** Code of one of the plugin’s indicators. */
  indicator: string;
  /** How the indicator is compared with the threshold. */
  operator: CreditPlusOperator;
  /** Points when the rule holds, from -500 to 500. */
  points: number;
  /** The threshold. */
  threshold: number;
};

/** The edited draft of a chain’s credit+ rules. */
export type CreditPlusRulesDraftSaveInput = {
  /** The chain; a DESK may edit its own chains only. */
  chain: ChainCode;
  /** The whole rule set. */
  rules: Array<CreditPlusRuleInput>;
};

/** Which chain’s credit+ draft to publish. */
export type CreditPlusRulesPublishInput = {
  /** The chain. */
  chain: ChainCode;
};

/** A kind of credit record, as the import names it; its CSV columns are the fields of its record mutation. */
export type CreditRecordKind =
  | 'ABNORMAL_LIST'
  | 'ANNUAL_REPORT'
  | 'COMMITMENT'
  | 'HONOUR'
  | 'JUDGMENT_DEFAULTER'
  | 'LICENSING'
  | 'PENALTY'
  | 'SERIOUS_VIOLATION'
  | 'TAX_CREDIT';

/** A CSV file of credit records of one kind. */
export type CreditRecordsImportInput = {
  /** The CSV text, with a header line: uscc, then the fields of the kind’s record mutation. UTF-8, with or without a byte order mark (as Excel saves it); blank lines are skipped; a quoted value may span lines. */
  csv: string;
  /** Kind of the records. */
  kind: CreditRecordKind;
};

/** An application to repair one record. */
export type CreditRepairApplyInput = {
  /** Global id of the abnormal-list entry to leave. */
  abnormalListEntryId?: string | number | null | undefined;
  /** Global id of the penalty whose publicity should end early. */
  penaltyId?: string | number | null | undefined;
  /** How the cause was cured, and the enterprise’s commitment. */
  statement: string;
};

/** The department’s decision on a repair. */
export type CreditRepairDecideInput = {
  /** Approve (true) or reject (false). */
  approve: boolean;
  /** Global id of the repair. */
  id: string | number;
  /** Why it is rejected; required then. */
  reason?: string | null | undefined;
};

/** An inclusive range of local dates. */
export type DateRangeInput = {
  /** First day (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string;
};

/** Conditions on deadline corrections. */
export type DeadlineCorrectionFilter = {
  /** Only the corrections made when this calendar year was replaced. */
  calendarYear?: number | null | undefined;
  /** Only the corrections of this kind of deadline, e.g. one-matter.task.dueOn. */
  kind?: string | null | undefined;
  /** Only the corrections of this object (its global id). */
  subjectId?: string | number | null | undefined;
};

/** The publication of a licensing or penalty decision. */
export type DecisionPublishInput = {
  /** Global id of the LicensingDecision or AdministrativePenalty. */
  id: string | number;
  /** Day of publication: not before the decision, not in the future. */
  publishedOn: string;
};

/** A new department. */
export type DepartmentCreateInput = {
  /** Stable code: lower-case letters, digits and hyphens, e.g. market-regulation. */
  code: string;
  /** Name. */
  name: string;
};

/** Renames a department; its code stays, since tokens and tasks refer to it. */
export type DepartmentUpdateInput = {
  /** Global id of the department. */
  id: string | number;
  /** New name. */
  name: string;
};

/** The rating of one dimension. */
export type DimensionRatingInput = {
  /** The dimension; it must suit the case’s channel. */
  dimension: ReviewDimension;
  /** Score from 1 to 5. */
  score: number;
};

/** Narrows a list of enterprises; all given conditions must hold. */
export type EnterpriseFilter = {
  /** Record created at or after this instant. */
  createdFrom?: string | null | undefined;
  /** Record created before this instant. */
  createdTo?: string | null | undefined;
  /** Industry code or a prefix of it: a section (C), division (C39), group (C397) or class (C3973). */
  industryCode?: string | null | undefined;
  /** Lifecycle stage is one of these. */
  lifecycleStages?: Array<LifecycleStage> | null | undefined;
  /** Name contains this text (case-insensitive). */
  nameContains?: string | null | undefined;
  /** Six-digit division code of the region, e.g. 330822. */
  regionCode?: string | null | undefined;
};

/** Sort order of enterprises. */
export type EnterpriseOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to sort by. */
  field: EnterpriseOrderField;
};

/** What enterprises can be sorted by; ties are broken by id. */
export type EnterpriseOrderField =
  /** When the record was created. */
  | 'CREATED_AT'
  /** Date of establishment. */
  | 'ESTABLISHED_ON'
  /** Registered name. */
  | 'NAME'
  /** Registered capital. */
  | 'REGISTERED_CAPITAL';

/** A new enterprise for the registry. */
export type EnterpriseRegisterInput = {
  /** Date of establishment; not in the future. */
  establishedOn: string;
  /** Industry class code (GB/T 4754-2017), e.g. C3973. */
  industryCode: string;
  /** Legal representative (法定代表人). */
  legalRepresentative: string;
  /** Lifecycle stage; defaults to OPERATING. */
  lifecycleStage?: LifecycleStage;
  /** Registered name. */
  name: string;
  /** Division code of the region; defaults to Changshan county (330822). */
  regionCode?: string;
  /** Registered capital in yuan; not negative. */
  registeredCapital: string;
  /** Unified social credit code: 18 upper-case characters with a valid check character. */
  uscc: string;
};

/** Changes to an enterprise; omitted fields stay as they are. The credit code cannot change. */
export type EnterpriseUpdateInput = {
  /** Corrected date of establishment. */
  establishedOn?: string | null | undefined;
  /** The version last read; when given and no longer current, the update is refused. */
  expectedVersion?: number | null | undefined;
  /** Global id of the enterprise. */
  id: string | number;
  /** New industry class code. */
  industryCode?: string | null | undefined;
  /** New legal representative. */
  legalRepresentative?: string | null | undefined;
  /** Corrected lifecycle stage. */
  lifecycleStage?: LifecycleStage | null | undefined;
  /** New registered name. */
  name?: string | null | undefined;
  /** New region division code. */
  regionCode?: string | null | undefined;
  /** New registered capital in yuan. */
  registeredCapital?: string | null | undefined;
};

/** The rule that escalated an appeal (提级规则). */
export type EscalationRule =
  /** Escalated by the dispatcher, with a reason. */
  | 'DISPATCHER'
  /** Past its deadline without a reply (the daily escalation job). */
  | 'OVERDUE'
  /** Reopened a second time after follow-ups. */
  | 'REOPENED_TWICE';

/** Level of an honour. */
export type HonourLevel =
  /** Municipal. */
  | 'MUNICIPAL'
  /** National. */
  | 'NATIONAL'
  /** Provincial. */
  | 'PROVINCIAL';

/** An honour. */
export type HonourRecordInput = {
  /** When it was awarded; not in the future. */
  awardedOn: string;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Level. */
  level: HonourLevel;
  /** Title. */
  title: string;
};

/** A huyou orchard to register. */
export type HuyouOrchardRegisterInput = {
  /** Area in mu, above zero. */
  areaMu: string;
  /** Certifications held. */
  certifications?: Array<OrchardCertification>;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Name or location. */
  name: string;
};

/** A traceable product batch. */
export type HuyouProductBatchRegisterInput = {
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Production date; not in the future. */
  producedOn: string;
  /** Product. */
  product: string;
  /** Quantity in kilograms, above zero. */
  quantityKg: string;
  /** Sales channel. */
  salesChannel: string;
  /** Traceability code: 8 to 40 upper-case letters, digits and hyphens, unique. */
  traceabilityCode: string;
};

/** A pesticide-residue test result. */
export type HuyouResidueTestRecordInput = {
  /** Global id of the orchard. */
  orchardId: string | number;
  /** Whether every residue was within the limit. */
  passed: boolean;
  /** Laboratory remark. */
  remark?: string;
  /** When the sample was taken; not in the future. */
  sampledOn: string;
};

/** Where an indicator stands against its target or frontier value. */
export type IndicatorClass =
  /** At or past the target (标杆). */
  | 'BENCHMARK'
  /** Further from the target (落后). */
  | 'LAGGING'
  /** Short of the target by at most INDICATOR_MIDDLE_BAND of it (中部). */
  | 'MIDDLE';

/** Which way an indicator improves. */
export type IndicatorDirection =
  /** A higher value is better (a rate of on-time completion). */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better (escalations, working days taken). */
  | 'LOWER_IS_BETTER';

/** What an indicator’s value measures. */
export type IndicatorUnit =
  /** A number of things. */
  | 'COUNT'
  /** A share between 0 and 1. */
  | 'RATE'
  /** A duration in working days of the county calendar. */
  | 'WORKING_DAYS'
  /** An amount of money in yuan (元). */
  | 'YUAN';

/** Which job to run now. */
export type JobRunInput = {
  /** Queue name of the job. */
  name: string;
};

/** An administrative licensing decision. */
export type LicensingDecisionRecordInput = {
  /** Date of the decision; not in the future. */
  decidedOn: string;
  /** Decision number, unique. */
  decisionNumber: string;
  /** Code of the deciding department; an OFFICER records its own department’s decisions. */
  departmentCode: string;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** The licence granted. */
  licence: string;
};

/** Where an enterprise stands in its life (企业全生命周期阶段). */
export type LifecycleStage =
  /** In bankruptcy or reorganization (破产重整). */
  | 'BANKRUPTCY_REORGANIZATION'
  /** Registering a change (变更). */
  | 'CHANGING'
  /** Deregistered (已注销). */
  | 'DEREGISTERED'
  /** Winding up, deregistration under way (注销中). */
  | 'DEREGISTERING'
  /** Being set up (开办). */
  | 'ESTABLISHING'
  /** Operating (经营). */
  | 'OPERATING';

/** Where a credit loan stands. */
export type LoanOutcome =
  /** Applied for. */
  | 'APPLIED'
  /** Approved and granted. */
  | 'APPROVED'
  /** Declined. */
  | 'DECLINED';

/** Certifications of a huyou orchard. */
export type OrchardCertification =
  /** Good agricultural practice (良好农业规范). */
  | 'GAP'
  /** Geographical indication "常山胡柚" (地理标志). */
  | 'GEOGRAPHICAL_INDICATION'
  /** Green food (绿色食品). */
  | 'GREEN_FOOD'
  /** Organic (有机产品). */
  | 'ORGANIC';

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** An enterprise authorizes a partner to read parts of its data. */
export type PartnerAuthorizationGrantInput = {
  /** Global id of the authorizing enterprise (the caller itself). */
  enterpriseId: string | number;
  /** Global id of the partner’s API key. */
  partnerKeyId: string | number;
  /** What the partner may use it for. */
  purpose: string;
  /** Codes of the scopes it covers (see partnerAccessScopes), at least one. */
  scopes: Array<string>;
  /** First valid day; today when omitted. */
  validFrom?: string | null | undefined;
  /** Last valid day, at most a year on. */
  validUntil: string;
};

/** Which authorization to revoke. */
export type PartnerAuthorizationRevokeInput = {
  /** Global id of the authorization. */
  id: string | number;
};

/** An administrative penalty decision. */
export type PenaltyRecordInput = {
  /** Fine in yuan; not negative. */
  amount: string;
  /** Date of the decision; not in the future. */
  decidedOn: string;
  /** Decision number, unique. */
  decisionNumber: string;
  /** Code of the deciding department; an OFFICER records its own department’s decisions. */
  departmentCode: string;
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Regulated field. */
  sector?: PenaltySector;
  /** Severity. */
  severity: PenaltySeverity;
};

/** The regulated field of a penalty; some fields need longer before repair. */
export type PenaltySector =
  /** Drugs (药品). */
  | 'DRUGS'
  /** Environment (生态环境). */
  | 'ENVIRONMENT'
  /** Fire safety (消防). */
  | 'FIRE'
  /** Food (食品). */
  | 'FOOD'
  /** Any other field. */
  | 'GENERAL'
  /** Production safety (安全生产). */
  | 'PRODUCTION_SAFETY'
  /** Special equipment (特种设备). */
  | 'SPECIAL_EQUIPMENT';

/** Severity of an administrative penalty. */
export type PenaltySeverity =
  /** General (一般): published for a year. */
  | 'GENERAL'
  /** Minor (轻微): not published. */
  | 'MINOR'
  /** Serious (严重): published for three years. */
  | 'SERIOUS';

/** An enterprise applies for an INSTANT or REVIEWED policy for a period. */
export type PolicyApplyInput = {
  /** Global id of the enterprise (the caller itself). */
  enterpriseId: string | number;
  /** The period it is for: a year (2026) or a month (2026-11). */
  period: string;
  /** The policy’s code. */
  policyCode: string;
};

/** What one redemption of a policy covers. */
export type PolicyBenefitPeriod =
  /** A month: an enterprise gets the benefit once a month (period 2026-11). */
  | 'MONTH'
  /** A year: an enterprise gets the benefit once a year (period 2026). */
  | 'YEAR';

/** What the policy indicators are broken down by. */
export type PolicyBreakdown =
  /** Each chain the policy targets (ALL for a policy for no chain in particular); a policy for two chains counts in both. */
  | 'CHAIN'
  /** The issuing department’s code, as the version that judged the redemption names it. */
  | 'DEPARTMENT'
  /** How the benefit is obtained: NO_APPLICATION, INSTANT or REVIEWED. */
  | 'MODE'
  /** The policy’s code. */
  | 'POLICY';

/** A condition of a policy. */
export type PolicyConditionInput = {
  /** Its code, e.g. MIN_RD_INTENSITY. */
  code: string;
  /** What it asks, in words. */
  description: string;
  /** An expression over facts (see policyFacts) and parameters (param.<name>), e.g. enterprise.yearsSinceEstablished >= 2. */
  expression: string;
};

/** What a policy version holds. */
export type PolicyContentInput = {
  /** What one redemption covers: the benefit is granted once a year (YEAR) or once a month (MONTH). */
  benefitPeriod?: PolicyBenefitPeriod;
  /** Conditions that must all hold. */
  conditions: Array<PolicyConditionInput>;
  /** Code of the issuing department. */
  departmentCode: string;
  /** How the amount is computed. */
  formula: PolicyFormulaInput;
  /** The document it rests on, e.g. 常政发〔2026〕12号. */
  legalBasis: string;
  /** How enterprises get the benefit. */
  mode: PolicyMode;
  /** Parameters with dated values. */
  parameters: Array<PolicyParameterInput>;
  /** Whom it is for. */
  targets: PolicyTargetsInput;
  /** Title, e.g. 企业研发投入补助. */
  title: string;
  /** First day in force. */
  validFrom: string;
  /** Last day in force; open-ended when null. */
  validUntil?: string | null | undefined;
  /** Budget a year, in yuan. */
  yearlyBudget: string;
};

/** Saves a policy’s draft, creating the policy on its first save. */
export type PolicyDraftSaveInput = {
  /** The policy’s code, e.g. RD_SUBSIDY_2026. */
  code: string;
  /** The draft. */
  content: PolicyContentInput;
  /** The revision the editor saw; refused as STALE_VERSION if the draft moved since. */
  expectedRevision?: number | null | undefined;
};

/** A hypothetical value of a fact, for the what-if calculator. */
export type PolicyFactValueInput = {
  /** The fact’s code. */
  fact: string;
  /** The value to assume: a number, text, true/false, a list of texts, or null. */
  value?: unknown;
};

/** How the amount is computed. */
export type PolicyFormulaInput = {
  /** In words. */
  description: string;
  /** An expression giving yuan, e.g. min(enterprise.registeredCapital * param.rate, param.cap). */
  expression: string;
};

/** How an enterprise gets a policy’s benefit. */
export type PolicyMode =
  /** On application, granted at once when eligible (即申即享). */
  | 'INSTANT'
  /** Without applying (免申即享): matched and granted by the platform. */
  | 'NO_APPLICATION'
  /** On application, reviewed by the issuing department. */
  | 'REVIEWED';

/** A parameter of a policy. */
export type PolicyParameterInput = {
  /** What it is. */
  description: string;
  /** Its name, e.g. rate. */
  name: string;
  /** Its values by day. */
  values: Array<PolicyParameterValueInput>;
};

/** A value of a parameter from a day on. */
export type PolicyParameterValueInput = {
  /** The first day it holds. */
  from: string;
  /** The value. */
  value: number;
};

/** Publishes a policy’s draft as its next version. */
export type PolicyPublishInput = {
  /** The policy’s code. */
  code: string;
};

/** The issuing department decides a reviewed application. */
export type PolicyRedemptionDecideInput = {
  /** The amount approved, at most the calculated one; the calculated one when omitted. */
  amount?: string | null | undefined;
  /** Approve (granted) or reject. */
  approve: boolean;
  /** Global id of the redemption. */
  id: string | number;
  /** Why it is rejected; required for a rejection. */
  reason?: string | null | undefined;
};

/** Records the payment of a granted redemption. */
export type PolicyRedemptionPayInput = {
  /** Global id of the redemption. */
  id: string | number;
  /** When it was paid. */
  paidOn: string;
  /** The payment’s reference, e.g. the treasury voucher number. */
  paymentReference: string;
};

/** Where a redemption (兑现) stands. */
export type PolicyRedemptionState =
  /** Applied for under a REVIEWED policy; the issuing department decides. */
  | 'APPLIED'
  /** Granted, to be paid. */
  | 'GRANTED'
  /** Paid, with its payment reference. */
  | 'PAID'
  /** Rejected by the issuing department, with its reason. */
  | 'REJECTED'
  /** Eligible, but the year’s budget is spent: it waits for more. */
  | 'WAITING_FOR_BUDGET';

/** What policyRedemptions reports can be grouped by. */
export type PolicyRedemptionsDimension =
  /** Each chain the enterprise is a member of, null for none; an enterprise in two chains counts once under each, in every measure of the report (企业所在产业链) */
  | 'CHAIN'
  /** Issuing department code (兑现部门) */
  | 'DEPARTMENT'
  /** When it was granted (or applied for), by day (YYYY-MM-DD) (兑现（申请）时间（按日）) */
  | 'GRANTED_DAY'
  /** When it was granted (or applied for), by month (YYYY-MM) (兑现（申请）时间（按月）) */
  | 'GRANTED_MONTH'
  /** When it was granted (or applied for), by quarter (YYYY-Qn) (兑现（申请）时间（按季度）) */
  | 'GRANTED_QUARTER'
  /** When it was granted (or applied for), by ISO week (YYYY-Www) (兑现（申请）时间（按周）) */
  | 'GRANTED_WEEK'
  /** When it was granted (or applied for), by year (YYYY) (兑现（申请）时间（按年）) */
  | 'GRANTED_YEAR'
  /** Industry division of the enterprise (GB/T 4754, e.g. C39) (国民经济行业大类) */
  | 'INDUSTRY_DIVISION'
  /** Industry section of the enterprise (GB/T 4754 letter) (国民经济行业门类) */
  | 'INDUSTRY_SECTION'
  /** Mode: NO_APPLICATION, INSTANT or REVIEWED (兑现方式) */
  | 'MODE'
  /** When it was paid, by day (YYYY-MM-DD) (拨付日（按日）) */
  | 'PAID_DAY'
  /** When it was paid, by month (YYYY-MM) (拨付日（按月）) */
  | 'PAID_MONTH'
  /** When it was paid, by quarter (YYYY-Qn) (拨付日（按季度）) */
  | 'PAID_QUARTER'
  /** When it was paid, by ISO week (YYYY-Www) (拨付日（按周）) */
  | 'PAID_WEEK'
  /** When it was paid, by year (YYYY) (拨付日（按年）) */
  | 'PAID_YEAR'
  /** Period it is for (2026, 2026-11) (兑现期间) */
  | 'PERIOD'
  /** Policy code (政策) */
  | 'POLICY'
  /** Region code of the enterprise (所属区域) */
  | 'REGION'
  /** State of the redemption (兑现状态) */
  | 'STATE';

/** Keeps the policyRedemptions rows with given values of a dimension. */
export type PolicyRedemptionsDimensionFilter = {
  /** The dimension. */
  dimension: PolicyRedemptionsDimension;
  /** Rows whose value of the dimension is one of these are kept. */
  values: Array<string>;
};

/** What policyRedemptions reports can measure. */
export type PolicyRedemptionsMeasure =
  /** Yuan (金额（元）) */
  | 'AMOUNT'
  /** Yuan paid (已拨付金额（元）) */
  | 'AMOUNT_PAID'
  /** Distinct enterprises (受益企业数) */
  | 'BENEFICIARIES'
  /** Redemptions (兑现笔数) */
  | 'COUNT'
  /** Granted under NO_APPLICATION or INSTANT ÷ granted (免申即享、即申即享占比) */
  | 'WITHOUT_REVIEW_SHARE';

/** Which policyRedemptions rows a report covers. */
export type PolicyRedemptionsReportFilter = {
  /** First day of the period (Asia/Shanghai), included. */
  from?: string | null | undefined;
  /** The moment the period applies to; GRANTED when omitted. */
  time?: PolicyRedemptionsTime | null | undefined;
  /** Last day of the period, included. */
  to?: string | null | undefined;
  /** Values to keep, per dimension; all must hold. */
  where?: Array<PolicyRedemptionsDimensionFilter> | null | undefined;
};

/** Which moment of a row a policyRedemptions report's period filters on. */
export type PolicyRedemptionsTime =
  /** When it was granted (or applied for) (兑现（申请）时间) */
  | 'GRANTED'
  /** When it was paid (拨付日) */
  | 'PAID';

/** Whom a policy is for; leave a list empty not to narrow by it. */
export type PolicyTargetsInput = {
  /** Chain codes. */
  chains: Array<string>;
  /** Industry codes (GB/T 4754) or prefixes, e.g. C39. */
  industries: Array<string>;
  /** Chain nodes as <chain code>.<node code>. */
  nodes: Array<string>;
  /** Region codes. */
  regions: Array<string>;
};

/** Interest rate band against the loan prime rate (LPR). */
export type RateBand =
  /** More than 100 basis points above. */
  | 'ABOVE'
  /** At the LPR. */
  | 'AT_LPR'
  /** Below the LPR. */
  | 'BELOW_LPR'
  /** Up to 50 basis points above. */
  | 'LPR_PLUS_50BP'
  /** Up to 100 basis points above. */
  | 'LPR_PLUS_100BP';

/** Narrows the rectifications. */
export type RectificationFilter = {
  /** Only those of this department code. */
  departmentCode?: string | null | undefined;
  /** Only those in one of these states. */
  states?: Array<RectificationState> | null | undefined;
};

/** The outcome of calling the rater back. */
export type RectificationFollowUpInput = {
  /** Global id of the rectification. */
  id: string | number;
  /** What was said. */
  note: string;
  /** Whether the rater is satisfied; if not, the rectification opens again. */
  raterSatisfied: boolean;
};

/** The department reports what it did. */
export type RectificationReportInput = {
  /** Global id of the rectification. */
  id: string | number;
  /** The measures taken. */
  measures: string;
};

/** Where a rectification after a bad review stands (差评整改). */
export type RectificationState =
  /** The rater was called back and is satisfied (销号). */
  | 'CLOSED'
  /** The department must rectify by the due date. */
  | 'OPEN'
  /** The department reported its measures; the rater is to be called back. */
  | 'RECTIFIED';

/** Where a credit repair application stands. */
export type RepairState =
  /** Approved: the record no longer counts. */
  | 'APPROVED'
  /** Awaiting the department. */
  | 'PENDING'
  /** Rejected, with the reason. */
  | 'REJECTED';

/** A rated aspect of the service; ONLINE_ ones for online and mobile cases, IN_PERSON_ ones for window and terminal cases. */
export type ReviewDimension =
  /** Attitude of the staff (服务态度). */
  | 'IN_PERSON_ATTITUDE'
  /** Competence of the staff (业务水平). */
  | 'IN_PERSON_COMPETENCE'
  /** Speed of handling (办事效率). */
  | 'IN_PERSON_EFFICIENCY'
  /** The service environment (服务环境). */
  | 'IN_PERSON_ENVIRONMENT'
  /** Ease of applying online (在线申办). */
  | 'ONLINE_APPLICATION'
  /** Clarity of the online guide (办事指南). */
  | 'ONLINE_GUIDE'
  /** Visibility of progress (进度查询). */
  | 'ONLINE_PROGRESS'
  /** Delivery of the result (结果送达). */
  | 'ONLINE_RESULT';

/** Level of a good/bad review (好差评). */
export type ReviewLevel =
  /** 基本满意 (3). */
  | 'BASICALLY_SATISFIED'
  /** 不满意 (2); opens a rectification. */
  | 'DISSATISFIED'
  /** 满意 (4). */
  | 'SATISFIED'
  /** 非常不满意 (1); opens a rectification. */
  | 'VERY_DISSATISFIED'
  /** 非常满意 (5). */
  | 'VERY_SATISFIED';

/** The applicant’s review of a finished case. */
export type ReviewSubmitInput = {
  /** Global id of the case. */
  caseId: string | number;
  /** Comment, at most 500 characters. */
  comment?: string | null | undefined;
  /** Code of the department the review concerns; one of the case’s departments, by default that of its first task. */
  departmentCode?: string | null | undefined;
  /** Overall level. */
  level: ReviewLevel;
  /** Ratings per dimension, each dimension at most once. */
  ratings?: Array<DimensionRatingInput>;
  /** Whether the review is given unprompted (主动评价). */
  unprompted: boolean;
};

/** What a caller is allowed to do (角色). */
export type Role =
  /** Administrator of the platform: keys, users, departments, calendars, modules (管理员). */
  | 'ADMIN'
  /** Data analyst reading reports and indicators (数据分析). */
  | 'ANALYST'
  /** A caller without credentials (匿名). */
  | 'ANONYMOUS'
  /** Industry-chain desk, scoped to its chains (产业链专班). */
  | 'DESK'
  /** An enterprise acting for itself only (经营主体). */
  | 'ENTERPRISE'
  /** Department officer, scoped to one department (部门工作人员). */
  | 'OFFICER'
  /** Partner system such as a bank or portal, calling with an API key (合作方). */
  | 'PARTNER';

/** Narrows the service items. */
export type ServiceItemFilter = {
  /** Only items of this department code. */
  departmentCode?: string | null | undefined;
  /** Only items that can (true) or cannot (false) be done fully online. */
  fullyOnline?: boolean | null | undefined;
};

/** An officer’s action on a task of its department. */
export type TaskActionInput = {
  /** The version last read; when given and no longer current, the action is refused. */
  expectedVersion?: number | null | undefined;
  /** Global id of the task. */
  id: string | number;
};

/** Refuses a task, with the reason the applicant will read. */
export type TaskRejectInput = {
  /** The version last read; when given and no longer current, the action is refused. */
  expectedVersion?: number | null | undefined;
  /** Global id of the task. */
  id: string | number;
  /** Why the task is refused. */
  reason: string;
};

/** Asks the applicant for more material; the clock stops until it arrives. */
export type TaskRequestSupplementInput = {
  /** The version last read; when given and no longer current, the action is refused. */
  expectedVersion?: number | null | undefined;
  /** Global id of the task. */
  id: string | number;
  /** What the applicant must supplement. */
  request: string;
};

/** Where one department’s task of a case stands. */
export type TaskState =
  /** Accepted and being handled (已受理). */
  | 'ACCEPTED'
  /** No longer needed: the case was withdrawn or another task was rejected. */
  | 'CANCELLED'
  /** Completed (办结). */
  | 'COMPLETED'
  /** Refused, with a reason. */
  | 'REJECTED'
  /** Routed to the department, awaiting acceptance (待受理). */
  | 'SUBMITTED'
  /** Waiting for a supplement from the applicant (补正); the clock stands still. */
  | 'SUSPENDED'
  /** Waits for other items of the matter to complete first. */
  | 'WAITING';

/** The applicant supplies what a suspended task asked for; the clock runs again. */
export type TaskSupplementInput = {
  /** Global id of the suspended task. */
  id: string | number;
};

/** Tax credit level of a year (纳税信用等级). */
export type TaxCreditLevel =
  /** A. */
  | 'A'
  /** B. */
  | 'B'
  /** C. */
  | 'C'
  /** D. */
  | 'D'
  /** M: new or small enterprises without a full record. */
  | 'M';

/** A year’s tax credit level. */
export type TaxCreditRatingRecordInput = {
  /** Global id of the enterprise. */
  enterpriseId: string | number;
  /** Level. */
  level: TaxCreditLevel;
  /** The rated year. */
  year: number;
};

/** The dispatcher publishes a closed appeal as a typical case, in the office’s own words. */
export type TypicalCasePublishInput = {
  /** The version the caller saw; refused as STALE_VERSION if the appeal moved since. */
  expectedVersion?: number | null | undefined;
  /** Global id of the appeal. */
  id: string | number;
  /** The problem, what was done and what it shows; no personal data, no enterprise name. */
  summary: string;
  /** Title of the write-up. */
  title: string;
};

/** Stable machine-readable code of a business error returned in a payload (业务错误代码). */
export type UserErrorCode =
  /** The account is disabled; an administrator may enable it again. */
  | 'ACCOUNT_DISABLED'
  /** Too many failed sign-ins in a row: the account is locked for a while; the message says until when. */
  | 'ACCOUNT_LOCKED'
  /** The object was already revoked. */
  | 'ALREADY_REVOKED'
  /** The value is empty or only whitespace. */
  | 'BLANK'
  /** The value contradicts another value of the same input. */
  | 'CONFLICT'
  /** An ordering refers back to itself. */
  | 'CYCLE'
  /** The same value appears twice in one input. */
  | 'DUPLICATE'
  /** A part that must hold something is empty. */
  | 'EMPTY'
  /** The check character of a code does not match its other characters (校验码错误). */
  | 'INVALID_CHECK_CHARACTER'
  /** The login and password (or the refresh token) do not match an account that may sign in. */
  | 'INVALID_CREDENTIALS'
  /** The value does not have the expected format. */
  | 'INVALID_FORMAT'
  /** The one-time link is unknown, already used or expired; ask an administrator for a new one. */
  | 'INVALID_LINK'
  /** The start of a range lies after its end. */
  | 'INVALID_RANGE'
  /** The role cannot be used here. */
  | 'INVALID_ROLE'
  /** The second-factor code is wrong, expired or already used. */
  | 'INVALID_SECOND_FACTOR'
  /** A referenced object is in a state that does not allow this action. */
  | 'INVALID_STATE'
  /** The object’s current state does not allow this action. */
  | 'INVALID_TRANSITION'
  /** The date must not lie in the future. */
  | 'IN_FUTURE'
  /** Jobs are switched off in this instance. */
  | 'JOBS_DISABLED'
  /** The change would leave the platform without an active administrator. */
  | 'LAST_ADMIN'
  /** The value must not be negative. */
  | 'NEGATIVE'
  /** A make-up working day (调休) must fall on a Saturday or Sunday. */
  | 'NOT_A_WEEKEND'
  /** The enterprise does not meet the conditions; the message names those that failed and what to reach. */
  | 'NOT_ELIGIBLE'
  /** Too few qualified inspectors without a conflict for a drawn target; the message names how many are missing. */
  | 'NOT_ENOUGH_INSPECTORS'
  /** The referenced object does not exist or is not visible to the caller. */
  | 'NOT_FOUND'
  /** The caller may not write this row (role or department). */
  | 'NOT_PERMITTED'
  /** Not possible yet; the message says from when. */
  | 'NOT_YET_ELIGIBLE'
  /** A bulk operation refused every row it was given, so nothing was written; each row says why. */
  | 'NO_ROW_ACCEPTED'
  /** The value is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The amount would go beyond what is left of the budget. */
  | 'OVER_BUDGET'
  /** A required value is missing. */
  | 'REQUIRED'
  /** The account has a second factor: send the authenticator app’s code as well. */
  | 'SECOND_FACTOR_REQUIRED'
  /** The session was signed out, revoked, or ran out of time: sign in again. */
  | 'SESSION_ENDED'
  /** The object was changed by someone else since it was read (optimistic locking). */
  | 'STALE_VERSION'
  /** Another record already uses this value. */
  | 'TAKEN'
  /** A refresh token was used a second time: the session is revoked, as the token may have been stolen. */
  | 'TOKEN_REUSED'
  /** The value is longer than allowed. */
  | 'TOO_LONG'
  /** No job with this name is registered. */
  | 'UNKNOWN_JOB'
  /** The new password does not meet the password policy; the message says what is missing. */
  | 'WEAK_PASSWORD';

/** Bonus or deduction points for a window’s month. */
export type WindowBonusRecordInput = {
  /** The month, YYYY-MM. */
  month: string;
  /** Points, -20 to 20, not 0. */
  points: number;
  /** Why. */
  reason: string;
  /** Code of the window, e.g. W01. */
  windowCode: string;
};

/** The month to rate. */
export type WindowRatingsPublishInput = {
  /** The month, YYYY-MM. */
  month: string;
};

export type AppealFieldsFragment = { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> };

export type AppealUserErrorsFragment = { field: Array<string>, code: UserErrorCode, message: string };

export type AppealSubmitMutationVariables = Exact<{
  input: AppealSubmitInput;
}>;


export type AppealSubmitMutation = { appealSubmit: { resubmission: boolean, appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealAssignMutationVariables = Exact<{
  input: AppealAssignInput;
}>;


export type AppealAssignMutation = { appealAssign: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealReturnMutationVariables = Exact<{
  input: AppealTextStepInput;
}>;


export type AppealReturnMutation = { appealReturn: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealAcceptMutationVariables = Exact<{
  input: AppealStepInput;
}>;


export type AppealAcceptMutation = { appealAccept: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealPartAddMutationVariables = Exact<{
  input: AppealTextStepInput;
}>;


export type AppealPartAddMutation = { appealPartAdd: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealReplyMutationVariables = Exact<{
  input: AppealTextStepInput;
}>;


export type AppealReplyMutation = { appealReply: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealFollowUpMutationVariables = Exact<{
  input: AppealFollowUpInput;
}>;


export type AppealFollowUpMutation = { appealFollowUp: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealCloseMutationVariables = Exact<{
  input: AppealStepInput;
}>;


export type AppealCloseMutation = { appealClose: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealEscalateMutationVariables = Exact<{
  input: AppealTextStepInput;
}>;


export type AppealEscalateMutation = { appealEscalate: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealMergeMutationVariables = Exact<{
  input: AppealMergeInput;
}>;


export type AppealMergeMutation = { appealMerge: { appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealExtensionRequestMutationVariables = Exact<{
  input: AppealExtensionRequestInput;
}>;


export type AppealExtensionRequestMutation = { appealExtensionRequest: { extension: { id: string, state: AppealExtensionState, workingDays: number, previousDueOn: string, newDueOn: string | null } | null, appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealExtensionDecideMutationVariables = Exact<{
  input: AppealExtensionDecideInput;
}>;


export type AppealExtensionDecideMutation = { appealExtensionDecide: { extension: { id: string, state: AppealExtensionState, newDueOn: string | null, decisionNote: string | null } | null, appeal: { id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TypicalCasePublishMutationVariables = Exact<{
  input: TypicalCasePublishInput;
}>;


export type TypicalCasePublishMutation = { typicalCasePublish: { typicalCase: { id: string, title: string, summary: string, channelCode: string, categories: Array<{ code: string }>, leadDepartment: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealChannelAddMutationVariables = Exact<{
  input: AppealChannelAddInput;
}>;


export type AppealChannelAddMutation = { appealChannelAdd: { channel: { id: string, code: string, builtIn: boolean } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type AppealsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AppealFilter | null | undefined;
}>;


export type AppealsQuery = { appeals: { totalCount: number, nodes: Array<{ id: string, number: string, state: AppealState, version: number, title: string, channelReference: string | null, contactName: string | null, contactPhone: string | null, layer: AppealLayer | null, grade: AppealGrade | null, assignedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, overdue: boolean, reply: string | null, repliedOn: string | null, satisfaction: AppealSatisfaction | null, solved: boolean | null, reopenCount: number, closedOn: string | null, channel: { code: string }, enterprise: { id: string, uscc: string }, categories: Array<{ code: string }>, leadDepartment: { code: string } | null, coHandlers: Array<{ part: string | null, department: { code: string } }>, mergedInto: { id: string } | null, history: Array<{ step: AppealStep, actor: string, note: string | null, rule: EscalationRule | null, layer: AppealLayer | null, dueOn: string | null, department: { code: string } | null }> }> } };

export type AppealChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealChannelsQuery = { appealChannels: Array<{ code: string, name: string, builtIn: boolean }> };

export type TypicalCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type TypicalCasesQuery = { typicalCases: { nodes: Array<{ title: string, summary: string, channelCode: string }> } };

export type AppealNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AppealNotificationsSubscription = { appealNotifications: { kind: AppealNotificationKind, departmentCodes: Array<string>, appeal: { number: string, state: AppealState, leadDepartment: { code: string } | null } } };

export type AppealIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
  by?: AppealBreakdown | null | undefined;
}>;


export type AppealIndicatorsQuery = { appealIndicators: { received: number, closed: number, onTimeClosureRate: number | null, satisfactionRate: number | null, resolutionRate: number | null, averageReplyWorkingDays: number | null, reopenRate: number | null, escalations: number, provisionalCalendar: boolean, breakdown: Array<{ key: string, received: number, closed: number, onTimeClosureRate: number | null, satisfactionRate: number | null }> } };

export type CreditScoreFieldsFragment = { score: number, grade: CreditGrade, ruleSet: string, computedAt: string };

export type EnterpriseCreditScoreQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCreditScoreQuery = { enterprise: { creditScore: { score: number, grade: CreditGrade, ruleSet: string, computedAt: string } | null } | null };

export type EnterpriseCreditExplanationQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCreditExplanationQuery = { enterprise: { creditScore: { score: number, grade: CreditGrade, ruleSet: string, computedAt: string, explanation: Array<{ rule: string, description: string, points: number, evidence: Array<
          | { __typename: 'AbnormalListEntry', id: string }
          | { __typename: 'AdministrativePenalty', decisionNumber: string, id: string }
          | { __typename: 'AnnualReportFiling', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'Appeal', id: string }
          | { __typename: 'AppealCategory', id: string }
          | { __typename: 'AppealChannel', id: string }
          | { __typename: 'AppealExtension', id: string }
          | { __typename: 'AuditEntry', id: string }
          | { __typename: 'BundleApplication', id: string }
          | { __typename: 'CamelliaForestPlot', id: string }
          | { __typename: 'CamelliaPressingLicence', id: string }
          | { __typename: 'CamelliaQualitySample', id: string }
          | { __typename: 'Case', id: string }
          | { __typename: 'ChainMembership', id: string }
          | { __typename: 'ChipCertification', id: string }
          | { __typename: 'ChipEnvironmentalInspection', id: string }
          | { __typename: 'ChipPatent', id: string }
          | { __typename: 'ChipRdSpending', id: string }
          | { __typename: 'CreditAuthorization', id: string }
          | { __typename: 'CreditCommitment', id: string }
          | { __typename: 'CreditLoan', id: string }
          | { __typename: 'CreditPlusRuleSet', id: string }
          | { __typename: 'CreditPlusScore', id: string }
          | { __typename: 'CreditRepair', id: string }
          | { __typename: 'CreditReportAccess', id: string }
          | { __typename: 'CreditScore', id: string }
          | { __typename: 'DeadlineCorrection', id: string }
          | { __typename: 'Department', id: string }
          | { __typename: 'Enterprise', id: string }
          | { __typename: 'Honour', title: string, id: string }
          | { __typename: 'HuyouOrchard', id: string }
          | { __typename: 'HuyouProductBatch', id: string }
          | { __typename: 'HuyouResidueTest', id: string }
          | { __typename: 'Inspection', id: string }
          | { __typename: 'InspectionDraw', id: string }
          | { __typename: 'InspectionItem', id: string }
          | { __typename: 'InspectionPlan', id: string }
          | { __typename: 'InspectionVisit', id: string }
          | { __typename: 'JudgmentDefaulter', id: string }
          | { __typename: 'LicensingDecision', id: string }
          | { __typename: 'Matter', id: string }
          | { __typename: 'MatterItem', id: string }
          | { __typename: 'PaperDischargePermit', id: string }
          | { __typename: 'PaperEmissionExceedance', id: string }
          | { __typename: 'PaperEnergyReport', id: string }
          | { __typename: 'PartnerAuthorization', id: string }
          | { __typename: 'Policy', id: string }
          | { __typename: 'PolicyRedemption', id: string }
          | { __typename: 'PolicyVersion', id: string }
          | { __typename: 'PublishedBundle', id: string }
          | { __typename: 'Rectification', id: string }
          | { __typename: 'Review', id: string }
          | { __typename: 'SeriousViolationEntry', id: string }
          | { __typename: 'ServiceItem', id: string }
          | { __typename: 'ServiceSection', id: string }
          | { __typename: 'ServiceWindow', id: string }
          | { __typename: 'StoneMiningLicence', id: string }
          | { __typename: 'StoneRestoration', id: string }
          | { __typename: 'StoneSafetyIncident', id: string }
          | { __typename: 'Task', id: string }
          | { __typename: 'TaxCreditRating', id: string }
          | { __typename: 'TypicalCase', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'WindowBonus', id: string }
          | { __typename: 'WindowRating', id: string }
        > }> | null } | null, creditScoreHistory: Array<{ score: number }> | null } | null };

export type EnterpriseCreditRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCreditRecordsQuery = { enterprise: { administrativePenalties: Array<{ id: string, decisionNumber: string, severity: PenaltySeverity, publicityEndsOn: string | null }> | null, abnormalListEntries: Array<{ id: string, removedOn: string | null }> | null } | null };

export type AdministrativePenaltyRecordMutationVariables = Exact<{
  input: PenaltyRecordInput;
}>;


export type AdministrativePenaltyRecordMutation = { administrativePenaltyRecord: { penalty: { id: string, publicityEndsOn: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AnnualReportFilingRecordMutationVariables = Exact<{
  input: AnnualReportFilingRecordInput;
}>;


export type AnnualReportFilingRecordMutation = { annualReportFilingRecord: { filing: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaxCreditRatingRecordMutationVariables = Exact<{
  input: TaxCreditRatingRecordInput;
}>;


export type TaxCreditRatingRecordMutation = { taxCreditRatingRecord: { rating: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type HonourRecordMutationVariables = Exact<{
  input: HonourRecordInput;
}>;


export type HonourRecordMutation = { honourRecord: { honour: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AbnormalListEntryRecordMutationVariables = Exact<{
  input: AbnormalListEntryRecordInput;
}>;


export type AbnormalListEntryRecordMutation = { abnormalListEntryRecord: { entry: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AbnormalListEntryRemoveMutationVariables = Exact<{
  input: AbnormalListEntryRemoveInput;
}>;


export type AbnormalListEntryRemoveMutation = { abnormalListEntryRemove: { entry: { id: string, removedOn: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditScoresRecomputeMutationVariables = Exact<{ [key: string]: never; }>;


export type CreditScoresRecomputeMutation = { creditScoresRecompute: { enterprises: number, userErrors: Array<{ code: UserErrorCode }> } };

export type CreditAuthorizationGrantMutationVariables = Exact<{
  input: CreditAuthorizationGrantInput;
}>;


export type CreditAuthorizationGrantMutation = { creditAuthorizationGrant: { authorization: { id: string, partnerName: string, purpose: string, validFrom: string, validUntil: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditAuthorizationRevokeMutationVariables = Exact<{
  input: CreditAuthorizationRevokeInput;
}>;


export type CreditAuthorizationRevokeMutation = { creditAuthorizationRevoke: { authorization: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditLoanRecordMutationVariables = Exact<{
  input: CreditLoanRecordInput;
}>;


export type CreditLoanRecordMutation = { creditLoanRecord: { loan: { id: string, amount: string, partnerName: string, outcome: LoanOutcome } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditAccessLogQuery = { enterprise: { creditAuthorizations: Array<{ id: string, partnerName: string, revokedAt: string | null }> | null, creditReportAccesses: Array<{ partnerName: string, part: string, accessedAt: string }> | null, creditLoans: Array<{ amount: string, outcome: LoanOutcome, partnerName: string }> | null } | null };

export type CreditRepairApplyMutationVariables = Exact<{
  input: CreditRepairApplyInput;
}>;


export type CreditRepairApplyMutation = { creditRepairApply: { repair: { id: string, state: RepairState, appliedOn: string, decisionDueOn: string | null, decisionDueOnProvisional: boolean | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditRepairDecideMutationVariables = Exact<{
  input: CreditRepairDecideInput;
}>;


export type CreditRepairDecideMutation = { creditRepairDecide: { repair: { id: string, state: RepairState, decidedOn: string | null, rejectionReason: string | null, penalty: { repairedOn: string | null } | null, abnormalListEntry: { removedOn: string | null, removalCause: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditRecordsImportMutationVariables = Exact<{
  input: CreditRecordsImportInput;
}>;


export type CreditRecordsImportMutation = { creditRecordsImport: { imported: number, rejected: Array<{ line: number, field: Array<string>, code: UserErrorCode, message: string }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
  chain?: ChainCode | null | undefined;
}>;


export type CreditIndicatorsQuery = { creditIndicators: { chain: ChainCode | null, enterprisesScored: number, goodOrBetterRate: number | null, poorRate: number | null, repairsHandled: number, repairsOnTimeRate: number | null, loansApproved: number, loanAmount: string, provisionalCalendar: boolean } };

export type LicensingDecisionRecordMutationVariables = Exact<{
  input: LicensingDecisionRecordInput;
}>;


export type LicensingDecisionRecordMutation = { licensingDecisionRecord: { decision: { id: string, decidedOn: string, publicationDueOn: string | null, publicationDueOnProvisional: boolean | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DecisionPublishMutationVariables = Exact<{
  input: DecisionPublishInput;
}>;


export type DecisionPublishMutation = { decisionPublish: { decision:
      | { __typename: 'AdministrativePenalty', publishedOn: string | null }
      | { __typename: 'LicensingDecision', publishedOn: string | null }
     | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DoublePublicityIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DoublePublicityIndicatorsQuery = { doublePublicityIndicators: { decisionsMade: number, decisionsToPublish: number, published: number, reportingRate: number | null, timelinessRate: number | null, complianceRate: number | null, provisionalCalendar: boolean } };

export type CreditPlusRuleFieldsFragment = { code: string, description: string, indicator: string, operator: CreditPlusOperator, threshold: number, points: number };

export type CreditPlusRulesQueryVariables = Exact<{
  chain: ChainCode;
}>;


export type CreditPlusRulesQuery = { creditPlusRules: { chain: ChainCode, name: string, versionInForce: number, indicators: Array<{ code: string, description: string }>, rulesInForce: Array<{ code: string, description: string, indicator: string, operator: CreditPlusOperator, threshold: number, points: number }>, draft: Array<{ code: string, description: string, indicator: string, operator: CreditPlusOperator, threshold: number, points: number }> | null, versions: Array<{ number: number, publishedBy: string }> } };

export type CreditPlusRulesDiffQueryVariables = Exact<{
  chain: ChainCode;
  from: number;
  to: number;
}>;


export type CreditPlusRulesDiffQuery = { creditPlusRulesDiff: { added: Array<string>, removed: Array<string>, changed: Array<string> } };

export type CreditPlusRulesDraftSaveMutationVariables = Exact<{
  input: CreditPlusRulesDraftSaveInput;
}>;


export type CreditPlusRulesDraftSaveMutation = { creditPlusRulesDraftSave: { creditPlus: { draft: Array<{ code: string }> | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreditPlusRulesPublishMutationVariables = Exact<{
  input: CreditPlusRulesPublishInput;
}>;


export type CreditPlusRulesPublishMutation = { creditPlusRulesPublish: { rescored: number, ruleSet: { number: number, rules: Array<{ code: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EnterpriseCreditPlusScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCreditPlusScoresQuery = { enterprise: { creditScore: { score: number } | null, creditPlusScores: Array<{ chain: ChainCode, score: number, grade: CreditGrade, publicScore: number, baseScore: number, baseChain: ChainCode | null, ruleSetVersion: number, explanation: Array<{ rule: string, points: number, evidence: Array<
          | { __typename: 'AbnormalListEntry', id: string }
          | { __typename: 'AdministrativePenalty', id: string }
          | { __typename: 'AnnualReportFiling', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'Appeal', id: string }
          | { __typename: 'AppealCategory', id: string }
          | { __typename: 'AppealChannel', id: string }
          | { __typename: 'AppealExtension', id: string }
          | { __typename: 'AuditEntry', id: string }
          | { __typename: 'BundleApplication', id: string }
          | { __typename: 'CamelliaForestPlot', id: string }
          | { __typename: 'CamelliaPressingLicence', id: string }
          | { __typename: 'CamelliaQualitySample', id: string }
          | { __typename: 'Case', id: string }
          | { __typename: 'ChainMembership', id: string }
          | { __typename: 'ChipCertification', id: string }
          | { __typename: 'ChipEnvironmentalInspection', id: string }
          | { __typename: 'ChipPatent', id: string }
          | { __typename: 'ChipRdSpending', id: string }
          | { __typename: 'CreditAuthorization', id: string }
          | { __typename: 'CreditCommitment', id: string }
          | { __typename: 'CreditLoan', id: string }
          | { __typename: 'CreditPlusRuleSet', id: string }
          | { __typename: 'CreditPlusScore', id: string }
          | { __typename: 'CreditRepair', id: string }
          | { __typename: 'CreditReportAccess', id: string }
          | { __typename: 'CreditScore', id: string }
          | { __typename: 'DeadlineCorrection', id: string }
          | { __typename: 'Department', id: string }
          | { __typename: 'Enterprise', id: string }
          | { __typename: 'Honour', id: string }
          | { __typename: 'HuyouOrchard', id: string }
          | { __typename: 'HuyouProductBatch', id: string }
          | { __typename: 'HuyouResidueTest', id: string }
          | { __typename: 'Inspection', id: string }
          | { __typename: 'InspectionDraw', id: string }
          | { __typename: 'InspectionItem', id: string }
          | { __typename: 'InspectionPlan', id: string }
          | { __typename: 'InspectionVisit', id: string }
          | { __typename: 'JudgmentDefaulter', id: string }
          | { __typename: 'LicensingDecision', id: string }
          | { __typename: 'Matter', id: string }
          | { __typename: 'MatterItem', id: string }
          | { __typename: 'PaperDischargePermit', id: string }
          | { __typename: 'PaperEmissionExceedance', id: string }
          | { __typename: 'PaperEnergyReport', id: string }
          | { __typename: 'PartnerAuthorization', id: string }
          | { __typename: 'Policy', id: string }
          | { __typename: 'PolicyRedemption', id: string }
          | { __typename: 'PolicyVersion', id: string }
          | { __typename: 'PublishedBundle', id: string }
          | { __typename: 'Rectification', id: string }
          | { __typename: 'Review', id: string }
          | { __typename: 'SeriousViolationEntry', id: string }
          | { __typename: 'ServiceItem', id: string }
          | { __typename: 'ServiceSection', id: string }
          | { __typename: 'ServiceWindow', id: string }
          | { __typename: 'StoneMiningLicence', id: string }
          | { __typename: 'StoneRestoration', id: string }
          | { __typename: 'StoneSafetyIncident', id: string }
          | { __typename: 'Task', id: string }
          | { __typename: 'TaxCreditRating', id: string }
          | { __typename: 'TypicalCase', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'WindowBonus', id: string }
          | { __typename: 'WindowRating', id: string }
        > }> | null }> } | null };

export type EnterpriseCreditPlusHistoryQueryVariables = Exact<{
  id: string | number;
  chain: ChainCode;
}>;


export type EnterpriseCreditPlusHistoryQuery = { enterprise: { creditPlusScoreHistory: Array<{ score: number, ruleSetVersion: number }> } | null };

export type EnterpriseFieldsFragment = { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, establishedOn: string, lifecycleStage: LifecycleStage, version: number, createdAt: string, industry: { code: string, name: string }, region: { code: string, name: string } };

export type EnterpriseRegisterMutationVariables = Exact<{
  input: EnterpriseRegisterInput;
}>;


export type EnterpriseRegisterMutation = { enterpriseRegister: { enterprise: { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, establishedOn: string, lifecycleStage: LifecycleStage, version: number, createdAt: string, industry: { code: string, name: string }, region: { code: string, name: string } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EnterpriseUpdateMutationVariables = Exact<{
  input: EnterpriseUpdateInput;
}>;


export type EnterpriseUpdateMutation = { enterpriseUpdate: { enterprise: { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, establishedOn: string, lifecycleStage: LifecycleStage, version: number, createdAt: string, industry: { code: string, name: string }, region: { code: string, name: string } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseQuery = { enterprise: { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, establishedOn: string, lifecycleStage: LifecycleStage, version: number, createdAt: string, industry: { code: string, name: string }, region: { code: string, name: string } } | null };

export type EnterpriseByUsccQueryVariables = Exact<{
  uscc: string;
}>;


export type EnterpriseByUsccQuery = { enterpriseByUscc: { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, establishedOn: string, lifecycleStage: LifecycleStage, version: number, createdAt: string, industry: { code: string, name: string }, region: { code: string, name: string } } | null };

export type EnterprisesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
  orderBy?: EnterpriseOrder | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, uscc: string, name: string, legalRepresentative: string, registeredCapital: string, lifecycleStage: LifecycleStage } }> } };

export type EnterprisesWithCataloguesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type EnterprisesWithCataloguesQuery = { enterprises: { nodes: Array<{ id: string, name: string, industry: { code: string, name: string, sectionName: string }, region: { code: string, name: string } }> } };

export type PartnerAuthorizationGrantMutationVariables = Exact<{
  input: PartnerAuthorizationGrantInput;
}>;


export type PartnerAuthorizationGrantMutation = { partnerAuthorizationGrant: { authorization: { id: string, partnerName: string, scopes: Array<string>, validFrom: string, validUntil: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PartnerAuthorizationRevokeMutationVariables = Exact<{
  input: PartnerAuthorizationRevokeInput;
}>;


export type PartnerAuthorizationRevokeMutation = { partnerAuthorizationRevoke: { authorization: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PartnerAccessScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerAccessScopesQuery = { partnerAccessScopes: Array<{ code: string, description: string, module: string }> };

export type BundleNodeFieldsFragment = { code: string, name: string, after: Array<string>, matterCodes: Array<string>, itemCodes: Array<string>, matters: Array<{ code: string }>, items: Array<{ code: string, department: { code: string } }>, itemsMatter: { code: string } | null, policies: Array<{ title: string, summary: string, policyCode: string | null }>, contacts: Array<{ name: string, phone: string, role: string }> };

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ code: ChainCode, name: string, nodes: Array<{ code: string, name: string }> }> };

export type ChainPublishedQueryVariables = Exact<{
  code: ChainCode;
}>;


export type ChainPublishedQuery = { chain: { code: ChainCode, name: string, published: { id: string, number: number, name: string, publishedBy: string, nodes: Array<{ code: string, name: string, after: Array<string>, matterCodes: Array<string>, itemCodes: Array<string>, matters: Array<{ code: string }>, items: Array<{ code: string, department: { code: string } }>, itemsMatter: { code: string } | null, policies: Array<{ title: string, summary: string, policyCode: string | null }>, contacts: Array<{ name: string, phone: string, role: string }> }> } | null, versions: Array<{ number: number }> } };

export type BundleDraftQueryVariables = Exact<{
  chain: ChainCode;
}>;


export type BundleDraftQuery = { bundleDraft: { chain: ChainCode, name: string, revision: number, latestVersion: number, nodes: Array<{ code: string, itemCodes: Array<string> }>, problems: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BundleDraftSaveMutationVariables = Exact<{
  input: BundleDraftSaveInput;
}>;


export type BundleDraftSaveMutation = { bundleDraftSave: { draft: { revision: number, latestVersion: number, problems: Array<{ code: UserErrorCode }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BundlePublishMutationVariables = Exact<{
  input: BundlePublishInput;
}>;


export type BundlePublishMutation = { bundlePublish: { version: { id: string, number: number, chain: ChainCode, nodes: Array<{ code: string, itemsMatter: { code: string } | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BundleDiffQueryVariables = Exact<{
  chain: ChainCode;
  from: number;
  to: number;
}>;


export type BundleDiffQuery = { bundleDiff: { from: number, to: number, nameChanged: boolean, descriptionChanged: boolean, addedNodes: Array<string>, removedNodes: Array<string>, changedNodes: Array<{ code: string, addedMatters: Array<string>, removedMatters: Array<string>, addedItems: Array<string>, removedItems: Array<string>, orderChanged: boolean, policiesChanged: boolean, contactsChanged: boolean }> } };

export type ChainMembershipJoinMutationVariables = Exact<{
  input: ChainMembershipInput;
}>;


export type ChainMembershipJoinMutation = { chainMembershipJoin: { enterprise: { id: string, chainMemberships: Array<{ chain: ChainCode, node: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ChainMembershipLeaveMutationVariables = Exact<{
  input: ChainMembershipInput;
}>;


export type ChainMembershipLeaveMutation = { chainMembershipLeave: { enterprise: { id: string, chainMemberships: Array<{ chain: ChainCode, node: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BundleApplyMutationVariables = Exact<{
  input: BundleApplyInput;
}>;


export type BundleApplyMutation = { bundleApply: { application: { id: string, chain: ChainCode, node: string, state: CaseState, version: { number: number }, cases: Array<{ id: string, state: CaseState, matter: { code: string }, tasks: Array<{ item: { code: string } }> }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type BundleApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type BundleApplicationQuery = { bundleApplication: { id: string, state: CaseState, enterprise: { id: string }, cases: Array<{ id: string, state: CaseState }> } | null };

export type ChainEnterprisesQueryVariables = Exact<{
  code: ChainCode;
  first?: number | null | undefined;
  node?: string | null | undefined;
}>;


export type ChainEnterprisesQuery = { chain: { enterprises: { totalCount: number, nodes: Array<{ id: string, name: string, chainMemberships: Array<{ chain: ChainCode, node: string }>, huyouOrchards: Array<{ name: string, areaMu: string }>, cases: { totalCount: number, nodes: Array<{ number: string }> } }> } } };

export type HuyouOrchardRegisterMutationVariables = Exact<{
  input: HuyouOrchardRegisterInput;
}>;


export type HuyouOrchardRegisterMutation = { huyouOrchardRegister: { orchard: { id: string, name: string, areaMu: string, certifications: Array<OrchardCertification> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type HuyouResidueTestRecordMutationVariables = Exact<{
  input: HuyouResidueTestRecordInput;
}>;


export type HuyouResidueTestRecordMutation = { huyouResidueTestRecord: { residueTest: { id: string, passed: boolean, sampledOn: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type HuyouProductBatchRegisterMutationVariables = Exact<{
  input: HuyouProductBatchRegisterInput;
}>;


export type HuyouProductBatchRegisterMutation = { huyouProductBatchRegister: { batch: { id: string, traceabilityCode: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type HuyouDataQueryVariables = Exact<{
  id: string | number;
}>;


export type HuyouDataQuery = { enterprise: { huyouOrchards: Array<{ id: string, name: string, residueTests: Array<{ passed: boolean, sampledOn: string }> }>, huyouProductBatches: Array<{ traceabilityCode: string, product: string }> } | null };

export type ChipRdSpendingRecordMutationVariables = Exact<{
  input: ChipRdSpendingRecordInput;
}>;


export type ChipRdSpendingRecordMutation = { chipRdSpendingRecord: { spending: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskFieldsFragment = { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } };

export type CaseFieldsFragment = { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> };

export type MattersQueryVariables = Exact<{ [key: string]: never; }>;


export type MattersQuery = { matters: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, stage: LifecycleStage, completionStage: LifecycleStage | null, items: Array<{ position: number, waitsFor: Array<string>, item: { code: string, committedLimitDays: number, department: { code: string } } }> }> } };

export type MatterQueryVariables = Exact<{
  code: string;
}>;


export type MatterQuery = { matter: { code: string, name: string, items: Array<{ waitsFor: Array<string>, item: { code: string, name: string, statutoryLimitDays: number, committedLimitDays: number, fullyOnline: boolean, materials: Array<string> } }> } | null };

export type ServiceItemsQueryVariables = Exact<{
  filter?: ServiceItemFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ServiceItemsQuery = { serviceItems: { totalCount: number, nodes: Array<{ code: string, fullyOnline: boolean, department: { code: string }, section: { code: string } | null }> } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, code: string, name: string }> };

export type ServiceWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceWindowsQuery = { serviceWindows: Array<{ code: string, name: string, section: { code: string, name: string } }> };

export type DepartmentCreateMutationVariables = Exact<{
  input: DepartmentCreateInput;
}>;


export type DepartmentCreateMutation = { departmentCreate: { department: { id: string, code: string, name: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DepartmentUpdateMutationVariables = Exact<{
  input: DepartmentUpdateInput;
}>;


export type DepartmentUpdateMutation = { departmentUpdate: { department: { id: string, code: string, name: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseSubmitMutationVariables = Exact<{
  input: CaseSubmitInput;
}>;


export type CaseSubmitMutation = { caseSubmit: { case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseWithdrawMutationVariables = Exact<{
  input: CaseWithdrawInput;
}>;


export type CaseWithdrawMutation = { caseWithdraw: { case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskAcceptMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type TaskAcceptMutation = { taskAccept: { task: { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } } | null, case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskCompleteMutationVariables = Exact<{
  input: TaskActionInput;
}>;


export type TaskCompleteMutation = { taskComplete: { task: { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } } | null, case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskRejectMutationVariables = Exact<{
  input: TaskRejectInput;
}>;


export type TaskRejectMutation = { taskReject: { task: { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } } | null, case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskRequestSupplementMutationVariables = Exact<{
  input: TaskRequestSupplementInput;
}>;


export type TaskRequestSupplementMutation = { taskRequestSupplement: { task: { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } } | null, case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TaskSupplementMutationVariables = Exact<{
  input: TaskSupplementInput;
}>;


export type TaskSupplementMutation = { taskSupplement: { task: { id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } } | null, case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { id: string, number: string, state: CaseState, channel: Channel, submittedOn: string, dueOn: string, dueOnProvisional: boolean, finishedOn: string | null, overdue: boolean, rejectionReason: string | null, version: number, matter: { code: string }, enterprise: { id: string, lifecycleStage: LifecycleStage }, window: { code: string } | null, tasks: Array<{ id: string, state: TaskState, position: number, limitDays: number, activatedOn: string | null, dueOn: string | null, dueOnProvisional: boolean, suspendedOn: string | null, suspendedWorkingDays: number, supplementRequest: string | null, rejectionReason: string | null, overdue: boolean, overdueWithResponsibility: boolean, version: number, waitsFor: Array<string>, item: { code: string, name: string }, department: { code: string } }> } | null };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, state: CaseState, channel: Channel, overdue: boolean }> } };

export type CasesWithTasksQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CasesWithTasksQuery = { cases: { nodes: Array<{ id: string, number: string, enterprise: { name: string }, matter: { name: string }, tasks: Array<{ state: TaskState, department: { name: string }, item: { name: string } }> }> } };

export type EnterpriseCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseCasesQuery = { enterprise: { cases: { totalCount: number, nodes: Array<{ id: string, state: CaseState }> } } | null };

export type DepartmentTasksQueryVariables = Exact<{
  code: string;
  states?: Array<TaskState> | TaskState | null | undefined;
}>;


export type DepartmentTasksQuery = { department: { tasks: { totalCount: number, nodes: Array<{ id: string, state: TaskState, case: { number: string } }> } } | null };

export type EnterprisesWithCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  casesFirst?: number | null | undefined;
  casesAfter?: string | null | undefined;
}>;


export type EnterprisesWithCasesQuery = { enterprises: { nodes: Array<{ id: string, name: string, cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, submittedOn: string, enterprise: { id: string } }> } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, subject: string, displayName: string | null, chains: Array<string>, department: string | null, enterpriseUscc: string | null, enterprise: { id: string, name: string } | null } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AbnormalListEntry', id: string }
    | { __typename: 'AdministrativePenalty', id: string }
    | { __typename: 'AnnualReportFiling', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealCategory', id: string }
    | { __typename: 'AppealChannel', id: string }
    | { __typename: 'AppealExtension', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'BundleApplication', id: string }
    | { __typename: 'CamelliaForestPlot', id: string }
    | { __typename: 'CamelliaPressingLicence', id: string }
    | { __typename: 'CamelliaQualitySample', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'ChainMembership', id: string }
    | { __typename: 'ChipCertification', id: string }
    | { __typename: 'ChipEnvironmentalInspection', id: string }
    | { __typename: 'ChipPatent', id: string }
    | { __typename: 'ChipRdSpending', id: string }
    | { __typename: 'CreditAuthorization', id: string }
    | { __typename: 'CreditCommitment', id: string }
    | { __typename: 'CreditLoan', id: string }
    | { __typename: 'CreditPlusRuleSet', id: string }
    | { __typename: 'CreditPlusScore', id: string }
    | { __typename: 'CreditRepair', id: string }
    | { __typename: 'CreditReportAccess', id: string }
    | { __typename: 'CreditScore', id: string }
    | { __typename: 'DeadlineCorrection', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Enterprise', uscc: string, name: string, id: string }
    | { __typename: 'Honour', id: string }
    | { __typename: 'HuyouOrchard', id: string }
    | { __typename: 'HuyouProductBatch', id: string }
    | { __typename: 'HuyouResidueTest', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionDraw', id: string }
    | { __typename: 'InspectionItem', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'JudgmentDefaulter', id: string }
    | { __typename: 'LicensingDecision', id: string }
    | { __typename: 'Matter', id: string }
    | { __typename: 'MatterItem', id: string }
    | { __typename: 'PaperDischargePermit', id: string }
    | { __typename: 'PaperEmissionExceedance', id: string }
    | { __typename: 'PaperEnergyReport', id: string }
    | { __typename: 'PartnerAuthorization', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyRedemption', id: string }
    | { __typename: 'PolicyVersion', id: string }
    | { __typename: 'PublishedBundle', id: string }
    | { __typename: 'Rectification', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'SeriousViolationEntry', id: string }
    | { __typename: 'ServiceItem', id: string }
    | { __typename: 'ServiceSection', id: string }
    | { __typename: 'ServiceWindow', id: string }
    | { __typename: 'StoneMiningLicence', id: string }
    | { __typename: 'StoneRestoration', id: string }
    | { __typename: 'StoneSafetyIncident', id: string }
    | { __typename: 'Task', id: string }
    | { __typename: 'TaxCreditRating', id: string }
    | { __typename: 'TypicalCase', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WindowBonus', id: string }
    | { __typename: 'WindowRating', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AbnormalListEntry', id: string }
    | { __typename: 'AdministrativePenalty', id: string }
    | { __typename: 'AnnualReportFiling', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'AppealCategory', id: string }
    | { __typename: 'AppealChannel', id: string }
    | { __typename: 'AppealExtension', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'BundleApplication', id: string }
    | { __typename: 'CamelliaForestPlot', id: string }
    | { __typename: 'CamelliaPressingLicence', id: string }
    | { __typename: 'CamelliaQualitySample', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'ChainMembership', id: string }
    | { __typename: 'ChipCertification', id: string }
    | { __typename: 'ChipEnvironmentalInspection', id: string }
    | { __typename: 'ChipPatent', id: string }
    | { __typename: 'ChipRdSpending', id: string }
    | { __typename: 'CreditAuthorization', id: string }
    | { __typename: 'CreditCommitment', id: string }
    | { __typename: 'CreditLoan', id: string }
    | { __typename: 'CreditPlusRuleSet', id: string }
    | { __typename: 'CreditPlusScore', id: string }
    | { __typename: 'CreditRepair', id: string }
    | { __typename: 'CreditReportAccess', id: string }
    | { __typename: 'CreditScore', id: string }
    | { __typename: 'DeadlineCorrection', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Enterprise', uscc: string, id: string }
    | { __typename: 'Honour', id: string }
    | { __typename: 'HuyouOrchard', id: string }
    | { __typename: 'HuyouProductBatch', id: string }
    | { __typename: 'HuyouResidueTest', id: string }
    | { __typename: 'Inspection', id: string }
    | { __typename: 'InspectionDraw', id: string }
    | { __typename: 'InspectionItem', id: string }
    | { __typename: 'InspectionPlan', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'JudgmentDefaulter', id: string }
    | { __typename: 'LicensingDecision', id: string }
    | { __typename: 'Matter', id: string }
    | { __typename: 'MatterItem', id: string }
    | { __typename: 'PaperDischargePermit', id: string }
    | { __typename: 'PaperEmissionExceedance', id: string }
    | { __typename: 'PaperEnergyReport', id: string }
    | { __typename: 'PartnerAuthorization', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'PolicyRedemption', id: string }
    | { __typename: 'PolicyVersion', id: string }
    | { __typename: 'PublishedBundle', id: string }
    | { __typename: 'Rectification', id: string }
    | { __typename: 'Review', id: string }
    | { __typename: 'SeriousViolationEntry', id: string }
    | { __typename: 'ServiceItem', id: string }
    | { __typename: 'ServiceSection', id: string }
    | { __typename: 'ServiceWindow', id: string }
    | { __typename: 'StoneMiningLicence', id: string }
    | { __typename: 'StoneRestoration', id: string }
    | { __typename: 'StoneSafetyIncident', id: string }
    | { __typename: 'Task', id: string }
    | { __typename: 'TaxCreditRating', id: string }
    | { __typename: 'TypicalCase', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WindowBonus', id: string }
    | { __typename: 'WindowRating', id: string }
   | null> };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, role: Role, prefix: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, revokedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ApiKeysQueryVariables = Exact<{
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, nodes: Array<{ id: string, name: string, revokedAt: string | null, lastUsedAt: string | null }> } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, nodes: Array<{ id: string, actorRole: Role, actorSubject: string, operation: string, targetIds: Array<string>, outcome: AuditOutcome, errorCodes: Array<string>, requestId: string, createdAt: string }> } };

export type AddWorkingDaysQueryVariables = Exact<{
  from: string;
  days: number;
}>;


export type AddWorkingDaysQuery = { addWorkingDays: string };

export type WorkingDaysBetweenQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkingDaysBetweenQuery = { workingDaysBetween: number };

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { calendarYears: Array<{ year: number, status: CalendarYearStatus, workDays: Array<string>, source: string, offRanges: Array<{ from: string, to: string }> }> };

export type CalendarYearSetMutationVariables = Exact<{
  input: CalendarYearSetInput;
}>;


export type CalendarYearSetMutation = { calendarYearSet: { movedDeadlines: number, calendarYear: { year: number, status: CalendarYearStatus, workDays: Array<string>, offRanges: Array<{ from: string, to: string }> } | null, movedDeadlinesByKind: Array<{ kind: string, count: number }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ name: string, description: string, schedule: string | null }> };

export type JobEnqueueMutationVariables = Exact<{
  input: JobRunInput;
}>;


export type JobEnqueueMutation = { jobEnqueue: { jobRun: { id: string, name: string, state: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type JobRunQueryVariables = Exact<{
  name: string;
  id: string | number;
}>;


export type JobRunQuery = { jobRun: { id: string, state: string, output: Record<string, unknown> | null, completedOn: string | null } | null };

export type DeadlineCorrectionsQueryVariables = Exact<{
  filter?: DeadlineCorrectionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DeadlineCorrectionsQuery = { deadlineCorrections: { totalCount: number, nodes: Array<{ id: string, calendarYear: number, kind: string, subjectId: string, previousDueOn: string, dueOn: string, stillProvisional: boolean, requestId: string | null }> } };

export type WorkingDayDeadlineQueryVariables = Exact<{
  from: string;
  days: number;
}>;


export type WorkingDayDeadlineQuery = { workingDayDeadline: { dueOn: string, provisional: boolean } };

export type PolicyDraftSaveMutationVariables = Exact<{
  input: PolicyDraftSaveInput;
}>;


export type PolicyDraftSaveMutation = { policyDraftSave: { policy: { id: string, code: string, revision: number, latestVersion: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PolicyPublishMutationVariables = Exact<{
  input: PolicyPublishInput;
}>;


export type PolicyPublishMutation = { policyPublish: { version: { id: string, number: number, title: string, mode: PolicyMode } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PolicyMatchFieldsFragment = { inForce: boolean, eligible: boolean, amount: number | null, formulaValue: unknown, policy: { code: string }, version: { number: number }, conditions: Array<{ code: string, result: boolean | null, reads: Array<{ fact: string, value: unknown }>, shortfalls: Array<{ fact: string, value: unknown, operator: string, threshold: unknown }> }>, parameters: Array<{ name: string, value: number | null }> };

export type PolicyMatchesQueryVariables = Exact<{
  enterpriseId: string | number;
  on: string;
}>;


export type PolicyMatchesQuery = { policyMatches: Array<{ inForce: boolean, eligible: boolean, amount: number | null, formulaValue: unknown, policy: { code: string }, version: { number: number }, conditions: Array<{ code: string, result: boolean | null, reads: Array<{ fact: string, value: unknown }>, shortfalls: Array<{ fact: string, value: unknown, operator: string, threshold: unknown }> }>, parameters: Array<{ name: string, value: number | null }> }> };

export type PolicyWhatIfQueryVariables = Exact<{
  enterpriseId: string | number;
  on: string;
  assume: Array<PolicyFactValueInput> | PolicyFactValueInput;
}>;


export type PolicyWhatIfQuery = { policyWhatIf: Array<{ inForce: boolean, eligible: boolean, amount: number | null, formulaValue: unknown, policy: { code: string }, version: { number: number }, conditions: Array<{ code: string, result: boolean | null, reads: Array<{ fact: string, value: unknown }>, shortfalls: Array<{ fact: string, value: unknown, operator: string, threshold: unknown }> }>, parameters: Array<{ name: string, value: number | null }> }> };

export type PolicyFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyFactsQuery = { policyFacts: Array<{ code: string, type: string, module: string }> };

export type PolicyRedemptionFieldsFragment = { id: string, period: string, amount: string, state: PolicyRedemptionState, reason: string | null, paidOn: string | null, paymentReference: string | null, policy: { code: string } };

export type PolicyApplyMutationVariables = Exact<{
  input: PolicyApplyInput;
}>;


export type PolicyApplyMutation = { policyApply: { redemption: { id: string, period: string, amount: string, state: PolicyRedemptionState, reason: string | null, paidOn: string | null, paymentReference: string | null, policy: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PolicyRedemptionDecideMutationVariables = Exact<{
  input: PolicyRedemptionDecideInput;
}>;


export type PolicyRedemptionDecideMutation = { policyRedemptionDecide: { redemption: { id: string, period: string, amount: string, state: PolicyRedemptionState, reason: string | null, paidOn: string | null, paymentReference: string | null, policy: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PolicyRedemptionPayMutationVariables = Exact<{
  input: PolicyRedemptionPayInput;
}>;


export type PolicyRedemptionPayMutation = { policyRedemptionPay: { redemption: { id: string, period: string, amount: string, state: PolicyRedemptionState, reason: string | null, paidOn: string | null, paymentReference: string | null, policy: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PolicyRedemptionsQueryVariables = Exact<{
  policyCode?: string | null | undefined;
  enterpriseId?: string | number | null | undefined;
}>;


export type PolicyRedemptionsQuery = { policyRedemptions: { totalCount: number, nodes: Array<{ id: string, period: string, amount: string, state: PolicyRedemptionState, reason: string | null, paidOn: string | null, paymentReference: string | null, policy: { code: string } }> } };

export type PoliciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PoliciesQuery = { policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, title: string, latest: { number: number, department: { code: string } | null } | null }> } };

export type PolicyDraftQueryVariables = Exact<{
  code: string;
}>;


export type PolicyDraftQuery = { policyDraft: { code: string, revision: number, latestVersion: number, content: Record<string, unknown>, changesSincePublished: { from: number, to: number | null, changedFields: Array<string>, addedConditions: Array<string>, removedConditions: Array<string>, changedConditions: Array<string>, addedParameters: Array<string>, removedParameters: Array<string>, changedParameters: Array<string> } | null } };

export type PolicyDiffQueryVariables = Exact<{
  code: string;
  from: number;
  to: number;
}>;


export type PolicyDiffQuery = { policyDiff: { from: number, to: number | null, changedFields: Array<string>, addedConditions: Array<string>, removedConditions: Array<string>, changedConditions: Array<string>, addedParameters: Array<string>, removedParameters: Array<string>, changedParameters: Array<string> } };

export type PolicyDiffFieldsFragment = { from: number, to: number | null, changedFields: Array<string>, addedConditions: Array<string>, removedConditions: Array<string>, changedConditions: Array<string>, addedParameters: Array<string>, removedParameters: Array<string>, changedParameters: Array<string> };

export type PolicyIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
  by?: PolicyBreakdown | null | undefined;
}>;


export type PolicyIndicatorsQuery = { policyIndicators: { from: string, to: string, granted: number, amountGranted: string, amountDisbursed: string, beneficiaries: number, withoutReviewShare: number | null, waitingForBudget: number, yearlyBudget: string, budgetProgress: number | null, breakdown: Array<{ key: string, granted: number, amountGranted: string, amountDisbursed: string, beneficiaries: number, withoutReviewShare: number | null, waitingForBudget: number, yearlyBudget: string, budgetProgress: number | null }> } };

export type ChainNodePoliciesQueryVariables = Exact<{
  code: ChainCode;
}>;


export type ChainNodePoliciesQuery = { chain: { published: { nodes: Array<{ code: string, policies: Array<{ title: string, policyCode: string | null, policy: { code: string, title: string, latest: { number: number, mode: PolicyMode } | null } | null }> }> } | null } };

export type CasesReportQueryVariables = Exact<{
  dimensions: Array<CasesDimension> | CasesDimension;
  measures: Array<CasesMeasure> | CasesMeasure;
  filter?: CasesReportFilter | null | undefined;
  orderBy?: Array<CasesReportOrder> | CasesReportOrder | null | undefined;
  limit?: number | null | undefined;
  totals?: boolean | null | undefined;
}>;


export type CasesReportQuery = { casesReport: { truncated: boolean, rows: Array<{ matter: string | null, channel: string | null, region: string | null, submittedMonth: string | null, submittedDay: string | null, count: number | null, completed: number | null, onlineRate: number | null, enterprises: number | null }>, totals: { count: number | null, onlineRate: number | null, enterprises: number | null } | null } };

export type PolicyRedemptionsReportQueryVariables = Exact<{
  dimensions: Array<PolicyRedemptionsDimension> | PolicyRedemptionsDimension;
  measures: Array<PolicyRedemptionsMeasure> | PolicyRedemptionsMeasure;
  filter?: PolicyRedemptionsReportFilter | null | undefined;
}>;


export type PolicyRedemptionsReportQuery = { policyRedemptionsReport: { rows: Array<{ mode: string | null, department: string | null, count: number | null, amount: number | null, beneficiaries: number | null, withoutReviewShare: number | null }>, totals: { count: number | null, amount: number | null, beneficiaries: number | null, withoutReviewShare: number | null } | null } };

export type IndicatorBoardQueryVariables = Exact<{
  from: string;
  to: string;
  region?: string | null | undefined;
  chain?: string | null | undefined;
  trendPeriods?: number | null | undefined;
}>;


export type IndicatorBoardQuery = { indicatorBoard: { from: string, to: string, entries: Array<{ value: number | null, target: number | null, class: IndicatorClass | null, provisionalCalendar: boolean, indicator: { code: string, unit: IndicatorUnit, direction: IndicatorDirection }, trend: Array<{ from: string, to: string, value: number | null }> }> } };

export type RectificationFieldsFragment = { id: string, state: RectificationState, openedOn: string, dueOn: string, dueOnProvisional: boolean, measures: string | null, rectifiedOn: string | null, closedOn: string | null, overdue: boolean, department: { code: string }, followUps: Array<{ raterSatisfied: boolean, note: string, by: string }> };

export type ReviewSubmitMutationVariables = Exact<{
  input: ReviewSubmitInput;
}>;


export type ReviewSubmitMutation = { reviewSubmit: { review: { id: string, level: ReviewLevel, score: number, online: boolean, unprompted: boolean, comment: string | null, ratings: Array<{ dimension: ReviewDimension, score: number }>, department: { code: string }, rectification: { id: string } | null } | null, rectification: { id: string, state: RectificationState, openedOn: string, dueOn: string, dueOnProvisional: boolean, measures: string | null, rectifiedOn: string | null, closedOn: string | null, overdue: boolean, department: { code: string }, followUps: Array<{ raterSatisfied: boolean, note: string, by: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RectificationReportMutationVariables = Exact<{
  input: RectificationReportInput;
}>;


export type RectificationReportMutation = { rectificationReport: { rectification: { id: string, state: RectificationState, openedOn: string, dueOn: string, dueOnProvisional: boolean, measures: string | null, rectifiedOn: string | null, closedOn: string | null, overdue: boolean, department: { code: string }, followUps: Array<{ raterSatisfied: boolean, note: string, by: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RectificationFollowUpMutationVariables = Exact<{
  input: RectificationFollowUpInput;
}>;


export type RectificationFollowUpMutation = { rectificationFollowUp: { rectification: { id: string, state: RectificationState, openedOn: string, dueOn: string, dueOnProvisional: boolean, measures: string | null, rectifiedOn: string | null, closedOn: string | null, overdue: boolean, department: { code: string }, followUps: Array<{ raterSatisfied: boolean, note: string, by: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RectificationsQueryVariables = Exact<{
  filter?: RectificationFilter | null | undefined;
}>;


export type RectificationsQuery = { rectifications: { totalCount: number, nodes: Array<{ id: string, state: RectificationState, openedOn: string, dueOn: string, dueOnProvisional: boolean, measures: string | null, rectifiedOn: string | null, closedOn: string | null, overdue: boolean, review: { level: ReviewLevel, case: { number: string } }, department: { code: string }, followUps: Array<{ raterSatisfied: boolean, note: string, by: string }> }> } };

export type CaseReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseReviewQuery = { case: { review: { level: ReviewLevel, rectification: { state: RectificationState } | null } | null } | null };

export type WindowBonusRecordMutationVariables = Exact<{
  input: WindowBonusRecordInput;
}>;


export type WindowBonusRecordMutation = { windowBonusRecord: { bonus: { month: string, points: number, reason: string, recordedBy: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type WindowRatingsPublishMutationVariables = Exact<{
  input: WindowRatingsPublishInput;
}>;


export type WindowRatingsPublishMutation = { windowRatingsPublish: { ratings: Array<{ id: string, month: string, stars: number, score: number, casesCompleted: number, casesOnTime: number, onTimeRate: number | null, reviews: number, satisfiedReviews: number, satisfactionRate: number | null, rectifications: number, overdueWithResponsibility: number, bonusPoints: number, window: { code: string } }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type WindowRatingsQueryVariables = Exact<{
  month: string;
}>;


export type WindowRatingsQuery = { windowRatings: Array<{ id: string, month: string, stars: number, score: number, casesCompleted: number, casesOnTime: number, onTimeRate: number | null, reviews: number, satisfiedReviews: number, satisfactionRate: number | null, rectifications: number, overdueWithResponsibility: number, bonusPoints: number, window: { code: string } }> };

export type WindowRatingFieldsFragment = { id: string, month: string, stars: number, score: number, casesCompleted: number, casesOnTime: number, onTimeRate: number | null, reviews: number, satisfiedReviews: number, satisfactionRate: number | null, rectifications: number, overdueWithResponsibility: number, bonusPoints: number, window: { code: string } };

export type OneMatterIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OneMatterIndicatorsQuery = { oneMatterIndicators: { from: string, to: string, casesSubmitted: number, casesCompleted: number, onTimeCompletionRate: number | null, onlineRate: number | null, activeReviewRate: number | null, satisfactionRate: number | null, averageHandlingWorkingDays: number | null, provisionalCalendar: boolean, overdueWithResponsibility: Array<{ count: number, department: { code: string } }> } };

export type IndicatorDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorDefinitionsQuery = { indicatorDefinitions: Array<{ code: string, name: string, definition: string, unit: IndicatorUnit, target: number | null, module: string }> };

export const AppealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppealFieldsFragment, unknown>;
export const AppealUserErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealUserErrorsFragment, unknown>;
export const CreditScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<CreditScoreFieldsFragment, unknown>;
export const CreditPlusRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPlusRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPlusRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]} as unknown as DocumentNode<CreditPlusRuleFieldsFragment, unknown>;
export const EnterpriseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseFieldsFragment, unknown>;
export const BundleNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BundleNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BundleNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"matterCodes"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemsMatter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<BundleNodeFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const PolicyMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formulaValue"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PolicyMatchFieldsFragment, unknown>;
export const PolicyRedemptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRedemptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyRedemptionFieldsFragment, unknown>;
export const PolicyDiffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyDiffType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"addedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"removedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"changedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"addedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"removedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"changedParameters"}}]}}]} as unknown as DocumentNode<PolicyDiffFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<RectificationFieldsFragment, unknown>;
export const WindowRatingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WindowRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"casesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"casesOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedReviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<WindowRatingFieldsFragment, unknown>;
export const AppealSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resubmission"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealSubmitMutation, AppealSubmitMutationVariables>;
export const AppealAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealAssignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealAssignMutation, AppealAssignMutationVariables>;
export const AppealReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealReturnMutation, AppealReturnMutationVariables>;
export const AppealAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealAcceptMutation, AppealAcceptMutationVariables>;
export const AppealPartAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealPartAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealPartAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealPartAddMutation, AppealPartAddMutationVariables>;
export const AppealReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealReplyMutation, AppealReplyMutationVariables>;
export const AppealFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealFollowUpMutation, AppealFollowUpMutationVariables>;
export const AppealCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealCloseMutation, AppealCloseMutationVariables>;
export const AppealEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealTextStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealEscalateMutation, AppealEscalateMutationVariables>;
export const AppealMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealMergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealMergeMutation, AppealMergeMutationVariables>;
export const AppealExtensionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealExtensionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealExtensionRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealExtensionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"newDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealExtensionRequestMutation, AppealExtensionRequestMutationVariables>;
export const AppealExtensionDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealExtensionDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealExtensionDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealExtensionDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"newDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealExtensionDecideMutation, AppealExtensionDecideMutationVariables>;
export const TypicalCasePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TypicalCasePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TypicalCasePublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalCasePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"channelCode"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TypicalCasePublishMutation, TypicalCasePublishMutationVariables>;
export const AppealChannelAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppealChannelAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealChannelAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealChannelAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppealChannelAddMutation, AppealChannelAddMutationVariables>;
export const AppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppealFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"channelReference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHandlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"solved"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AppealsQuery, AppealsQueryVariables>;
export const AppealChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}}]}}]}}]} as unknown as DocumentNode<AppealChannelsQuery, AppealChannelsQueryVariables>;
export const TypicalCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TypicalCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typicalCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"channelCode"}}]}}]}}]}}]} as unknown as DocumentNode<TypicalCasesQuery, TypicalCasesQueryVariables>;
export const AppealNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AppealNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCodes"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealNotificationsSubscription, AppealNotificationsSubscriptionVariables>;
export const AppealIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealBreakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeClosureRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageReplyWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeClosureRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]} as unknown as DocumentNode<AppealIndicatorsQuery, AppealIndicatorsQueryVariables>;
export const EnterpriseCreditScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCreditScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditScoreFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<EnterpriseCreditScoreQuery, EnterpriseCreditScoreQueryVariables>;
export const EnterpriseCreditExplanationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCreditExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditScoreFields"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdministrativePenalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Honour"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditScoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<EnterpriseCreditExplanationQuery, EnterpriseCreditExplanationQueryVariables>;
export const EnterpriseCreditRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCreditRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativePenalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEndsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abnormalListEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseCreditRecordsQuery, EnterpriseCreditRecordsQueryVariables>;
export const AdministrativePenaltyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdministrativePenaltyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativePenaltyRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEndsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdministrativePenaltyRecordMutation, AdministrativePenaltyRecordMutationVariables>;
export const AnnualReportFilingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnualReportFilingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportFilingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReportFilingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportFilingRecordMutation, AnnualReportFilingRecordMutationVariables>;
export const TaxCreditRatingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaxCreditRatingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxCreditRatingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCreditRatingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TaxCreditRatingRecordMutation, TaxCreditRatingRecordMutationVariables>;
export const HonourRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HonourRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HonourRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honourRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"honour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HonourRecordMutation, HonourRecordMutationVariables>;
export const AbnormalListEntryRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbnormalListEntryRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbnormalListEntryRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abnormalListEntryRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AbnormalListEntryRecordMutation, AbnormalListEntryRecordMutationVariables>;
export const AbnormalListEntryRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AbnormalListEntryRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbnormalListEntryRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abnormalListEntryRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AbnormalListEntryRemoveMutation, AbnormalListEntryRemoveMutationVariables>;
export const CreditScoresRecomputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditScoresRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScoresRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditScoresRecomputeMutation, CreditScoresRecomputeMutationVariables>;
export const CreditAuthorizationGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditAuthorizationGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditAuthorizationGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAuthorizationGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditAuthorizationGrantMutation, CreditAuthorizationGrantMutationVariables>;
export const CreditAuthorizationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditAuthorizationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditAuthorizationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAuthorizationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditAuthorizationRevokeMutation, CreditAuthorizationRevokeMutationVariables>;
export const CreditLoanRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditLoanRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditLoanRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLoanRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditLoanRecordMutation, CreditLoanRecordMutationVariables>;
export const CreditAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditAuthorizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditReportAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLoans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}}]}}]}}]}}]} as unknown as DocumentNode<CreditAccessLogQuery, CreditAccessLogQueryVariables>;
export const CreditRepairApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditRepairApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRepairApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRepairApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueOnProvisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRepairApplyMutation, CreditRepairApplyMutationVariables>;
export const CreditRepairDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditRepairDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRepairDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRepairDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"abnormalListEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalCause"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRepairDecideMutation, CreditRepairDecideMutationVariables>;
export const CreditRecordsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditRecordsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRecordsImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRecordsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRecordsImportMutation, CreditRecordsImportMutationVariables>;
export const CreditIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"enterprisesScored"}},{"kind":"Field","name":{"kind":"Name","value":"goodOrBetterRate"}},{"kind":"Field","name":{"kind":"Name","value":"poorRate"}},{"kind":"Field","name":{"kind":"Name","value":"repairsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"repairsOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"loansApproved"}},{"kind":"Field","name":{"kind":"Name","value":"loanAmount"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalCalendar"}}]}}]}}]} as unknown as DocumentNode<CreditIndicatorsQuery, CreditIndicatorsQueryVariables>;
export const LicensingDecisionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicensingDecisionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingDecisionRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensingDecisionRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDueOnProvisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LicensingDecisionRecordMutation, LicensingDecisionRecordMutationVariables>;
export const DecisionPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecisionPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LicensingDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdministrativePenalty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionPublishMutation, DecisionPublishMutationVariables>;
export const DoublePublicityIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoublePublicityIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doublePublicityIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionsMade"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsToPublish"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"reportingRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelinessRate"}},{"kind":"Field","name":{"kind":"Name","value":"complianceRate"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalCalendar"}}]}}]}}]} as unknown as DocumentNode<DoublePublicityIndicatorsQuery, DoublePublicityIndicatorsQueryVariables>;
export const CreditPlusRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditPlusRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlusRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionInForce"}},{"kind":"Field","name":{"kind":"Name","value":"rulesInForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPlusRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPlusRuleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPlusRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPlusRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]} as unknown as DocumentNode<CreditPlusRulesQuery, CreditPlusRulesQueryVariables>;
export const CreditPlusRulesDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditPlusRulesDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlusRulesDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<CreditPlusRulesDiffQuery, CreditPlusRulesDiffQueryVariables>;
export const CreditPlusRulesDraftSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditPlusRulesDraftSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPlusRulesDraftSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlusRulesDraftSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditPlusRulesDraftSaveMutation, CreditPlusRulesDraftSaveMutationVariables>;
export const CreditPlusRulesPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditPlusRulesPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditPlusRulesPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlusRulesPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescored"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreditPlusRulesPublishMutation, CreditPlusRulesPublishMutationVariables>;
export const EnterpriseCreditPlusScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCreditPlusScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditPlusScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"publicScore"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"baseChain"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseCreditPlusScoresQuery, EnterpriseCreditPlusScoresQueryVariables>;
export const EnterpriseCreditPlusHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCreditPlusHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditPlusScoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseCreditPlusHistoryQuery, EnterpriseCreditPlusHistoryQueryVariables>;
export const EnterpriseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseRegisterMutation, EnterpriseRegisterMutationVariables>;
export const EnterpriseUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterpriseUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseUpdateMutation, EnterpriseUpdateMutationVariables>;
export const EnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseQuery, EnterpriseQueryVariables>;
export const EnterpriseByUsccDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseByUscc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseByUscc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uscc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uscc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterpriseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterpriseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EnterpriseByUsccQuery, EnterpriseByUsccQueryVariables>;
export const EnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Enterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesQuery, EnterprisesQueryVariables>;
export const EnterprisesWithCataloguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesWithCatalogues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesWithCataloguesQuery, EnterprisesWithCataloguesQueryVariables>;
export const PartnerAuthorizationGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerAuthorizationGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAuthorizationGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAuthorizationGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAuthorizationGrantMutation, PartnerAuthorizationGrantMutationVariables>;
export const PartnerAuthorizationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerAuthorizationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAuthorizationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAuthorizationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAuthorizationRevokeMutation, PartnerAuthorizationRevokeMutationVariables>;
export const PartnerAccessScopesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerAccessScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerAccessScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]} as unknown as DocumentNode<PartnerAccessScopesQuery, PartnerAccessScopesQueryVariables>;
export const ChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChainsQuery, ChainsQueryVariables>;
export const ChainPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BundleNodeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BundleNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BundleNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"matterCodes"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemsMatter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"policyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChainPublishedQuery, ChainPublishedQueryVariables>;
export const BundleDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BundleDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundleDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"itemCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BundleDraftQuery, BundleDraftQueryVariables>;
export const BundleDraftSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BundleDraftSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BundleDraftSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundleDraftSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BundleDraftSaveMutation, BundleDraftSaveMutationVariables>;
export const BundlePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BundlePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BundlePublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundlePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"itemsMatter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BundlePublishMutation, BundlePublishMutationVariables>;
export const BundleDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BundleDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundleDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"nameChanged"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionChanged"}},{"kind":"Field","name":{"kind":"Name","value":"addedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"removedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"changedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"addedMatters"}},{"kind":"Field","name":{"kind":"Name","value":"removedMatters"}},{"kind":"Field","name":{"kind":"Name","value":"addedItems"}},{"kind":"Field","name":{"kind":"Name","value":"removedItems"}},{"kind":"Field","name":{"kind":"Name","value":"orderChanged"}},{"kind":"Field","name":{"kind":"Name","value":"policiesChanged"}},{"kind":"Field","name":{"kind":"Name","value":"contactsChanged"}}]}}]}}]}}]} as unknown as DocumentNode<BundleDiffQuery, BundleDiffQueryVariables>;
export const ChainMembershipJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainMembershipJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainMembershipJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chainMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChainMembershipJoinMutation, ChainMembershipJoinMutationVariables>;
export const ChainMembershipLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainMembershipLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainMembershipLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chainMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChainMembershipLeaveMutation, ChainMembershipLeaveMutationVariables>;
export const BundleApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BundleApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BundleApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundleApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"node"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BundleApplyMutation, BundleApplyMutationVariables>;
export const BundleApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BundleApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundleApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<BundleApplicationQuery, BundleApplicationQueryVariables>;
export const ChainEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"node"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"node"},"value":{"kind":"Variable","name":{"kind":"Name","value":"node"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chainMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"huyouOrchards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"SUSPENDED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainEnterprisesQuery, ChainEnterprisesQueryVariables>;
export const HuyouOrchardRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuyouOrchardRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuyouOrchardRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huyouOrchardRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orchard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HuyouOrchardRegisterMutation, HuyouOrchardRegisterMutationVariables>;
export const HuyouResidueTestRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuyouResidueTestRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuyouResidueTestRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huyouResidueTestRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residueTest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HuyouResidueTestRecordMutation, HuyouResidueTestRecordMutationVariables>;
export const HuyouProductBatchRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HuyouProductBatchRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HuyouProductBatchRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huyouProductBatchRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"traceabilityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<HuyouProductBatchRegisterMutation, HuyouProductBatchRegisterMutationVariables>;
export const HuyouDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HuyouData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"huyouOrchards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residueTests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"huyouProductBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"product"}}]}}]}}]}}]} as unknown as DocumentNode<HuyouDataQuery, HuyouDataQueryVariables>;
export const ChipRdSpendingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChipRdSpendingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChipRdSpendingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chipRdSpendingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChipRdSpendingRecordMutation, ChipRdSpendingRecordMutationVariables>;
export const MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"completionStage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"committedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MattersQuery, MattersQueryVariables>;
export const MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"committedLimitDays"}},{"kind":"Field","name":{"kind":"Name","value":"fullyOnline"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterQuery, MatterQueryVariables>;
export const ServiceItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullyOnline"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceItemsQuery, ServiceItemsQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const ServiceWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceWindowsQuery, ServiceWindowsQueryVariables>;
export const DepartmentCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentCreateMutation, DepartmentCreateMutationVariables>;
export const DepartmentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentUpdateMutation, DepartmentUpdateMutationVariables>;
export const CaseSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CaseSubmitMutation, CaseSubmitMutationVariables>;
export const CaseWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CaseWithdrawMutation, CaseWithdrawMutationVariables>;
export const TaskAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<TaskAcceptMutation, TaskAcceptMutationVariables>;
export const TaskCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<TaskCompleteMutation, TaskCompleteMutationVariables>;
export const TaskRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskRejectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<TaskRejectMutation, TaskRejectMutationVariables>;
export const TaskRequestSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskRequestSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskRequestSupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskRequestSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<TaskRequestSupplementMutation, TaskRequestSupplementMutationVariables>;
export const TaskSupplementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskSupplement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskSupplementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskSupplement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<TaskSupplementMutation, TaskSupplementMutationVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"supplementRequest"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waitsFor"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CasesWithTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesWithTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesWithTasksQuery, CasesWithTasksQueryVariables>;
export const EnterpriseCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterpriseCasesQuery, EnterpriseCasesQueryVariables>;
export const DepartmentTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentTasksQuery, DepartmentTasksQueryVariables>;
export const EnterprisesWithCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesWithCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"casesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"casesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"casesFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"casesAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisesWithCasesQuery, EnterprisesWithCasesQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseUscc"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AddWorkingDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddWorkingDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<AddWorkingDaysQuery, AddWorkingDaysQueryVariables>;
export const WorkingDaysBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDaysBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDaysBetween"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<WorkingDaysBetweenQuery, WorkingDaysBetweenQueryVariables>;
export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"offRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarYearSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalendarYearSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYearSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"offRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedDeadlines"}},{"kind":"Field","name":{"kind":"Name","value":"movedDeadlinesByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarYearSetMutation, CalendarYearSetMutationVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const JobEnqueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobEnqueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEnqueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<JobEnqueueMutation, JobEnqueueMutationVariables>;
export const JobRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}}]}}]} as unknown as DocumentNode<JobRunQuery, JobRunQueryVariables>;
export const DeadlineCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineCorrectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineCorrections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarYear"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"stillProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineCorrectionsQuery, DeadlineCorrectionsQueryVariables>;
export const WorkingDayDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDayDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDayDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<WorkingDayDeadlineQuery, WorkingDayDeadlineQueryVariables>;
export const PolicyDraftSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyDraftSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyDraftSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDraftSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyDraftSaveMutation, PolicyDraftSaveMutationVariables>;
export const PolicyPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyPublishMutation, PolicyPublishMutationVariables>;
export const PolicyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyMatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formulaValue"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PolicyMatchesQuery, PolicyMatchesQueryVariables>;
export const PolicyWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assume"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyFactValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"assume"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assume"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyMatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formulaValue"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PolicyWhatIfQuery, PolicyWhatIfQueryVariables>;
export const PolicyFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]} as unknown as DocumentNode<PolicyFactsQuery, PolicyFactsQueryVariables>;
export const PolicyApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRedemptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRedemptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyApplyMutation, PolicyApplyMutationVariables>;
export const PolicyRedemptionDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRedemptionDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemptionDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRedemptionDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRedemptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRedemptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyRedemptionDecideMutation, PolicyRedemptionDecideMutationVariables>;
export const PolicyRedemptionPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PolicyRedemptionPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemptionPayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRedemptionPay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRedemptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRedemptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyRedemptionPayMutation, PolicyRedemptionPayMutationVariables>;
export const PolicyRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRedemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRedemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"policyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"enterpriseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterpriseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRedemptionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRedemptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PolicyRedemptionsQuery, PolicyRedemptionsQueryVariables>;
export const PoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Policies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PoliciesQuery, PoliciesQueryVariables>;
export const PolicyDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"changesSincePublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyDiffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyDiffType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"addedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"removedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"changedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"addedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"removedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"changedParameters"}}]}}]} as unknown as DocumentNode<PolicyDraftQuery, PolicyDraftQueryVariables>;
export const PolicyDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyDiffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyDiffType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"addedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"removedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"changedConditions"}},{"kind":"Field","name":{"kind":"Name","value":"addedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"removedParameters"}},{"kind":"Field","name":{"kind":"Name","value":"changedParameters"}}]}}]} as unknown as DocumentNode<PolicyDiffQuery, PolicyDiffQueryVariables>;
export const PolicyIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyBreakdown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"amountDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"withoutReviewShare"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForBudget"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"budgetProgress"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"amountGranted"}},{"kind":"Field","name":{"kind":"Name","value":"amountDisbursed"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"withoutReviewShare"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForBudget"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyBudget"}},{"kind":"Field","name":{"kind":"Name","value":"budgetProgress"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyIndicatorsQuery, PolicyIndicatorsQueryVariables>;
export const ChainNodePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainNodePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChainCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policyCode"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainNodePoliciesQuery, ChainNodePoliciesQueryVariables>;
export const CasesReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasesDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasesMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CasesReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CasesReportOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"totals"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"totals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"totals"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"submittedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"submittedDay"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}}]}}]}}]}}]} as unknown as DocumentNode<CasesReportQuery, CasesReportQueryVariables>;
export const PolicyRedemptionsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyRedemptionsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemptionsDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemptionsMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRedemptionsReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyRedemptionsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"totals"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"withoutReviewShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"withoutReviewShare"}}]}}]}}]}}]} as unknown as DocumentNode<PolicyRedemptionsReportQuery, PolicyRedemptionsReportQueryVariables>;
export const IndicatorBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendPeriods"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}},{"kind":"Argument","name":{"kind":"Name","value":"trendPeriods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendPeriods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorBoardQuery, IndicatorBoardQueryVariables>;
export const ReviewSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"unprompted"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<ReviewSubmitMutation, ReviewSubmitMutationVariables>;
export const RectificationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RectificationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<RectificationReportMutation, RectificationReportMutationVariables>;
export const RectificationFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RectificationFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<RectificationFollowUpMutation, RectificationFollowUpMutationVariables>;
export const RectificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rectifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOnProvisional"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raterSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]} as unknown as DocumentNode<RectificationsQuery, RectificationsQueryVariables>;
export const CaseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseReviewQuery, CaseReviewQueryVariables>;
export const WindowBonusRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WindowBonusRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowBonusRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowBonusRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WindowBonusRecordMutation, WindowBonusRecordMutationVariables>;
export const WindowRatingsPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WindowRatingsPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowRatingsPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowRatingsPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WindowRatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WindowRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"casesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"casesOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedReviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<WindowRatingsPublishMutation, WindowRatingsPublishMutationVariables>;
export const WindowRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WindowRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WindowRatingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WindowRatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WindowRating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"casesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"casesOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedReviews"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<WindowRatingsQuery, WindowRatingsQueryVariables>;
export const OneMatterIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneMatterIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneMatterIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"casesSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"casesCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineRate"}},{"kind":"Field","name":{"kind":"Name","value":"activeReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandlingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"provisionalCalendar"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWithResponsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OneMatterIndicatorsQuery, OneMatterIndicatorsQueryVariables>;
export const IndicatorDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]} as unknown as DocumentNode<IndicatorDefinitionsQuery, IndicatorDefinitionsQueryVariables>;