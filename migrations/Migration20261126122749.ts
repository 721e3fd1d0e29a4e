import { Migration } from '@mikro-orm/migrations';

export class Migration20261126122749 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "role" text check ("role" in ('ADMIN', 'DESK', 'OFFICER', 'PARTNER', 'ANALYST', 'ENTERPRISE', 'ANONYMOUS')) not null default 'PARTNER', "prefix" varchar(16) not null, "secret_digest" varchar(64) not null, "created_by" varchar(200) not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_secret_digest_unique" unique ("secret_digest");`);

    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor_role" text check ("actor_role" in ('ADMIN', 'DESK', 'OFFICER', 'PARTNER', 'ANALYST', 'ENTERPRISE', 'ANONYMOUS')) not null, "actor_subject" varchar(200) not null, "operation" varchar(100) not null, "target_ids" jsonb not null, "outcome" text check ("outcome" in ('SUCCEEDED', 'REJECTED', 'DENIED', 'FAILED')) not null, "error_codes" jsonb not null, "request_id" varchar(100) not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_actor_subject_index" on "audit_entry" ("actor_subject");`);
    this.addSql(`create index "audit_entry_operation_index" on "audit_entry" ("operation");`);
    this.addSql(`create index "audit_entry_created_at_id_index" on "audit_entry" ("created_at", "id");`);

    this.addSql(
      `create table "calendar_year" ("year" int not null, "off_ranges" jsonb not null, "work_days" jsonb not null, "source" text not null, "updated_at" timestamptz not null, constraint "calendar_year_pkey" primary key ("year"));`,
    );

    this.addSql(
      `create table "industry_category" ("code" varchar(5) not null, "name" varchar(100) not null, "section_name" varchar(100) not null, constraint "industry_category_pkey" primary key ("code"));`,
    );

    this.addSql(`create table "region" ("code" varchar(6) not null, "name" varchar(100) not null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(
      `create table "enterprise" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "uscc" varchar(18) not null, "name" varchar(200) not null, "legal_representative" varchar(100) not null, "registered_capital" numeric(20,2) not null, "established_on" date not null, "industry_code" varchar(5) not null, "region_code" varchar(6) not null, "lifecycle_stage" text check ("lifecycle_stage" in ('ESTABLISHING', 'OPERATING', 'CHANGING', 'DEREGISTERING', 'DEREGISTERED', 'BANKRUPTCY_REORGANIZATION')) not null default 'OPERATING', "version" int not null default 1, constraint "enterprise_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "enterprise" add constraint "enterprise_uscc_unique" unique ("uscc");`);
    this.addSql(`create index "enterprise_industry_code_index" on "enterprise" ("industry_code");`);
    this.addSql(`create index "enterprise_region_code_index" on "enterprise" ("region_code");`);
    this.addSql(`create index "enterprise_established_on_id_index" on "enterprise" ("established_on", "id");`);
    this.addSql(`create index "enterprise_registered_capital_id_index" on "enterprise" ("registered_capital", "id");`);
    this.addSql(`create index "enterprise_created_at_id_index" on "enterprise" ("created_at", "id");`);
    this.addSql(`create index "enterprise_name_id_index" on "enterprise" ("name", "id");`);

    this.addSql(`create table "seed_run" ("id" serial primary key, "seed" int not null, "enterprises" int not null, "ran_at" timestamptz not null);`);

    this.addSql(
      `alter table "enterprise" add constraint "enterprise_industry_code_foreign" foreign key ("industry_code") references "industry_category" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "enterprise" add constraint "enterprise_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enterprise" drop constraint "enterprise_industry_code_foreign";`);

    this.addSql(`alter table "enterprise" drop constraint "enterprise_region_code_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "calendar_year" cascade;`);

    this.addSql(`drop table if exists "industry_category" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "seed_run" cascade;`);
  }
}
