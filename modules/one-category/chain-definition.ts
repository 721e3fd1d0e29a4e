import { defineModule, type ModuleDescriptor } from '../platform/module';
import type { BundleContent } from './bundle-content';
import type { DemoEnterprise, IndustryClass } from '../enterprise/industry-extension';
import type { ChainItemData } from './chain-items.reference-data';
import { loadChainItems } from './chain-items.reference-data';

/** A segment of an industry chain, e.g. planting, processing, sales. */
export interface ChainNodeDefinition {
  code: string;
  name: string;
  description: string;
}

/** What a chain module tells the machinery about its chain. */
export interface ChainDefinition {
  /** Code in GraphQL (enum value) and in DESK scopes, e.g. HUYOU / huyou. */
  code: string;
  name: string;
  description: string;
  /** The industry classes of the chain's enterprises; demo members of the first join the first node, the others the second. */
  industries: IndustryClass[];
  /** Named enterprises of the chain the demo registry starts with. */
  demoEnterprises?: DemoEnterprise[];
  nodes: ChainNodeDefinition[];
  /** Chain-specific service items the chain adds to the catalogue (R&D filing, traceability registration…). */
  items: ChainItemData[];
  /**
   * Set-based SQL that gives the chain's members (chain_membership rows of its code) a realistic mix of the chain's own
   * records, for data sets at a scale where the demo seed's way through the services would take hours (benchmarks).
   */
  volumeRecords?: string[];
  /** The bundle the demo data publishes as version 1. */
  demoBundle: Omit<BundleContent, 'nodes'> & { nodes: BundleContent['nodes'] };
}

declare module '../platform/module' {
  interface ModuleExtensions {
    /** A chain module's chain, for the chain machinery. */
    chain: ChainDefinition;
  }
}

/**
 * A chain module: one folder and one line in the registry. The machinery finds the chain through the module's
 * extension; the chain's items join the catalogue as reference data.
 */
export function defineChainModule(chain: ChainDefinition, module: ModuleDescriptor): ModuleDescriptor {
  return defineModule({
    ...module,
    dependsOn: [...new Set(['one-category', ...(module.dependsOn ?? [])])],
    extensions: { ...module.extensions, chain, industries: chain.industries, demoEnterprises: chain.demoEnterprises ?? [] },
    referenceData: async (em, platform) => {
      await loadChainItems(em, chain.items);
      await module.referenceData?.(em, platform);
    },
  });
}

export function chainsOf(modules: ModuleDescriptor[]): ChainDefinition[] {
  return modules.flatMap((module) => {
    const chain = module.extensions?.chain;
    return chain ? [chain] : [];
  });
}

/** DESK scopes name chains in lower case with hyphens (camellia-oil); GraphQL enum values in upper case (CAMELLIA_OIL). */
export function scopeOf(chainCode: string): string {
  return chainCode.toLowerCase().replaceAll('_', '-');
}
