import { Migration } from '@mikro-orm/migrations';

export class Migration20261130055726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_authorization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "partner_key_id" uuid not null, "partner_name" varchar(200) not null, "scopes" text[] not null, "purpose" text not null, "valid_from" date not null, "valid_until" date not null, "revoked_at" timestamptz null, constraint "partner_authorization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_authorization_partner_key_id_enterprise_id_index" on "partner_authorization" ("partner_key_id", "enterprise_id");`,
    );

    this.addSql(
      `alter table "partner_authorization" add constraint "partner_authorization_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partner_authorization" add constraint "partner_authorization_partner_key_id_foreign" foreign key ("partner_key_id") references "api_key" ("id") on update cascade;`,
    );

    this.addSql(`alter table "appeal" add column "replied_late" boolean not null default false;`);

    this.addSql(
      `alter table "appeal_history_entry" add column "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, add column "solved" boolean null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_authorization" cascade;`);

    this.addSql(`alter table "appeal" drop column "replied_late";`);

    this.addSql(`alter table "appeal_history_entry" drop column "satisfaction", drop column "solved";`);
  }
}
