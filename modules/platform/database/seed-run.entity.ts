import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One load of demo data; the first start loads demo data only while this table is empty. */
@Entity({ tableName: 'seed_run' })
export class SeedRun {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  seed!: number;

  @Property({ type: 'integer' })
  enterprises!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  ranAt: Date = new Date();
}
