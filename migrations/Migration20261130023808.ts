import { Migration } from '@mikro-orm/migrations';

export class Migration20261130023808 extends Migration {
  override async up(): Promise<void> {
    // Two pending repairs of one record could only come from simultaneous applications that the old check let
    // through: the first stands, as the check meant, and the later copies go before the indexes that settle it from now on.
    for (const column of ['penalty_id', 'abnormal_entry_id']) {
      this.addSql(`delete from "credit_repair" later using "credit_repair" first
                    where later."${column}" = first."${column}" and later.state = 'PENDING' and first.state = 'PENDING'
                      and (later.created_at, later.id) > (first.created_at, first.id);`);
    }
    this.addSql(
      `create unique index "credit_repair_one_pending_per_abnormal_entry" on "credit_repair" ("abnormal_entry_id") where "state" = 'PENDING';`,
    );
    this.addSql(`create unique index "credit_repair_one_pending_per_penalty" on "credit_repair" ("penalty_id") where "state" = 'PENDING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "credit_repair_one_pending_per_abnormal_entry";`);
    this.addSql(`drop index "credit_repair_one_pending_per_penalty";`);
  }
}
