import { Migration } from '@mikro-orm/migrations';

export class Migration20261126125828 extends Migration {
  override async up(): Promise<void> {
    // Case numbers come from a sequence, so that instances never hand out the same one.
    this.addSql(`create sequence "service_case_number_seq";`);
    this.addSql(
      `create table "calendar_day" ("day" date not null, "year" int not null, "working" boolean not null, constraint "calendar_day_pkey" primary key ("day"));`,
    );
    this.addSql(`create index "calendar_day_year_index" on "calendar_day" ("year");`);

    this.addSql(
      `create table "department" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(100) not null, constraint "department_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);

    this.addSql(
      `create table "matter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(200) not null, "description" text not null, "stage" text check ("stage" in ('ESTABLISHING', 'OPERATING', 'CHANGING', 'DEREGISTERING', 'DEREGISTERED', 'BANKRUPTCY_REORGANIZATION')) not null, "completion_stage" text check ("completion_stage" in ('ESTABLISHING', 'OPERATING', 'CHANGING', 'DEREGISTERING', 'DEREGISTERED', 'BANKRUPTCY_REORGANIZATION')) null, constraint "matter_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "matter" add constraint "matter_code_unique" unique ("code");`);

    this.addSql(
      `create table "service_section" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, constraint "service_section_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service_section" add constraint "service_section_code_unique" unique ("code");`);

    this.addSql(
      `create table "service_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "department_id" uuid not null, "section_id" uuid null, "statutory_limit_days" int not null, "committed_limit_days" int not null, "fully_online" boolean not null, "materials" jsonb not null, constraint "service_item_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service_item" add constraint "service_item_code_unique" unique ("code");`);

    this.addSql(
      `create table "matter_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "matter_id" uuid not null, "item_id" uuid not null, "position" int not null, "waits_for" jsonb not null, constraint "matter_item_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "matter_item" add constraint "matter_item_matter_id_item_id_unique" unique ("matter_id", "item_id");`);

    this.addSql(
      `create table "service_window" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(100) not null, "section_id" uuid not null, constraint "service_window_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service_window" add constraint "service_window_code_unique" unique ("code");`);

    this.addSql(
      `create table "service_case" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(40) not null, "matter_id" uuid not null, "enterprise_id" uuid not null, "channel" text check ("channel" in ('ONLINE', 'WINDOW', 'MOBILE', 'SELF_SERVICE')) not null, "window_id" uuid null, "state" text check ("state" in ('SUBMITTED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'WITHDRAWN')) not null default 'SUBMITTED', "submitted_at" timestamptz not null, "submitted_on" date not null, "due_on" date not null, "finished_at" timestamptz null, "finished_on" date null, "overdue" boolean not null default false, "rejection_reason" text null, "submitted_by" varchar(200) not null, "submitted_by_role" text check ("submitted_by_role" in ('ADMIN', 'DESK', 'OFFICER', 'PARTNER', 'ANALYST', 'ENTERPRISE', 'ANONYMOUS')) not null, "idempotency_key" varchar(100) not null, "version" int not null default 1, constraint "service_case_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "service_case" add constraint "service_case_number_unique" unique ("number");`);
    this.addSql(`create index "service_case_state_index" on "service_case" ("state");`);
    this.addSql(`create index "service_case_enterprise_id_index" on "service_case" ("enterprise_id");`);
    this.addSql(`create index "service_case_submitted_at_id_index" on "service_case" ("submitted_at", "id");`);
    this.addSql(
      `alter table "service_case" add constraint "service_case_submitted_by_idempotency_key_unique" unique ("submitted_by", "idempotency_key");`,
    );

    this.addSql(
      `create table "review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "department_id" uuid not null, "level" text check ("level" in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED')) not null, "score" int not null, "online" boolean not null, "ratings" jsonb not null, "comment" text null, "unprompted" boolean not null, "reviewed_at" timestamptz not null, constraint "review_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "review" add constraint "review_case_id_unique" unique ("case_id");`);

    this.addSql(
      `create table "rectification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" uuid not null, "department_id" uuid not null, "state" text check ("state" in ('OPEN', 'RECTIFIED', 'CLOSED')) not null default 'OPEN', "due_on" date not null, "measures" text null, "rectified_on" date null, "closed_on" date null, "follow_ups" jsonb not null, "version" int not null default 1, constraint "rectification_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "rectification" add constraint "rectification_review_id_unique" unique ("review_id");`);

    this.addSql(
      `create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "item_id" uuid not null, "department_id" uuid not null, "position" int not null, "waits_for" jsonb not null, "state" text check ("state" in ('WAITING', 'SUBMITTED', 'ACCEPTED', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'CANCELLED')) not null, "resume_state" text check ("resume_state" in ('WAITING', 'SUBMITTED', 'ACCEPTED', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'CANCELLED')) null, "limit_days" int not null, "activated_on" date null, "due_on" date null, "suspended_on" date null, "suspended_working_days" int not null default 0, "supplement_request" text null, "accepted_at" timestamptz null, "finished_at" timestamptz null, "finished_on" date null, "rejection_reason" text null, "handled_by" varchar(200) null, "overdue" boolean not null default false, "overdue_with_responsibility" boolean not null default false, "version" int not null default 1, constraint "task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_case_id_index" on "task" ("case_id");`);
    this.addSql(`create index "task_department_id_state_index" on "task" ("department_id", "state");`);

    this.addSql(
      `create table "overdue_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "task_id" uuid not null, "department_id" uuid not null, "due_on" date not null, "recorded_on" date not null, constraint "overdue_record_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "overdue_record" add constraint "overdue_record_task_id_unique" unique ("task_id");`);

    this.addSql(
      `create table "window_bonus" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "window_id" uuid not null, "month" varchar(7) not null, "points" int not null, "reason" text not null, "recorded_by" varchar(200) not null, constraint "window_bonus_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "window_rating" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "window_id" uuid not null, "month" varchar(7) not null, "stars" int not null, "score" double precision not null, "cases_completed" int not null, "cases_on_time" int not null, "on_time_rate" double precision null, "reviews" int not null, "satisfied_reviews" int not null, "satisfaction_rate" double precision null, "rectifications" int not null, "overdue_with_responsibility" int not null, "bonus_points" int not null, "published_at" timestamptz not null, constraint "window_rating_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "window_rating" add constraint "window_rating_window_id_month_unique" unique ("window_id", "month");`);

    this.addSql(
      `alter table "service_item" add constraint "service_item_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_item" add constraint "service_item_section_id_foreign" foreign key ("section_id") references "service_section" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "matter_item" add constraint "matter_item_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "matter_item" add constraint "matter_item_item_id_foreign" foreign key ("item_id") references "service_item" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_window" add constraint "service_window_section_id_foreign" foreign key ("section_id") references "service_section" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_case" add constraint "service_case_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_case" add constraint "service_case_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_case" add constraint "service_case_window_id_foreign" foreign key ("window_id") references "service_window" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "review" add constraint "review_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "review" add constraint "review_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "rectification" add constraint "rectification_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "task" add constraint "task_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_item_id_foreign" foreign key ("item_id") references "service_item" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "overdue_record" add constraint "overdue_record_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "overdue_record" add constraint "overdue_record_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "window_bonus" add constraint "window_bonus_window_id_foreign" foreign key ("window_id") references "service_window" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "window_rating" add constraint "window_rating_window_id_foreign" foreign key ("window_id") references "service_window" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "service_case_number_seq";`);
    this.addSql(`alter table "service_item" drop constraint "service_item_department_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_department_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_department_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_department_id_foreign";`);

    this.addSql(`alter table "overdue_record" drop constraint "overdue_record_department_id_foreign";`);

    this.addSql(`alter table "matter_item" drop constraint "matter_item_matter_id_foreign";`);

    this.addSql(`alter table "service_case" drop constraint "service_case_matter_id_foreign";`);

    this.addSql(`alter table "service_item" drop constraint "service_item_section_id_foreign";`);

    this.addSql(`alter table "service_window" drop constraint "service_window_section_id_foreign";`);

    this.addSql(`alter table "matter_item" drop constraint "matter_item_item_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_item_id_foreign";`);

    this.addSql(`alter table "service_case" drop constraint "service_case_window_id_foreign";`);

    this.addSql(`alter table "window_bonus" drop constraint "window_bonus_window_id_foreign";`);

    this.addSql(`alter table "window_rating" drop constraint "window_rating_window_id_foreign";`);

    this.addSql(`alter table "review" drop constraint "review_case_id_foreign";`);

    this.addSql(`alter table "task" drop constraint "task_case_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_review_id_foreign";`);

    this.addSql(`alter table "overdue_record" drop constraint "overdue_record_task_id_foreign";`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "matter" cascade;`);

    this.addSql(`drop table if exists "service_section" cascade;`);

    this.addSql(`drop table if exists "service_item" cascade;`);

    this.addSql(`drop table if exists "matter_item" cascade;`);

    this.addSql(`drop table if exists "service_window" cascade;`);

    this.addSql(`drop table if exists "service_case" cascade;`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop table if exists "overdue_record" cascade;`);

    this.addSql(`drop table if exists "window_bonus" cascade;`);

    this.addSql(`drop table if exists "window_rating" cascade;`);
  }
}
