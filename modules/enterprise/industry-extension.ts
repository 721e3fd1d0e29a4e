/** A class of the national economic industry classification (GB/T 4754-2017) a module brings to the catalogue. */
export interface IndustryClass {
  code: string;
  name: string;
  /** The section's name, e.g. 制造业. */
  section: string;
  /** Endings of demo enterprise names in the class, e.g. 胡柚饮品有限公司. */
  demoTrades: string[];
}

/** An enterprise the demo registry starts with, so that demos find it by name. */
export interface DemoEnterprise {
  name: string;
  industry: string;
  capital: string;
  establishedOn: string;
}

declare module '../platform/module' {
  interface ModuleExtensions {
    /** Industry classes a module's enterprises fall in (a chain's), added to the catalogue and the demo registry. */
    industries: IndustryClass[];
    /** Named enterprises of the demo registry, placed first in registry order. */
    demoEnterprises: DemoEnterprise[];
  }
}
