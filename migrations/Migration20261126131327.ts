import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131327 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "chain_bundle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chain" varchar(40) not null, "draft" jsonb not null, "drafted_by" varchar(200) not null, "latest_version" int not null default 0, "revision" int not null default 1, constraint "chain_bundle_pkey" primary key ("id"));`);
    this.addSql(`alter table "chain_bundle" add constraint "chain_bundle_chain_unique" unique ("chain");`);

    this.addSql(`create table "bundle_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bundle_id" uuid not null, "chain" varchar(40) not null, "number" int not null, "content" jsonb not null, "node_matters" jsonb not null, "published_at" timestamptz not null, "published_by" varchar(200) not null, constraint "bundle_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "bundle_version" add constraint "bundle_version_bundle_id_number_unique" unique ("bundle_id", "number");`);

    this.addSql(`create table "huyou_product_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "product" varchar(200) not null, "traceability_code" varchar(60) not null, "quantity_kg" numeric(14,2) not null, "produced_on" date not null, "sales_channel" varchar(100) not null, constraint "huyou_product_batch_pkey" primary key ("id"));`);
    this.addSql(`alter table "huyou_product_batch" add constraint "huyou_product_batch_traceability_code_unique" unique ("traceability_code");`);

    this.addSql(`create table "huyou_orchard" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "name" varchar(200) not null, "area_mu" numeric(12,2) not null, "certifications" jsonb not null, constraint "huyou_orchard_pkey" primary key ("id"));`);

    this.addSql(`create table "huyou_residue_test" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "orchard_id" uuid not null, "sampled_on" date not null, "passed" boolean not null, "remark" text not null, constraint "huyou_residue_test_pkey" primary key ("id"));`);

    this.addSql(`create table "chain_membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "chain" varchar(40) not null, "node" varchar(40) not null, "joined_at" timestamptz not null, "joined_by" varchar(200) not null, constraint "chain_membership_pkey" primary key ("id"));`);
    this.addSql(`create index "chain_membership_chain_node_index" on "chain_membership" ("chain", "node");`);
    this.addSql(`alter table "chain_membership" add constraint "chain_membership_enterprise_id_chain_node_unique" unique ("enterprise_id", "chain", "node");`);

    this.addSql(`create table "bundle_application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "version_id" uuid not null, "chain" varchar(40) not null, "node" varchar(40) not null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "idempotency_key" varchar(100) not null, constraint "bundle_application_pkey" primary key ("id"));`);
    this.addSql(`alter table "bundle_application" add constraint "bundle_application_submitted_by_idempotency_key_unique" unique ("submitted_by", "idempotency_key");`);

    this.addSql(`create table "bundle_application_case" ("bundle_application_id" uuid not null, "service_case_id" uuid not null, constraint "bundle_application_case_pkey" primary key ("bundle_application_id", "service_case_id"));`);

    this.addSql(`alter table "bundle_version" add constraint "bundle_version_bundle_id_foreign" foreign key ("bundle_id") references "chain_bundle" ("id") on update cascade;`);

    this.addSql(`alter table "huyou_product_batch" add constraint "huyou_product_batch_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table "huyou_orchard" add constraint "huyou_orchard_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table "huyou_residue_test" add constraint "huyou_residue_test_orchard_id_foreign" foreign key ("orchard_id") references "huyou_orchard" ("id") on update cascade;`);

    this.addSql(`alter table "chain_membership" add constraint "chain_membership_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);

    this.addSql(`alter table "bundle_application" add constraint "bundle_application_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`);
    this.addSql(`alter table "bundle_application" add constraint "bundle_application_version_id_foreign" foreign key ("version_id") references "bundle_version" ("id") on update cascade;`);

    this.addSql(`alter table "bundle_application_case" add constraint "bundle_application_case_bundle_application_id_foreign" foreign key ("bundle_application_id") references "bundle_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bundle_application_case" add constraint "bundle_application_case_service_case_id_foreign" foreign key ("service_case_id") references "service_case" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bundle_version" drop constraint "bundle_version_bundle_id_foreign";`);

    this.addSql(`alter table "bundle_application" drop constraint "bundle_application_version_id_foreign";`);

    this.addSql(`alter table "huyou_residue_test" drop constraint "huyou_residue_test_orchard_id_foreign";`);

    this.addSql(`alter table "bundle_application_case" drop constraint "bundle_application_case_bundle_application_id_foreign";`);

    this.addSql(`drop table if exists "chain_bundle" cascade;`);

    this.addSql(`drop table if exists "bundle_version" cascade;`);

    this.addSql(`drop table if exists "huyou_product_batch" cascade;`);

    this.addSql(`drop table if exists "huyou_orchard" cascade;`);

    this.addSql(`drop table if exists "huyou_residue_test" cascade;`);

    this.addSql(`drop table if exists "chain_membership" cascade;`);

    this.addSql(`drop table if exists "bundle_application" cascade;`);

    this.addSql(`drop table if exists "bundle_application_case" cascade;`);
  }

}
