import { creditPlusPluginSet } from '../plugins';
import type { ModuleDescriptor } from './platform/module';
import { platform } from './platform';
import { enterprise } from './enterprise';
import { oneMatter } from './one-matter';
import { oneCategory } from './one-category';
import { credit } from './credit';
import { users } from './users';
import { appeals } from './appeals';
import { policies } from './policies';
import { inspections } from './inspections';
import { reports } from './reports';
import { huyou } from './chains/huyou';
import { camelliaOil } from './chains/camellia-oil';
import { chip } from './chains/chip';
import { stone } from './chains/stone';
import { paper } from './chains/paper';

/** THE registry: every module, in dependency order. Nothing is discovered by glob. */
export const modules: ModuleDescriptor[] = [
  platform,
  enterprise,
  oneMatter,
  oneCategory,
  // Industry chains: one folder and one line each.
  huyou,
  camelliaOil,
  chip,
  stone,
  paper,
  // After the chains, so its demo data scores their members with their chain records.
  credit,
  // The chains' credit+ plugins (plugins/index.ts), read by credit through its extension point.
  creditPlusPluginSet,
  // People who sign in; after the registries whose codes scope them (departments, chains, enterprises).
  users,
  appeals,
  policies,
  inspections,
  // Last: it reports over every module before it.
  reports,
];
