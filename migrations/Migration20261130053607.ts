import { Migration } from '@mikro-orm/migrations';

export class Migration20261130053607 extends Migration {
  override async up(): Promise<void> {
    // Appeal numbers (QH-<year>-<six digits>) come from one sequence, so simultaneous submissions never share one.
    this.addSql(`create sequence "appeal_number_seq";`);
    this.addSql(
      `create table "appeal_category" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, constraint "appeal_category_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "appeal_category" add constraint "appeal_category_code_unique" unique ("code");`);

    this.addSql(
      `create table "appeal_channel" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, "description" varchar(500) not null, "built_in" boolean not null default false, "partner_key_id" uuid null, constraint "appeal_channel_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "appeal_channel" add constraint "appeal_channel_code_unique" unique ("code");`);

    this.addSql(
      `create table "appeal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "channel_id" uuid not null, "channel_reference" varchar(100) null, "enterprise_id" uuid not null, "title" varchar(200) not null, "description" text not null, "contact_name" varchar(100) null, "contact_phone" varchar(30) null, "submitted_by" varchar(200) not null, "received_at" timestamptz not null, "state" text check ("state" in ('RECEIVED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'FOLLOWED_UP', 'CLOSED', 'MERGED')) not null default 'RECEIVED', "category_codes" text[] not null default '{}', "layer" text check ("layer" in ('TOWNSHIP', 'COUNTY', 'CITY')) null, "grade" text check ("grade" in ('SIMPLE', 'GENERAL', 'COMPLEX')) null, "lead_department_id" uuid null, "assigned_on" date null, "accepted_on" date null, "due_on" date null, "due_on_provisional" boolean not null default false, "deadline_warned_for" date null, "escalated_for" date null, "reply" text null, "replied_on" date null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "solved" boolean null, "followed_up_on" date null, "reopen_count" int not null default 0, "closed_on" date null, "merged_into_id" uuid null, "rectification_id" uuid null, "history_length" int not null default 0, "version" int not null default 1, constraint "appeal_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "appeal" add constraint "appeal_number_unique" unique ("number");`);
    this.addSql(`alter table "appeal" add constraint "appeal_rectification_id_unique" unique ("rectification_id");`);
    this.addSql(`create index "appeal_merged_into_id_index" on "appeal" ("merged_into_id");`);
    this.addSql(`create index "appeal_lead_department_id_state_index" on "appeal" ("lead_department_id", "state");`);
    this.addSql(`create index "appeal_enterprise_id_received_at_index" on "appeal" ("enterprise_id", "received_at");`);
    this.addSql(`create index "appeal_state_due_on_index" on "appeal" ("state", "due_on");`);
    this.addSql(`alter table "appeal" add constraint "appeal_channel_id_channel_reference_unique" unique ("channel_id", "channel_reference");`);

    this.addSql(
      `create table "appeal_history_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appeal_id" uuid not null, "position" int not null, "step" text check ("step" in ('RECEIVED', 'ASSIGNED', 'RETURNED', 'ACCEPTED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'EXTENSION_REFUSED', 'PART_ADDED', 'REPLIED', 'FOLLOWED_UP', 'REOPENED', 'ESCALATED', 'MERGED', 'CLOSED', 'TYPICAL_CASE_PUBLISHED')) not null, "at" timestamptz not null, "actor" varchar(200) not null, "department_id" uuid null, "note" text null, "rule" text check ("rule" in ('OVERDUE', 'REOPENED_TWICE', 'DISPATCHER')) null, "layer" text check ("layer" in ('TOWNSHIP', 'COUNTY', 'CITY')) null, "due_on" date null, constraint "appeal_history_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "appeal_history_entry" add constraint "appeal_history_entry_appeal_id_position_unique" unique ("appeal_id", "position");`,
    );

    this.addSql(
      `create table "appeal_extension" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appeal_id" uuid not null, "working_days" int not null, "reason" text not null, "requested_by" varchar(200) not null, "requested_on" date not null, "previous_due_on" date not null, "state" text check ("state" in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', "new_due_on" date null, "decided_on" date null, "decided_by" varchar(200) null, "decision_note" text null, constraint "appeal_extension_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "appeal_co_handling" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appeal_id" uuid not null, "department_id" uuid not null, "part" text null, "part_added_on" date null, constraint "appeal_co_handling_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "appeal_co_handling_department_id_index" on "appeal_co_handling" ("department_id");`);
    this.addSql(
      `alter table "appeal_co_handling" add constraint "appeal_co_handling_appeal_id_department_id_unique" unique ("appeal_id", "department_id");`,
    );

    this.addSql(
      `create table "typical_case" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "appeal_id" uuid not null, "title" varchar(200) not null, "summary" text not null, "category_codes" text[] not null, "channel_code" varchar(40) not null, "lead_department_id" uuid not null, "published_at" timestamptz not null, constraint "typical_case_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "typical_case" add constraint "typical_case_appeal_id_unique" unique ("appeal_id");`);

    this.addSql(
      `alter table "appeal_channel" add constraint "appeal_channel_partner_key_id_foreign" foreign key ("partner_key_id") references "api_key" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "appeal" add constraint "appeal_channel_id_foreign" foreign key ("channel_id") references "appeal_channel" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appeal" add constraint "appeal_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appeal" add constraint "appeal_lead_department_id_foreign" foreign key ("lead_department_id") references "department" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appeal" add constraint "appeal_merged_into_id_foreign" foreign key ("merged_into_id") references "appeal" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appeal" add constraint "appeal_rectification_id_foreign" foreign key ("rectification_id") references "rectification" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "appeal_history_entry" add constraint "appeal_history_entry_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appeal_history_entry" add constraint "appeal_history_entry_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "appeal_extension" add constraint "appeal_extension_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "appeal_co_handling" add constraint "appeal_co_handling_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "appeal_co_handling" add constraint "appeal_co_handling_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "typical_case" add constraint "typical_case_appeal_id_foreign" foreign key ("appeal_id") references "appeal" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "typical_case" add constraint "typical_case_lead_department_id_foreign" foreign key ("lead_department_id") references "department" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appeal" drop constraint "appeal_channel_id_foreign";`);

    this.addSql(`alter table "appeal" drop constraint "appeal_merged_into_id_foreign";`);

    this.addSql(`alter table "appeal_history_entry" drop constraint "appeal_history_entry_appeal_id_foreign";`);

    this.addSql(`alter table "appeal_extension" drop constraint "appeal_extension_appeal_id_foreign";`);

    this.addSql(`alter table "appeal_co_handling" drop constraint "appeal_co_handling_appeal_id_foreign";`);

    this.addSql(`alter table "typical_case" drop constraint "typical_case_appeal_id_foreign";`);

    this.addSql(`drop table if exists "appeal_category" cascade;`);

    this.addSql(`drop table if exists "appeal_channel" cascade;`);

    this.addSql(`drop table if exists "appeal" cascade;`);

    this.addSql(`drop table if exists "appeal_history_entry" cascade;`);

    this.addSql(`drop table if exists "appeal_extension" cascade;`);

    this.addSql(`drop table if exists "appeal_co_handling" cascade;`);

    this.addSql(`drop table if exists "typical_case" cascade;`);

    this.addSql(`drop sequence if exists "appeal_number_seq";`);
  }
}
