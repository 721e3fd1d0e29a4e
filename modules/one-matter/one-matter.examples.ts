import type { ExplorerExample } from '../platform/module';

/** A case as an officer or the enterprise follows it, for the explorer of a development server. */
export const oneMatterExamples: ExplorerExample[] = [
  {
    query: `# A case with its tasks (一件事办件及其环节): the newest case, each department's task with its working-day deadline.
query CaseWithTasks {
  cases(first: 1) {
    totalCount
    nodes {
      id
      number
      state
      channel
      submittedOn
      dueOn
      overdue
      matter { code name }
      enterprise { name uscc }
      tasks {
        position
        state
        department { code name }
        item { name }
        limitDays
        dueOn
        finishedOn
        overdue
      }
    }
  }
}`,
  },
];
