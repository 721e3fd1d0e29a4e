import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126122749 } from './Migration20261126122749';
import { Migration20261126125828 } from './Migration20261126125828';
import { Migration20261126131659 } from './Migration20261126131659';
import { Migration20261126142654 } from './Migration20261126142654';
import { Migration20261129205627 } from './Migration20261129205627';
import { Migration20261130004954 } from './Migration20261130004954';
import { Migration20261130023808 } from './Migration20261130023808';
import { Migration20261130053607 } from './Migration20261130053607';
import { Migration20261130055726 } from './Migration20261130055726';
import { Migration20261130063735 } from './Migration20261130063735';
import { Migration20261130065718 } from './Migration20261130065718';
import { Migration20261130113929 } from './Migration20261130113929';
import { Migration20261130122133 } from './Migration20261130122133';

/** The one linear migration history, in order. `npm run migration:create` appends to it. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126122749', class: Migration20261126122749 },
  { name: 'Migration20261126125828', class: Migration20261126125828 },
  { name: 'Migration20261126131659', class: Migration20261126131659 },
  { name: 'Migration20261126142654', class: Migration20261126142654 },
  { name: 'Migration20261129205627', class: Migration20261129205627 },
  { name: 'Migration20261130004954', class: Migration20261130004954 },
  { name: 'Migration20261130023808', class: Migration20261130023808 },
  { name: 'Migration20261130053607', class: Migration20261130053607 },
  { name: 'Migration20261130055726', class: Migration20261130055726 },
  { name: 'Migration20261130063735', class: Migration20261130063735 },
  { name: 'Migration20261130065718', class: Migration20261130065718 },
  { name: 'Migration20261130113929', class: Migration20261130113929 },
  { name: 'Migration20261130122133', class: Migration20261130122133 },
];
