import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { DrawRatioMode, DrawState, InspectionItemKind, InspectionKind, InspectionState, RiskClass } from './inspection.enums';
import { InspectionItem } from './inspection-item.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionDraw } from './inspection-draw.entity';
import { Inspection } from './inspection.entity';
import { DRAW_ALGORITHM_VERSION, runDraw, type DrawOutcome, type DrawRatioRule } from './draw-algorithm';
import { readPools } from './inspection-pools';
import { assertDepartmentInspector } from './inspection.access';
import { joinVisits, leaveVisits } from './inspection-visits';
import type { InspectionPlanCreateInput } from './inspection.inputs';

const refused = (field: string, code: UserErrorCode, message: string) => new UserErrorsException([userError(['input', field], code, message)]);
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** Plans, their draws and redraws (双随机): pools read, targets and inspectors drawn, the draw recorded for replay. */
export class InspectionPlanService {
  constructor(private readonly context: GraphQLContext) {}

  async find(em: EntityManager, globalId: string, field = 'planId'): Promise<InspectionPlan> {
    const id = uuidFromGlobalId(globalId, 'InspectionPlan');
    const plan = id ? await em.findOne(InspectionPlan, { id }, { populate: ['department'] }) : null;
    if (!plan) throw refused(field, UserErrorCode.NOT_FOUND, 'No inspection plan has this id.');
    assertDepartmentInspector(this.context, plan.department.getEntity().code);
    return plan;
  }

  async create(em: EntityManager, input: InspectionPlanCreateInput): Promise<InspectionPlan> {
    assertDepartmentInspector(this.context, input.departmentCode);
    const errors = new UserErrorCollector();
    const department = await em.findOne(Department, { code: input.departmentCode });
    if (!department) errors.add(['input', 'departmentCode'], UserErrorCode.NOT_FOUND, 'No department has this code.');
    const title = input.title.trim();
    if (!title) errors.add(['input', 'title'], UserErrorCode.BLANK, 'Give the plan a title.');
    else if (title.length > 200) errors.add(['input', 'title'], UserErrorCode.TOO_LONG, 'The title must not exceed 200 characters.');
    const codes = [...new Set(input.itemCodes.map((code) => code.trim()))];
    if (codes.length === 0) errors.add(['input', 'itemCodes'], UserErrorCode.EMPTY, 'Name the items the plan checks.');
    const items = codes.length ? await em.find(InspectionItem, { code: { $in: codes } }, { populate: ['department'] }) : [];
    const unknown = codes.filter((code) => !items.some((item) => item.code === code && item.active));
    if (unknown.length) errors.add(['input', 'itemCodes'], UserErrorCode.NOT_FOUND, `Not on the list in force: ${unknown.join(', ')}.`);
    const foreign = items.filter((item) => department && item.department.id !== department.id).map((item) => item.code);
    if (foreign.length) errors.add(['input', 'itemCodes'], UserErrorCode.NOT_PERMITTED, `Items of another department's list: ${foreign.join(', ')}.`);
    if (input.windowStart > input.windowEnd) errors.add(['input', 'windowEnd'], UserErrorCode.INVALID_RANGE, 'The window ends before it starts.');
    if (input.ratioMode === DrawRatioMode.FLAT) {
      if (input.flatRatio == null) errors.add(['input', 'flatRatio'], UserErrorCode.REQUIRED, 'A FLAT plan gives the share of the pool to draw.');
      else if (!(input.flatRatio > 0 && input.flatRatio <= 1))
        errors.add(['input', 'flatRatio'], UserErrorCode.OUT_OF_RANGE, 'A share is above 0 and at most 1.');
    } else if (input.flatRatio != null) {
      errors.add(['input', 'flatRatio'], UserErrorCode.CONFLICT, 'A CREDIT plan takes its ratios from the risk classes; leave flatRatio out.');
    }
    errors.throwIfAny();
    const number = `${department!.code}-${input.windowStart.slice(0, 7)}-${randomBytes(3).toString('hex')}`;
    return em.create(InspectionPlan, {
      number,
      department: department!,
      title,
      itemCodes: codes,
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      ratioMode: input.ratioMode,
      flatRatio: input.ratioMode === DrawRatioMode.FLAT ? input.flatRatio! : null,
      createdBy: this.context.principal.subject,
    });
  }

