import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { penaltyDecisionReported } from '../credit/records/penalty-decision.events';
import { userIdOf } from '../users/user.access';
import { InspectionOutcome, InspectionState } from './inspection.enums';
import { Inspection } from './inspection.entity';
import { InspectionItem } from './inspection-item.entity';
import { InspectionResult } from './inspection-result.entity';
import { assertDepartmentInspector } from './inspection.access';
import { inspectionResultRecorded } from './inspection.events';
import type { InspectionPenaltyInput, InspectionResultRecordInput } from './inspection-result.inputs';

const MAX_FINDING = 2000;
const MAX_EVIDENCE = 20;
const MAX_EVIDENCE_REFERENCE = 300;

const refused = (field: string[], code: UserErrorCode, message: string) => new UserErrorsException([userError(field, code, message)]);

/**
 * Who records an inspection's results: its inspectors (the officers drawn or named for it, signed in through the user
 * registry), the officers of its department, and ADMINs.
 */
export function assertResultRecorder(context: GraphQLContext, inspection: Inspection, departmentCode: string): void {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ADMIN) return;
  if (principal.role === Role.OFFICER) {
    if (principal.department === departmentCode) return;
    const userId = userIdOf(context);
    if (userId && inspection.inspectorIds.includes(userId)) return;
  }
  throw new ForbiddenError("An inspection's results are recorded by its inspectors, officers of its department and administrators.");
}

/** Results of inspections (检查结果) and their publication (一公开). */
export class InspectionResultService {
  constructor(private readonly context: GraphQLContext) {}

  /** The inspection, row-locked until commit: two recordings (or a recording and a publication) run one after the other. */
  private async lock(em: EntityManager, globalId: string): Promise<{ inspection: Inspection; departmentCode: string }> {
    const id = uuidFromGlobalId(globalId, 'Inspection');
    const inspection = id ? await em.findOne(Inspection, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!inspection) throw refused(['input', 'inspectionId'], UserErrorCode.NOT_FOUND, 'No inspection has this id.');
    await em.populate(inspection, ['department']);
    return { inspection, departmentCode: inspection.department.getEntity().code };
  }

  /**
   * Records one result per item, moves the inspection to RESULTED with the day it took place and its publicity deadline
   * (INSPECTION_PUBLICITY_WORKING_DAYS working days after the recording day, on the county's calendar); a penalty decided
   * on the problems goes to the credit module, and the modules that follow inspections hear of the results.
   */
  async record(em: EntityManager, input: InspectionResultRecordInput): Promise<Inspection> {
    const { platform } = this.context;
    // Before the inspection's row lock: the calendar lock is always taken first.
    const calendar = await platform.calendar.forDeadlines(em);
    const { inspection, departmentCode } = await this.lock(em, input.inspectionId);
    assertResultRecorder(this.context, inspection, departmentCode);
    const recordedOn = today(platform.clock);
    this.check(inspection, input, recordedOn);

    const items = new Map((await em.find(InspectionItem, { code: { $in: inspection.itemCodes } })).map((item) => [item.code, item]));
    const results = input.results.map((result) =>
      em.create(InspectionResult, {
        inspection,
        itemCode: result.itemCode.trim(),
        outcome: result.outcome,
        finding: result.finding.trim(),
        evidence: result.evidence.map((reference) => reference.trim()),
      }),
    );
    const deadline = calendar.deadline(recordedOn, platform.config.INSPECTION_PUBLICITY_WORKING_DAYS);
    Object.assign(inspection, {
      state: InspectionState.RESULTED,
      inspectedOn: input.inspectedOn,
      resultedAt: platform.clock.now(),
      publicationDue: deadline.dueOn,
    });
    await em.flush();

    if (input.penalty) await this.reportPenalty(em, inspection, departmentCode, input.penalty);
    await platform.events.publish(
      inspectionResultRecorded,
      {
        inspectionId: inspection.id,
        enterpriseId: inspection.enterprise.id,
        departmentCode,
        kind: inspection.kind,
        inspectedOn: input.inspectedOn,
        results: results.map((result) => ({
          itemCode: result.itemCode,
          field: items.get(result.itemCode)?.field ?? '',
          outcome: result.outcome,
          finding: result.finding,
        })),
      },
      { em, platform },
    );
    return inspection;
  }

