import { Role } from '../../modules/platform/auth/principal';

/** The roles whose tokens carry a scope: an OFFICER's department, a DESK's chains, an ENTERPRISE's credit code. */
export type ScopedRole = Role.OFFICER | Role.DESK | Role.ENTERPRISE;

/**
 * What the authorization matrix expects of a root field whose rule the schema's metadata cannot say: a field without
 * `@Authorized` (public by design, or deciding in its resolver), or a field whose resolver narrows its declared roles
 * by the caller's scope.
 */
export interface RootFieldRule {
  /**
   * Who reaches the resolver with a matching scope: anyone, anyone signed in, or the roles listed. Only for a field
   * without `@Authorized`: a field that declares its roles keeps them, and the table may only narrow them by scope.
   */
  allowed?: 'public' | 'authenticated' | Role[];
  /** The rule of another root field, e.g. `node(id:)` applies the rules of the query of the object's own type. */
  sameAs?: string;
  /** Scoped roles among the allowed ones that the resolver refuses when the caller's scope does not match the arguments. */
  refusedOutOfScope?: ScopedRole[];
  /** A partner reaches it only under the enterprise's partner authorization, which the matrix's partner key never has. */
  partnerNeedsAuthorization?: boolean;
  /** The department whose officers match, when it is not the matrix's default one (the kind of record decides it). */
  department?: string;
  /** Where the rule is written down (README, access helper, service): never "because the server answered so". */
  why: string;
}

/**
 * Root fields whose rule is not (or not only) in `@Authorized` metadata. A root field that has neither a readable
 * `@Authorized` rule nor an entry here fails the matrix by name, and so does an entry whose field is gone.
 */
