import { Migration } from '@mikro-orm/migrations';

export class Migration20261130122133 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "inspection_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "department_id" uuid not null, "name" varchar(200) not null, "legal_basis" text not null, "kind" text check ("kind" in ('KEY', 'GENERAL')) not null, "field" varchar(60) not null, "industries" text[] not null, "chains" text[] not null, "licences" text[] not null, "active" boolean not null default true, constraint "inspection_item_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "inspection_item" add constraint "inspection_item_code_unique" unique ("code");`);

    this.addSql(
      `create table "inspection_plan" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(80) not null, "department_id" uuid not null, "title" varchar(200) not null, "item_codes" text[] not null, "window_start" date not null, "window_end" date not null, "ratio_mode" text check ("ratio_mode" in ('CREDIT', 'FLAT')) not null, "flat_ratio" double precision null, "created_by" varchar(200) not null, constraint "inspection_plan_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "inspection_plan" add constraint "inspection_plan_number_unique" unique ("number");`);
    this.addSql(`create index "inspection_plan_department_id_window_start_index" on "inspection_plan" ("department_id", "window_start");`);

    this.addSql(
      `create table "inspection_draw" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" uuid not null, "sequence" int not null, "seed" varchar(40) not null, "algorithm_version" varchar(60) not null, "pool" jsonb not null, "ratio_rule" jsonb not null, "outcome" jsonb not null, "reason" varchar(300) null, "state" text check ("state" in ('ACTIVE', 'SUPERSEDED')) not null default 'ACTIVE', "drawn_by" varchar(200) not null, constraint "inspection_draw_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "inspection_draw" add constraint "inspection_draw_plan_id_sequence_unique" unique ("plan_id", "sequence");`);

    this.addSql(
      `create table "inspection_visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enterprise_id" uuid not null, "window_start" date not null, "window_end" date not null, "departments" text[] not null, constraint "inspection_visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "inspection_visit_enterprise_id_index" on "inspection_visit" ("enterprise_id");`);

    this.addSql(
      `create table "inspection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "draw_id" uuid null, "plan_id" uuid null, "department_id" uuid not null, "enterprise_id" uuid not null, "kind" text check ("kind" in ('RANDOM', 'TARGETED')) not null, "risk_class" text check ("risk_class" in ('A', 'B', 'C', 'D')) null, "item_codes" text[] not null, "inspector_ids" uuid[] not null, "window_start" date not null, "window_end" date not null, "visit_id" uuid null, "state" text check ("state" in ('ASSIGNED', 'RESULTED', 'PUBLISHED')) not null default 'ASSIGNED', "inspected_on" date null, "resulted_at" timestamptz null, "publication_due" date null, "published_at" timestamptz null, "reason" varchar(300) null, constraint "inspection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "inspection_department_id_state_index" on "inspection" ("department_id", "state");`);
    this.addSql(`create index "inspection_enterprise_id_window_start_index" on "inspection" ("enterprise_id", "window_start");`);
    this.addSql(`create index "inspection_draw_id_index" on "inspection" ("draw_id");`);

    this.addSql(
      `create table "inspection_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "inspection_id" uuid not null, "item_code" varchar(60) not null, "outcome" text check ("outcome" in ('NO_PROBLEM', 'PROBLEMS_FOUND', 'RECTIFICATION_ORDERED', 'CASE_TRANSFERRED')) not null, "finding" text not null, "evidence" text[] not null, constraint "inspection_result_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "inspection_result" add constraint "inspection_result_inspection_id_item_code_unique" unique ("inspection_id", "item_code");`,
    );

    this.addSql(
      `create table "inspector_conflict" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "inspector_id" uuid not null, "enterprise_id" uuid not null, "reason" varchar(200) not null, constraint "inspector_conflict_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "inspector_conflict" add constraint "inspector_conflict_inspector_id_enterprise_id_unique" unique ("inspector_id", "enterprise_id");`,
    );

    this.addSql(
      `alter table "inspection_item" add constraint "inspection_item_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection_plan" add constraint "inspection_plan_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection_draw" add constraint "inspection_draw_plan_id_foreign" foreign key ("plan_id") references "inspection_plan" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection_visit" add constraint "inspection_visit_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspection" add constraint "inspection_draw_id_foreign" foreign key ("draw_id") references "inspection_draw" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_plan_id_foreign" foreign key ("plan_id") references "inspection_plan" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspection" add constraint "inspection_visit_id_foreign" foreign key ("visit_id") references "inspection_visit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "inspection_result" add constraint "inspection_result_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "inspector_conflict" add constraint "inspector_conflict_inspector_id_foreign" foreign key ("inspector_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "inspector_conflict" add constraint "inspector_conflict_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspection_draw" drop constraint "inspection_draw_plan_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_plan_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_draw_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_visit_id_foreign";`);

    this.addSql(`alter table "inspection_result" drop constraint "inspection_result_inspection_id_foreign";`);

    this.addSql(`drop table if exists "inspection_item" cascade;`);

    this.addSql(`drop table if exists "inspection_plan" cascade;`);

    this.addSql(`drop table if exists "inspection_draw" cascade;`);

    this.addSql(`drop table if exists "inspection_visit" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "inspection_result" cascade;`);

    this.addSql(`drop table if exists "inspector_conflict" cascade;`);
  }
}
