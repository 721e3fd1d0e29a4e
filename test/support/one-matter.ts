import {
  CaseDocument,
  CaseSubmitDocument,
  TaskAcceptDocument,
  TaskCompleteDocument,
  type CaseFieldsFragment,
  type Channel,
} from '../../schema/generated/graphql';
import { Role } from '../../modules/platform/auth/principal';
import type { GraphQLClient } from './graphql-client';
import type { TestApp } from './test-app';

/** 10:00 in Changshan on a local date. */
export const at = (date: string) => `${date}T02:00:00Z`;

let keys = 0;

export async function submitCase(
  applicant: GraphQLClient,
  enterpriseId: string,
  matterCode: string,
  channel: Channel = 'ONLINE',
): Promise<CaseFieldsFragment> {
  keys += 1;
  const { caseSubmit } = await applicant.data(CaseSubmitDocument, {
    input: { matterCode, enterpriseId, channel, idempotencyKey: `test-${keys}-${Date.now()}` },
  });
  if (caseSubmit.userErrors.length > 0 || !caseSubmit.case) throw new Error(`submission failed: ${JSON.stringify(caseSubmit.userErrors)}`);
  return caseSubmit.case;
}

export function taskOf(serviceCase: CaseFieldsFragment, itemCode: string) {
  const task = serviceCase.tasks.find((candidate) => candidate.item.code === itemCode);
  if (!task) throw new Error(`no task for ${itemCode} in the case`);
  return task;
}

export function officerOf(app: TestApp, department: string): Promise<GraphQLClient> {
  return app.clientAs(Role.OFFICER, { department, subject: `officer-${department}` });
}

/** Accepts and completes a task as an officer of its department, and returns the case as the reader sees it. */
export async function handleTask(
  app: TestApp,
  reader: GraphQLClient,
  serviceCase: CaseFieldsFragment,
  itemCode: string,
): Promise<CaseFieldsFragment> {
  const task = taskOf(serviceCase, itemCode);
  const officer = await officerOf(app, task.department.code);
  const accepted = await officer.data(TaskAcceptDocument, { input: { id: task.id } });
  if (accepted.taskAccept.userErrors.length) throw new Error(JSON.stringify(accepted.taskAccept.userErrors));
  const completed = await officer.data(TaskCompleteDocument, { input: { id: task.id } });
  if (completed.taskComplete.userErrors.length) throw new Error(JSON.stringify(completed.taskComplete.userErrors));
  return (await reader.data(CaseDocument, { id: serviceCase.id })).case!;
}
