import { Migration } from '@mikro-orm/migrations';

export class Migration20261130065718 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "policy_redemption" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "policy_id" uuid not null, "enterprise_id" uuid not null, "period" varchar(20) not null, "version_number" int not null, "amount" numeric(16,2) not null, "state" text check ("state" in ('APPLIED', 'GRANTED', 'WAITING_FOR_BUDGET', 'REJECTED', 'PAID')) not null default 'GRANTED', "granted_at" timestamptz not null, "decided_by" varchar(200) null, "reason" text null, "paid_on" date null, "payment_reference" varchar(100) null, constraint "policy_redemption_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_redemption_policy_id_state_index" on "policy_redemption" ("policy_id", "state");`);
    this.addSql(
      `alter table "policy_redemption" add constraint "policy_redemption_policy_id_enterprise_id_period_unique" unique ("policy_id", "enterprise_id", "period");`,
    );

    this.addSql(
      `alter table "policy_redemption" add constraint "policy_redemption_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "policy_redemption" add constraint "policy_redemption_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_redemption" cascade;`);
  }
}
