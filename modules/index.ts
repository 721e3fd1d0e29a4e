import type { ModuleDescriptor } from './platform/module';
import { platform } from './platform';
import { enterprise } from './enterprise';
import { oneMatter } from './one-matter';
import { oneCategory } from './one-category';
import { huyou } from './chains/huyou';

/** THE registry: every module, in dependency order. Nothing is discovered by glob. */
export const modules: ModuleDescriptor[] = [
  platform,
  enterprise,
  oneMatter,
  oneCategory,
  // Industry chains: one folder and one line each.
  huyou,
];
