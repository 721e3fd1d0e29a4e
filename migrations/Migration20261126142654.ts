import { Migration } from '@mikro-orm/migrations';

export class Migration20261126142654 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "credit_plus_rule_draft" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chain" varchar(40) not null, "rules" jsonb not null, "latest_version" int not null default 0, constraint "credit_plus_rule_draft_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "credit_plus_rule_draft" add constraint "credit_plus_rule_draft_chain_unique" unique ("chain");`);

    this.addSql(
      `create table "credit_plus_rule_set" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chain" varchar(40) not null, "number" int not null, "rules" jsonb not null, "published_at" timestamptz not null, "published_by" varchar(200) not null, constraint "credit_plus_rule_set_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "credit_plus_rule_set" add constraint "credit_plus_rule_set_chain_number_unique" unique ("chain", "number");`);

    this.addSql(
      `create table "credit_licensing_decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "decision_number" varchar(60) not null, "department_code" varchar(60) not null, "licence" varchar(200) not null, "decided_on" date not null, "published_on" date null, constraint "credit_licensing_decision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_licensing_decision" add constraint "credit_licensing_decision_decision_number_unique" unique ("decision_number");`,
    );
    this.addSql(`create index "credit_licensing_decision_enterprise_id_index" on "credit_licensing_decision" ("enterprise_id");`);

    this.addSql(
      `create table "credit_judgment_defaulter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "case_number" varchar(80) not null, "listed_on" date not null, "removed_on" date null, constraint "credit_judgment_defaulter_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "credit_judgment_defaulter" add constraint "credit_judgment_defaulter_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "credit_judgment_defaulter_enterprise_id_index" on "credit_judgment_defaulter" ("enterprise_id");`);

    this.addSql(
      `create table "credit_honour" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL')) not null, "title" varchar(200) not null, "awarded_on" date not null, constraint "credit_honour_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_honour_enterprise_id_index" on "credit_honour" ("enterprise_id");`);

    this.addSql(
      `create table "credit_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "score" int not null, "grade" text check ("grade" in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')) not null, "rule_set" varchar(60) not null, "computed_at" timestamptz not null, "explanation" jsonb not null, "current" boolean not null default true, constraint "credit_score_pkey" primary key ("id"));`,
    );
    this.addSql(`create unique index "credit_score_one_current" on "credit_score" ("enterprise_id") where "current";`);
    this.addSql(`create index "credit_score_enterprise_id_current_index" on "credit_score" ("enterprise_id", "current");`);

    this.addSql(
      `create table "credit_plus_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "chain" varchar(40) not null, "score" int not null, "grade" text check ("grade" in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')) not null, "public_score" int not null, "base_score" int not null, "base_chain" varchar(40) null, "rule_set_version" int not null, "computed_at" timestamptz not null, "explanation" jsonb not null, "current" boolean not null default true, constraint "credit_plus_score_pkey" primary key ("id"));`,
    );
    this.addSql(`create unique index "credit_plus_score_one_current" on "credit_plus_score" ("enterprise_id", "chain") where "current";`);
    this.addSql(`create index "credit_plus_score_enterprise_id_chain_current_index" on "credit_plus_score" ("enterprise_id", "chain", "current");`);

    this.addSql(
      `create table "credit_commitment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "type" text check ("type" in ('APPROVAL_SUBSTITUTE', 'PUBLIC', 'INDUSTRY_SELF_DISCIPLINE', 'REPAIR')) not null, "promise" text not null, "made_on" date not null, "outcome" text check ("outcome" in ('PENDING', 'KEPT', 'BROKEN')) not null, constraint "credit_commitment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_commitment_enterprise_id_index" on "credit_commitment" ("enterprise_id");`);

    this.addSql(
      `create table "credit_authorization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "partner_key_id" uuid not null, "partner_name" varchar(200) not null, "purpose" text not null, "valid_from" date not null, "valid_until" date not null, "revoked_at" timestamptz null, constraint "credit_authorization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "credit_authorization_enterprise_id_partner_key_id_index" on "credit_authorization" ("enterprise_id", "partner_key_id");`,
    );

    this.addSql(
      `create table "credit_report_access" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "authorization_id" uuid not null, "partner_name" varchar(200) not null, "part" varchar(100) not null, "accessed_at" timestamptz not null, "request_id" varchar(100) not null, constraint "credit_report_access_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_report_access_enterprise_id_accessed_at_index" on "credit_report_access" ("enterprise_id", "accessed_at");`);

    this.addSql(
      `create table "credit_loan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "authorization_id" uuid not null, "partner_name" varchar(200) not null, "amount" numeric(20,2) not null, "term_months" int not null, "rate_band" text check ("rate_band" in ('BELOW_LPR', 'AT_LPR', 'LPR_PLUS_50BP', 'LPR_PLUS_100BP', 'ABOVE')) not null, "outcome" text check ("outcome" in ('APPLIED', 'APPROVED', 'DECLINED')) not null, "recorded_on" date not null, constraint "credit_loan_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "chip_environmental_inspection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "inspected_on" date not null, "compliant" boolean not null, "finding" text not null, constraint "chip_environmental_inspection_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "credit_annual_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "year" int not null, "status" text check ("status" in ('ON_TIME', 'LATE', 'MISSING')) not null, "filed_on" date null, constraint "credit_annual_report_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "credit_annual_report" add constraint "credit_annual_report_enterprise_id_year_unique" unique ("enterprise_id", "year");`,
    );

    this.addSql(
      `create table "credit_penalty" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "decision_number" varchar(60) not null, "department_code" varchar(60) not null, "severity" text check ("severity" in ('MINOR', 'GENERAL', 'SERIOUS')) not null, "sector" text check ("sector" in ('GENERAL', 'FOOD', 'DRUGS', 'SPECIAL_EQUIPMENT', 'PRODUCTION_SAFETY', 'FIRE', 'ENVIRONMENT')) not null, "decided_on" date not null, "amount" numeric(20,2) not null, "publicity_ends_on" date null, "repaired_on" date null, "published_on" date null, constraint "credit_penalty_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "credit_penalty" add constraint "credit_penalty_decision_number_unique" unique ("decision_number");`);
    this.addSql(`create index "credit_penalty_enterprise_id_index" on "credit_penalty" ("enterprise_id");`);

    this.addSql(
      `create table "credit_abnormal_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "reason" text check ("reason" in ('MISSING_ANNUAL_REPORT', 'UNREACHABLE_AT_ADDRESS', 'FALSE_DISCLOSURE')) not null, "listed_on" date not null, "removed_on" date null, "removal_cause" text null, constraint "credit_abnormal_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_abnormal_entry_enterprise_id_index" on "credit_abnormal_entry" ("enterprise_id");`);

    this.addSql(
      `create table "credit_repair" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "penalty_id" uuid null, "abnormal_entry_id" uuid null, "statement" text not null, "state" text check ("state" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING', "applied_on" date not null, "decided_on" date null, "decided_by" varchar(200) null, "rejection_reason" text null, constraint "credit_repair_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_repair_enterprise_id_index" on "credit_repair" ("enterprise_id");`);

    this.addSql(
      `create table "credit_serious_violation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "reason" text not null, "listed_on" date not null, "removed_on" date null, constraint "credit_serious_violation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "credit_serious_violation_enterprise_id_index" on "credit_serious_violation" ("enterprise_id");`);

    this.addSql(
      `create table "credit_tax_rating" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "year" int not null, "level" text check ("level" in ('A', 'B', 'M', 'C', 'D')) not null, constraint "credit_tax_rating_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "credit_tax_rating" add constraint "credit_tax_rating_enterprise_id_year_unique" unique ("enterprise_id", "year");`);

    this.addSql(
      `alter table "credit_licensing_decision" add constraint "credit_licensing_decision_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_judgment_defaulter" add constraint "credit_judgment_defaulter_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_honour" add constraint "credit_honour_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_score" add constraint "credit_score_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_plus_score" add constraint "credit_plus_score_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_commitment" add constraint "credit_commitment_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_authorization" add constraint "credit_authorization_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_authorization" add constraint "credit_authorization_partner_key_id_foreign" foreign key ("partner_key_id") references "api_key" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_report_access" add constraint "credit_report_access_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_report_access" add constraint "credit_report_access_authorization_id_foreign" foreign key ("authorization_id") references "credit_authorization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_loan" add constraint "credit_loan_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_loan" add constraint "credit_loan_authorization_id_foreign" foreign key ("authorization_id") references "credit_authorization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "chip_environmental_inspection" add constraint "chip_environmental_inspection_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_annual_report" add constraint "credit_annual_report_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_penalty" add constraint "credit_penalty_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_abnormal_entry" add constraint "credit_abnormal_entry_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_repair" add constraint "credit_repair_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_repair" add constraint "credit_repair_penalty_id_foreign" foreign key ("penalty_id") references "credit_penalty" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "credit_repair" add constraint "credit_repair_abnormal_entry_id_foreign" foreign key ("abnormal_entry_id") references "credit_abnormal_entry" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "credit_serious_violation" add constraint "credit_serious_violation_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "credit_tax_rating" add constraint "credit_tax_rating_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "credit_report_access" drop constraint "credit_report_access_authorization_id_foreign";`);

    this.addSql(`alter table "credit_loan" drop constraint "credit_loan_authorization_id_foreign";`);

    this.addSql(`alter table "credit_repair" drop constraint "credit_repair_penalty_id_foreign";`);

    this.addSql(`alter table "credit_repair" drop constraint "credit_repair_abnormal_entry_id_foreign";`);

    this.addSql(`drop table if exists "credit_plus_rule_draft" cascade;`);

    this.addSql(`drop table if exists "credit_plus_rule_set" cascade;`);

    this.addSql(`drop table if exists "credit_licensing_decision" cascade;`);

    this.addSql(`drop table if exists "credit_judgment_defaulter" cascade;`);

    this.addSql(`drop table if exists "credit_honour" cascade;`);

    this.addSql(`drop table if exists "credit_score" cascade;`);

    this.addSql(`drop table if exists "credit_plus_score" cascade;`);

    this.addSql(`drop table if exists "credit_commitment" cascade;`);

    this.addSql(`drop table if exists "credit_authorization" cascade;`);

    this.addSql(`drop table if exists "credit_report_access" cascade;`);

    this.addSql(`drop table if exists "credit_loan" cascade;`);

    this.addSql(`drop table if exists "chip_environmental_inspection" cascade;`);

    this.addSql(`drop table if exists "credit_annual_report" cascade;`);

    this.addSql(`drop table if exists "credit_penalty" cascade;`);

    this.addSql(`drop table if exists "credit_abnormal_entry" cascade;`);

    this.addSql(`drop table if exists "credit_repair" cascade;`);

    this.addSql(`drop table if exists "credit_serious_violation" cascade;`);

    this.addSql(`drop table if exists "credit_tax_rating" cascade;`);
  }
}
