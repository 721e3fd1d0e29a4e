import type { ModuleDescriptor } from '../platform/module';

declare module '../platform/module' {
  interface ModuleExtensions {
    /**
     * SQL giving the current public credit grade of enterprises (`enterprise_id`, `grade`: EXCELLENT, GOOD, FAIR or
     * POOR), offered by the module that scores credit: draws set each target's risk class from it.
     */
    inspectionCreditGrades: string;
    /**
     * SQL giving the licences enterprises hold (`enterprise_id`, `licence`: its name, e.g. 食品经营许可证), offered by
     * the module that records licensing decisions: items may target the holders of a licence.
     */
    inspectionLicenceHolders: string;
  }
}

export function creditGradesSqlOf(modules: ModuleDescriptor[]): string | undefined {
  return modules.find((module) => module.extensions?.inspectionCreditGrades)?.extensions?.inspectionCreditGrades;
}

export function licenceHoldersSqlOf(modules: ModuleDescriptor[]): string | undefined {
  return modules.find((module) => module.extensions?.inspectionLicenceHolders)?.extensions?.inspectionLicenceHolders;
}