  /** The first draw of a plan, or a redraw with its reason: the active draw is superseded, its inspections withdrawn. */
  async draw(em: EntityManager, plan: InspectionPlan, reason: string | null, seed?: string): Promise<InspectionDraw> {
    const previous = await em.findOne(InspectionDraw, { plan, state: DrawState.ACTIVE });
    if (reason === null && previous)
      throw refused('planId', UserErrorCode.INVALID_STATE, 'The plan is drawn already; a redraw needs a reason (inspectionPlanRedraw).');
    if (reason !== null) {
      if (!previous) throw refused('planId', UserErrorCode.INVALID_STATE, 'The plan has not been drawn yet: draw it first.');
      if (!reason.trim()) throw refused('reason', UserErrorCode.BLANK, 'Say why the plan is drawn again; the reason stays with the draw.');
      if (reason.trim().length > 300) throw refused('reason', UserErrorCode.TOO_LONG, 'The reason must not exceed 300 characters.');
      const started = await em.count(Inspection, { draw: previous, state: { $ne: InspectionState.ASSIGNED } });
      if (started > 0)
        throw refused('planId', UserErrorCode.INVALID_STATE, `${started} inspections of the draw have results: it can no longer be redrawn.`);
    }
    const items = await em.find(InspectionItem, { code: { $in: plan.itemCodes } });
    const department = plan.department.getEntity();
    const pool = await readPools(em, this.context.platform, {
      departmentId: department.id,
      departmentCode: department.code,
      items,
      windowStart: plan.windowStart,
      windowEnd: plan.windowEnd,
    });
    if (pool.targets.length === 0) throw refused('planId', UserErrorCode.EMPTY, "No enterprise is in the target pool of the plan's items.");
    const rule = this.ratioRule(plan, items);
    const drawnSeed = seed ?? randomBytes(4).toString('hex');
    const outcome = runDraw(pool, rule, drawnSeed);
    if (outcome.unstaffed.length > 0) {
      throw refused(
        'planId',
        UserErrorCode.NOT_ENOUGH_INSPECTORS,
        `${outcome.unstaffed.length} drawn targets lack ${rule.inspectorsPerTarget} qualified inspectors without a conflict (the pool holds ${pool.inspectors.length}).`,
      );
    }
    if (previous) {
      previous.state = DrawState.SUPERSEDED;
      const withdrawn = await em.find(Inspection, { draw: previous });
      await leaveVisits(em, withdrawn);
      em.remove(withdrawn);
    }
    const sequence = (await em.count(InspectionDraw, { plan })) + 1;
    const draw = em.create(InspectionDraw, {
      plan,
      sequence,
      seed: drawnSeed,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      pool,
      ratioRule: rule,
      outcome,
      reason: reason?.trim() ?? null,
      drawnBy: this.context.principal.subject,
    });
    const inspections = outcome.targets.map((target) =>
      em.create(Inspection, {
        draw,
        plan,
        department,
        enterprise: em.getReference(Enterprise, target.enterpriseId),
        kind: InspectionKind.RANDOM,
        riskClass: target.riskClass,
        itemCodes: plan.itemCodes,
        inspectorIds: target.inspectorIds,
        windowStart: plan.windowStart,
        windowEnd: plan.windowEnd,
      }),
    );
    await em.flush();
    await joinVisits(em, inspections);
    return draw;
  }

  /** Runs a recorded draw again from its pool and seed: the same algorithm version gives the same targets and inspectors. */
  replay(draw: InspectionDraw): { identical: boolean; outcome: DrawOutcome } {
    if (draw.algorithmVersion !== DRAW_ALGORITHM_VERSION) {
      throw new UserErrorsException([
        userError(
          ['drawId'],
          UserErrorCode.INVALID_STATE,
          `The draw was made by algorithm ${draw.algorithmVersion}, which this version no longer runs.`,
        ),
      ]);
    }
    const outcome = runDraw(draw.pool, draw.ratioRule, draw.seed);
    return { identical: JSON.stringify(outcome) === JSON.stringify(draw.outcome), outcome };
  }

  private ratioRule(plan: InspectionPlan, items: InspectionItem[]): DrawRatioRule {
    const { config } = this.context.platform;
    const generalOnly = items.every((item) => item.kind === InspectionItemKind.GENERAL);
    const cap = generalOnly ? config.INSPECTION_GENERAL_RATIO_CAP : null;
    const inspectorsPerTarget = config.INSPECTION_INSPECTORS_PER_TARGET;
    const capText = cap === null ? '' : `, capped at ${percent(cap)} (general items only)`;
    if (plan.ratioMode === DrawRatioMode.FLAT) {
      const ratio = plan.flatRatio!;
      return {
        mode: DrawRatioMode.FLAT,
        ratios: { A: ratio, B: ratio, C: ratio, D: ratio },
        cap,
        inspectorsPerTarget,
        description: `flat ${percent(ratio)} of the pool${capText}`,
      };
    }
    const ratios = config.INSPECTION_CLASS_RATIOS as Record<RiskClass, number>;
    return {
      mode: DrawRatioMode.CREDIT,
      ratios,
      cap,
      inspectorsPerTarget,
      description: `credit classes ${Object.values(RiskClass)
        .map((riskClass) => `${riskClass} ${percent(ratios[riskClass])}`)
        .join(', ')}${capText}`,
    };
  }
}
