import type { ModuleDescriptor } from '../platform/module';

declare module '../platform/module' {
  interface ModuleExtensions {
    /**
     * SQL giving the current public credit grade of enterprises (`enterprise_id`, `grade`: EXCELLENT, GOOD, FAIR or
     * POOR), offered by the module that scores credit: draws set each target's risk class from it.
     */
    inspectionCreditGrades: string;
  }
}

export function creditGradesSqlOf(modules: ModuleDescriptor[]): string | undefined {
  return modules.find((module) => module.extensions?.inspectionCreditGrades)?.extensions?.inspectionCreditGrades;
}