  /** Every problem of the input at once, before anything is written. */
  private check(inspection: Inspection, input: InspectionResultRecordInput, recordedOn: string): void {
    const errors = new UserErrorCollector();
    if (inspection.state !== InspectionState.ASSIGNED) {
      errors.add(
        ['input', 'inspectionId'],
        UserErrorCode.INVALID_TRANSITION,
        `Results are recorded once, on an ASSIGNED inspection; this one is ${inspection.state}.`,
      );
    }
    if (input.inspectedOn > recordedOn)
      errors.add(['input', 'inspectedOn'], UserErrorCode.IN_FUTURE, 'The day of the inspection must not lie in the future.');
    else if (input.inspectedOn < inspection.windowStart || input.inspectedOn > inspection.windowEnd) {
      errors.add(
        ['input', 'inspectedOn'],
        UserErrorCode.OUT_OF_RANGE,
        `The inspection takes place within its window, ${inspection.windowStart} to ${inspection.windowEnd}.`,
      );
    }
    const seen = new Set<string>();
    input.results.forEach((result, index) => {
      const path = ['input', 'results', String(index)];
      const code = result.itemCode.trim();
      if (!inspection.itemCodes.includes(code)) {
        errors.add(
          [...path, 'itemCode'],
          UserErrorCode.NOT_FOUND,
          `Not an item of this inspection; its items are ${inspection.itemCodes.join(', ')}.`,
        );
      } else if (seen.has(code)) {
        errors.add([...path, 'itemCode'], UserErrorCode.DUPLICATE, 'The item has a result already: one result per item.');
      }
      seen.add(code);
      const finding = result.finding.trim();
      if (result.outcome !== InspectionOutcome.NO_PROBLEM && !finding) {
        errors.add([...path, 'finding'], UserErrorCode.BLANK, 'Say what was found: a finding is required unless there was no problem.');
      } else if (finding.length > MAX_FINDING) {
        errors.add([...path, 'finding'], UserErrorCode.TOO_LONG, `A finding has at most ${MAX_FINDING} characters.`);
      }
      if (result.evidence.length > MAX_EVIDENCE) {
        errors.add([...path, 'evidence'], UserErrorCode.TOO_LONG, `At most ${MAX_EVIDENCE} references of evidence per item.`);
      }
      result.evidence.forEach((reference, position) => {
        if (!reference.trim()) errors.add([...path, 'evidence', String(position)], UserErrorCode.BLANK, 'A reference of evidence must not be empty.');
        else if (reference.trim().length > MAX_EVIDENCE_REFERENCE) {
          errors.add([...path, 'evidence', String(position)], UserErrorCode.TOO_LONG, `At most ${MAX_EVIDENCE_REFERENCE} characters.`);
        }
      });
    });
    const missing = inspection.itemCodes.filter((code) => !seen.has(code));
    if (missing.length > 0) errors.add(['input', 'results'], UserErrorCode.REQUIRED, `Every item gets a result; missing: ${missing.join(', ')}.`);
    if (input.penalty) {
      if (input.results.every((result) => result.outcome === InspectionOutcome.NO_PROBLEM)) {
        errors.add(['input', 'penalty'], UserErrorCode.CONFLICT, 'A penalty follows a problem found, and every result here is NO_PROBLEM.');
      }
      if (input.penalty.decidedOn < input.inspectedOn) {
        errors.add(
          ['input', 'penalty', 'decidedOn'],
          UserErrorCode.INVALID_RANGE,
          'A penalty on what the inspection found is decided on or after its day.',
        );
      }
    }
    errors.throwIfAny();
  }

  /**
   * Hands the penalty to the credit module through its event (never its tables): it records the decision as
   * administrativePenaltyRecord would, or answers what is wrong, which refuses the whole recording.
   */
  private async reportPenalty(em: EntityManager, inspection: Inspection, departmentCode: string, penalty: InspectionPenaltyInput): Promise<void> {
    const { platform } = this.context;
    const replies = await platform.events.publish(
      penaltyDecisionReported,
      {
        enterpriseId: inspection.enterprise.id,
        decisionNumber: penalty.decisionNumber,
        departmentCode,
        severity: penalty.severity,
        sector: penalty.sector,
        decidedOn: penalty.decidedOn,
        amount: penalty.amount,
      },
      { em, platform },
    );
    if (replies.length === 0) {
      throw refused(
        ['input', 'penalty'],
        UserErrorCode.INVALID_STATE,
        'No module records penalty decisions here (credit is switched off): leave the penalty out.',
      );
    }
    const problems = replies.flatMap((reply) => reply.problems);
    if (problems.length > 0) {
      throw new UserErrorsException(problems.map((problem) => userError(['input', 'penalty', problem.field], problem.code, problem.message)));
    }
  }

  /** Makes the results public (一公开): RESULTED → PUBLISHED, by an officer of the department or an ADMIN. */
  async publish(em: EntityManager, inspectionId: string): Promise<Inspection> {
    const { inspection, departmentCode } = await this.lock(em, inspectionId);
    assertDepartmentInspector(this.context, departmentCode);
    if (inspection.state === InspectionState.ASSIGNED) {
      throw refused(['input', 'inspectionId'], UserErrorCode.INVALID_TRANSITION, 'The inspection has no results yet: record them first.');
    }
    if (inspection.state === InspectionState.PUBLISHED) {
      throw refused(
        ['input', 'inspectionId'],
        UserErrorCode.INVALID_TRANSITION,
        `The results were published at ${inspection.publishedAt!.toISOString()}.`,
      );
    }
    Object.assign(inspection, { state: InspectionState.PUBLISHED, publishedAt: this.context.platform.clock.now() });
    await em.flush();
    return inspection;
  }
}