export const ROOT_FIELD_RULES: Record<string, RootFieldRule> = {
  // Public by design (README "Authentication and roles": anonymous callers may use the calendar queries and catalogues;
  // "Caching": the catalogues, the calendar queries, chains/chain and indicatorDefinitions are the same for everyone).
  viewer: { allowed: 'public', why: 'README: `viewer` returns the caller, role ANONYMOUS without credentials.' },
  inspectionItems: { allowed: 'public', why: 'README "Random inspections": the inspection lists are public (抽查事项清单).' },
  inspectionPublicity: { allowed: 'public', why: 'README "Random inspections": published results are public (一公开), without personal data.' },
  inspectionTargetedRecord: {
    refusedOutOfScope: [Role.OFFICER],
    why: 'inspection.access.ts: only officers of the department order its inspections.',
  },
  inspectionPlans: {
    refusedOutOfScope: [Role.OFFICER],
    why: "inspection.access.ts: a department's plans are read by its officers (and ADMIN, ANALYST).",
  },
  inspections: {
    refusedOutOfScope: [Role.OFFICER],
    why: "inspection.access.ts: a department's inspections are read by its officers (and ADMIN, ANALYST).",
  },
  inspectionPlanCreate: { refusedOutOfScope: [Role.OFFICER], why: 'inspection.access.ts: only officers of the department plan its inspections.' },
  inspectionItemWithdraw: {
    refusedOutOfScope: [Role.OFFICER],
    why: "inspection.access.ts: only officers of the item's department withdraw it (the matrix's inspectionItemDefine made the item, in the default department).",
  },
  inspectionItemDefine: { refusedOutOfScope: [Role.OFFICER], why: 'inspection.access.ts: only officers of the department keep its list.' },
  sessionSignIn: { allowed: 'public', why: 'README "Users and sign-in": signing in is what a caller without credentials does.' },
  sessionRefresh: { allowed: 'public', why: 'README "Users and sign-in": the refresh token is the credential, sent in the input.' },
  userPasswordSet: { allowed: 'public', why: 'README "Users and sign-in": the one-time link of an invitation or a reset is the credential.' },
  addWorkingDays: { allowed: 'public', why: 'README: anonymous callers may use the calendar queries.' },
  workingDayDeadline: { allowed: 'public', why: 'README: anonymous callers may use the calendar queries.' },
  workingDaysBetween: { allowed: 'public', why: 'README: anonymous callers may use the calendar queries.' },
  calendarYears: { allowed: 'public', why: 'README: anonymous callers may use the calendar queries.' },
  calendarYear: { allowed: 'public', why: 'README: anonymous callers may use the calendar queries.' },
  indicatorDefinitions: { allowed: 'public', why: 'README "Caching": indicatorDefinitions is public, with a one-hour hint.' },
  regions: { allowed: 'public', why: 'README: a catalogue, public for every caller.' },
  industryCategories: { allowed: 'public', why: 'README: a catalogue, public for every caller.' },
  departments: { allowed: 'public', why: 'README: a catalogue, public for every caller.' },
  department: { allowed: 'public', why: 'README: a catalogue, public for every caller.' },
  serviceSections: { allowed: 'public', why: 'README: windows and sections are public catalogues.' },
  serviceWindows: { allowed: 'public', why: 'README: windows and sections are public catalogues.' },
  serviceItems: { allowed: 'public', why: 'README: serviceItems and matters form the public service catalogue.' },
  matters: { allowed: 'public', why: 'README: serviceItems and matters form the public service catalogue.' },
  matter: { allowed: 'public', why: 'README: serviceItems and matters form the public service catalogue.' },
  windowRatings: { allowed: 'public', why: 'README "Windows\' monthly star rating": the published breakdown, public like the windows.' },
  chains: { allowed: 'public', why: 'README "Bundles": anyone reads chains, chain(code) and bundleDiff.' },
  chain: { allowed: 'public', why: 'README "Bundles": anyone reads chains, chain(code) and bundleDiff.' },
  bundleDiff: { allowed: 'public', why: 'README "Bundles": anyone reads chains, chain(code) and bundleDiff (published versions only).' },
  creditPlusRules: {
    allowed: 'public',
    why: 'README "Credit+": creditPlusRules(chain) shows anyone the indicators, the rules in force and every version.',
  },
  creditPlusRulesDiff: { allowed: 'public', why: 'README "Credit+": the published versions of the rules are public, so is their comparison.' },
  policyFacts: { allowed: 'public', why: 'README "Policies": the facts policies may read are public, as the catalogue of what can be asked.' },
  policies: { allowed: 'public', why: 'README "Policies": published policies are public.' },
  policyDiff: { allowed: 'public', why: 'README "Policies": published versions and what changed between them are public.' },
  partnerAccessScopes: { allowed: 'public', why: 'README "Partner authorizations": the scopes the enabled modules offer are public.' },
  appealChannels: { allowed: 'public', why: 'README "Appeals": the channels and the problem catalogue are public reference data.' },
  appealCategories: { allowed: 'public', why: 'README "Appeals": the channels and the problem catalogue are public reference data.' },
  typicalCases: { allowed: 'public', why: 'README "Appeals": typical cases are published, without personal data or the enterprise’s name.' },

  // Declared roles, narrowed by scope in the resolver or service.
  enterprise: {
    refusedOutOfScope: [Role.ENTERPRISE],
    why: 'README roles table and enterprise.access.ts assertEnterpriseReadable: an ENTERPRISE reads only itself.',
  },
  enterpriseByUscc: {
    refusedOutOfScope: [Role.ENTERPRISE],
    why: 'README roles table and enterprise.access.ts assertEnterpriseReadable: an ENTERPRISE reads only itself.',
  },
  case: {
    refusedOutOfScope: [Role.OFFICER, Role.ENTERPRISE],
    why: 'case.access.ts assertCaseReadable: an OFFICER reads cases with a task of its department, an ENTERPRISE its own.',
  },
  caseSubmit: { refusedOutOfScope: [Role.ENTERPRISE], why: 'case.access.ts CASE_SUBMITTERS: an ENTERPRISE submits for itself (CaseService.submit).' },
  chainMembershipJoin: {
    refusedOutOfScope: [Role.DESK, Role.ENTERPRISE],
    why: 'membership.service.ts: the chain’s desk, an ADMIN or the enterprise itself places an enterprise at a node.',
  },
  chainMembershipLeave: {
    refusedOutOfScope: [Role.DESK, Role.ENTERPRISE],
    why: 'membership.service.ts: the chain’s desk, an ADMIN or the enterprise itself places an enterprise at a node.',
  },
  bundleDraft: {
    refusedOutOfScope: [Role.DESK],
    why: 'README "Bundles" and chain.access.ts assertDeskOf: another desk cannot read or touch the draft.',
  },
  bundleDraftSave: {
    refusedOutOfScope: [Role.DESK],
    why: 'README "Bundles" and chain.access.ts assertDeskOf: another desk cannot read or touch the draft.',
  },
  bundlePublish: {
    refusedOutOfScope: [Role.DESK],
    why: 'README "Bundles" and chain.access.ts assertDeskOf: another desk cannot read or touch the draft.',
  },
  creditPlusRulesDraftSave: {
    refusedOutOfScope: [Role.DESK],
    why: 'README "Credit+": the chain’s desk saves a draft (credit-plus-rules.service.ts assertDeskOf).',
  },
  creditPlusRulesPublish: {
    refusedOutOfScope: [Role.DESK],
    why: 'README "Credit+": the chain’s desk publishes (credit-plus-rules.service.ts assertDeskOf).',
  },
  policyMatches: {
    refusedOutOfScope: [Role.ENTERPRISE],
    partnerNeedsAuthorization: true,
    why: 'README "Policies" and policy.access.ts assertMatchesReadable: an enterprise its own, a partner under a POLICIES authorization.',
  },
  policyWhatIf: {
    refusedOutOfScope: [Role.ENTERPRISE],
    partnerNeedsAuthorization: true,
    why: 'README "Policies" and policy.access.ts assertMatchesReadable: an enterprise its own, a partner under a POLICIES authorization.',
  },
  policyApply: {
    refusedOutOfScope: [Role.ENTERPRISE],
    why: 'README "Policies" and policy-redemption.service.ts apply: an enterprise applies for itself.',
  },
  policyDraftSave: {
    department: 'economy-information',
    refusedOutOfScope: [Role.OFFICER, Role.DESK],
    why: 'policy.access.ts assertPolicyEditor: the issuing department’s officers, the desks of every targeted chain, ADMINs.',
  },
  partnerAuthorizationGrant: {
    refusedOutOfScope: [Role.ENTERPRISE],
    why: 'README "Partner authorizations": the enterprise authorizes partners for itself (partner-authorization.service.ts isOwnEnterprise).',
  },
  creditAuthorizationGrant: {
    refusedOutOfScope: [Role.ENTERPRISE],
    why: 'README "Authorizations and loans": the enterprise authorizes partners for itself (credit-authorization.service.ts ownEnterprise).',
  },
  // Credit records are kept by one department each (credit-record-kinds.ts assertWriter, credit-records.access.ts officerOf).
  administrativePenaltyRecord: {
    refusedOutOfScope: [Role.OFFICER],
    why: 'officerOf(input.departmentCode): the deciding department records its penalties.',
  },
  licensingDecisionRecord: {
    refusedOutOfScope: [Role.OFFICER],
    why: 'officerOf(input.departmentCode): the deciding department records its decisions.',
  },
  abnormalListEntryRecord: { department: 'market-regulation', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(market-regulation).' },
  abnormalListEntryRemove: { department: 'market-regulation', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(market-regulation).' },
  seriousViolationRecord: { department: 'market-regulation', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(market-regulation).' },
  annualReportFilingRecord: { department: 'market-regulation', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(market-regulation).' },
  taxCreditRatingRecord: { department: 'tax', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(tax).' },
  judgmentDefaulterRecord: { department: 'court', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(court).' },
  creditCommitmentRecord: { department: 'development-reform', refusedOutOfScope: [Role.OFFICER], why: 'officerOf(development-reform).' },

  // Appeals: the dispatcher is an officer of APPEAL_DISPATCHER_DEPARTMENT (appeal.access.ts assertDispatcher), or an ADMIN.
  ...Object.fromEntries(
    ['appealAssign', 'appealExtensionDecide', 'appealClose', 'appealEscalate', 'appealMerge', 'typicalCasePublish'].map((field) => [
      field,
      {
        department: 'business-environment',
        refusedOutOfScope: [Role.OFFICER],
        why: 'README "Appeals" and appeal.access.ts assertDispatcher: the dispatching department’s officers, or an ADMIN.',
      } satisfies RootFieldRule,
    ]),
  ),

  // Deciding in the resolver.
  node: { sameAs: 'enterprise', why: 'README: node(id:) applies the same rules as the type’s own queries (the matrix asks it for an enterprise).' },
  nodes: {
    sameAs: 'enterprise',
    why: 'README: nodes(ids:) applies the same rules as the type’s own queries (the matrix asks it for an enterprise).',
  },
};
