import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131659 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "chain_bundle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chain" varchar(40) not null, "draft" jsonb not null, "drafted_by" varchar(200) not null, "latest_version" int not null default 0, "revision" int not null default 1, constraint "chain_bundle_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "chain_bundle" add constraint "chain_bundle_chain_unique" unique ("chain");`);

    this.addSql(
      `create table "bundle_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bundle_id" uuid not null, "chain" varchar(40) not null, "number" int not null, "content" jsonb not null, "node_matters" jsonb not null, "published_at" timestamptz not null, "published_by" varchar(200) not null, constraint "bundle_version_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "bundle_version" add constraint "bundle_version_bundle_id_number_unique" unique ("bundle_id", "number");`);

    this.addSql(
      `create table "paper_energy_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "year" int not null, "kgcee_per_tonne" numeric(10,2) not null, constraint "paper_energy_report_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "paper_emission_exceedance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "occurred_on" date not null, "pollutant" varchar(60) not null, "multiple_of_limit" numeric(8,2) not null, constraint "paper_emission_exceedance_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "paper_discharge_permit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "permit_number" varchar(40) not null, "valid_until" date not null, constraint "paper_discharge_permit_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "paper_discharge_permit" add constraint "paper_discharge_permit_permit_number_unique" unique ("permit_number");`);

    this.addSql(
      `create table "huyou_product_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "product" varchar(200) not null, "traceability_code" varchar(60) not null, "quantity_kg" numeric(14,2) not null, "produced_on" date not null, "sales_channel" varchar(100) not null, constraint "huyou_product_batch_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "huyou_product_batch" add constraint "huyou_product_batch_traceability_code_unique" unique ("traceability_code");`);

    this.addSql(
      `create table "huyou_orchard" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "name" varchar(200) not null, "area_mu" numeric(12,2) not null, "certifications" jsonb not null, constraint "huyou_orchard_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "huyou_residue_test" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "orchard_id" uuid not null, "sampled_on" date not null, "passed" boolean not null, "remark" text not null, constraint "huyou_residue_test_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "chip_rd_spending" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "year" int not null, "amount" numeric(20,2) not null, "revenue" numeric(20,2) not null, constraint "chip_rd_spending_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "chip_patent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "number" varchar(40) not null, "kind" text check ("kind" in ('INVENTION', 'UTILITY_MODEL', 'DESIGN', 'LAYOUT_DESIGN')) not null, "granted_on" date not null, constraint "chip_patent_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "chip_patent" add constraint "chip_patent_number_unique" unique ("number");`);

    this.addSql(
      `create table "chip_certification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "kind" text check ("kind" in ('HIGH_TECH', 'SPECIALIZED_NEW')) not null, "valid_until" date not null, constraint "chip_certification_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "chain_membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "chain" varchar(40) not null, "node" varchar(40) not null, "joined_at" timestamptz not null, "joined_by" varchar(200) not null, constraint "chain_membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "chain_membership_chain_node_index" on "chain_membership" ("chain", "node");`);
    this.addSql(
      `alter table "chain_membership" add constraint "chain_membership_enterprise_id_chain_node_unique" unique ("enterprise_id", "chain", "node");`,
    );

    this.addSql(
      `create table "camellia_quality_sample" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "sampled_on" date not null, "product" varchar(200) not null, "passed" boolean not null, "traceability_code" varchar(60) null, constraint "camellia_quality_sample_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "camellia_pressing_licence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "licence_number" varchar(16) not null, "valid_until" date not null, constraint "camellia_pressing_licence_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "camellia_pressing_licence" add constraint "camellia_pressing_licence_licence_number_unique" unique ("licence_number");`,
    );

    this.addSql(
      `create table "camellia_forest_plot" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "name" varchar(200) not null, "area_mu" numeric(12,2) not null, "low_yield_mu" numeric(12,2) not null, "renovated_mu" numeric(12,2) not null, constraint "camellia_forest_plot_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "bundle_application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "version_id" uuid not null, "chain" varchar(40) not null, "node" varchar(40) not null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "idempotency_key" varchar(100) not null, constraint "bundle_application_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "bundle_application" add constraint "bundle_application_submitted_by_idempotency_key_unique" unique ("submitted_by", "idempotency_key");`,
    );

    this.addSql(
      `create table "bundle_application_case" ("bundle_application_id" uuid not null, "service_case_id" uuid not null, constraint "bundle_application_case_pkey" primary key ("bundle_application_id", "service_case_id"));`,
    );

    this.addSql(
      `create table "stone_mining_licence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "licence_number" varchar(40) not null, "valid_until" date not null, "annual_capacity_tonnes" numeric(14,2) not null, constraint "stone_mining_licence_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "stone_mining_licence" add constraint "stone_mining_licence_licence_number_unique" unique ("licence_number");`);

    this.addSql(
      `create table "stone_restoration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "area_mu" numeric(12,2) not null, "due_on" date not null, "accepted_on" date null, constraint "stone_restoration_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "stone_safety_incident" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "occurred_on" date not null, "severity" text check ("severity" in ('MINOR', 'GENERAL', 'SERIOUS')) not null, "casualties" int not null, constraint "stone_safety_incident_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "bundle_version" add constraint "bundle_version_bundle_id_foreign" foreign key ("bundle_id") references "chain_bundle" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "paper_energy_report" add constraint "paper_energy_report_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "paper_emission_exceedance" add constraint "paper_emission_exceedance_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "paper_discharge_permit" add constraint "paper_discharge_permit_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "huyou_product_batch" add constraint "huyou_product_batch_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "huyou_orchard" add constraint "huyou_orchard_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "huyou_residue_test" add constraint "huyou_residue_test_orchard_id_foreign" foreign key ("orchard_id") references "huyou_orchard" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chip_rd_spending" add constraint "chip_rd_spending_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chip_patent" add constraint "chip_patent_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chip_certification" add constraint "chip_certification_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chain_membership" add constraint "chain_membership_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "camellia_quality_sample" add constraint "camellia_quality_sample_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "camellia_pressing_licence" add constraint "camellia_pressing_licence_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "camellia_forest_plot" add constraint "camellia_forest_plot_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "bundle_application" add constraint "bundle_application_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "bundle_application" add constraint "bundle_application_version_id_foreign" foreign key ("version_id") references "bundle_version" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "bundle_application_case" add constraint "bundle_application_case_bundle_application_id_foreign" foreign key ("bundle_application_id") references "bundle_application" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "bundle_application_case" add constraint "bundle_application_case_service_case_id_foreign" foreign key ("service_case_id") references "service_case" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "stone_mining_licence" add constraint "stone_mining_licence_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "stone_restoration" add constraint "stone_restoration_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "stone_safety_incident" add constraint "stone_safety_incident_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bundle_version" drop constraint "bundle_version_bundle_id_foreign";`);

    this.addSql(`alter table "bundle_application" drop constraint "bundle_application_version_id_foreign";`);

    this.addSql(`alter table "huyou_residue_test" drop constraint "huyou_residue_test_orchard_id_foreign";`);

    this.addSql(`alter table "bundle_application_case" drop constraint "bundle_application_case_bundle_application_id_foreign";`);

    this.addSql(`drop table if exists "chain_bundle" cascade;`);

    this.addSql(`drop table if exists "bundle_version" cascade;`);

    this.addSql(`drop table if exists "paper_energy_report" cascade;`);

    this.addSql(`drop table if exists "paper_emission_exceedance" cascade;`);

    this.addSql(`drop table if exists "paper_discharge_permit" cascade;`);

    this.addSql(`drop table if exists "huyou_product_batch" cascade;`);

    this.addSql(`drop table if exists "huyou_orchard" cascade;`);

    this.addSql(`drop table if exists "huyou_residue_test" cascade;`);

    this.addSql(`drop table if exists "chip_rd_spending" cascade;`);

    this.addSql(`drop table if exists "chip_patent" cascade;`);

    this.addSql(`drop table if exists "chip_certification" cascade;`);

    this.addSql(`drop table if exists "chain_membership" cascade;`);

    this.addSql(`drop table if exists "camellia_quality_sample" cascade;`);

    this.addSql(`drop table if exists "camellia_pressing_licence" cascade;`);

    this.addSql(`drop table if exists "camellia_forest_plot" cascade;`);

    this.addSql(`drop table if exists "bundle_application" cascade;`);

    this.addSql(`drop table if exists "bundle_application_case" cascade;`);

    this.addSql(`drop table if exists "stone_mining_licence" cascade;`);

    this.addSql(`drop table if exists "stone_restoration" cascade;`);

    this.addSql(`drop table if exists "stone_safety_incident" cascade;`);
  }
}
