import { Migration } from '@mikro-orm/migrations';

export class Migration20261130063735 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "policy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "draft" jsonb not null, "revision" int not null default 1, "latest_version" int not null default 0, "drafted_by" varchar(200) not null, constraint "policy_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "policy" add constraint "policy_code_unique" unique ("code");`);

    this.addSql(
      `create table "policy_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "policy_id" uuid not null, "number" int not null, "content" jsonb not null, "published_at" timestamptz not null, "published_by" varchar(200) not null, constraint "policy_version_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "policy_version" add constraint "policy_version_policy_id_number_unique" unique ("policy_id", "number");`);

    this.addSql(
      `alter table "policy_version" add constraint "policy_version_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_version" drop constraint "policy_version_policy_id_foreign";`);

    this.addSql(`drop table if exists "policy" cascade;`);

    this.addSql(`drop table if exists "policy_version" cascade;`);
  }
}
