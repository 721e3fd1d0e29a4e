import { Migration } from '@mikro-orm/migrations';

export class Migration20261129205627 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "deadline_correction" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "calendar_year" int not null, "kind" varchar(100) not null, "subject_id" varchar(200) not null, "previous_due_on" date not null, "due_on" date not null, "still_provisional" boolean not null, "request_id" varchar(100) null, constraint "deadline_correction_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deadline_correction_subject_id_index" on "deadline_correction" ("subject_id");`);
    this.addSql(
      `create index "deadline_correction_calendar_year_created_at_id_index" on "deadline_correction" ("calendar_year", "created_at", "id");`,
    );

    this.addSql(`alter table "calendar_day" add column "provisional" boolean not null default false;`);

    this.addSql(`alter table "calendar_year" add column "status" varchar(20) not null default 'OFFICIAL';`);

    this.addSql(`alter table "service_case" add column "due_on_provisional" boolean not null default false;`);

    // A round of rectification counts from the review or from the last unsatisfied follow-up that reopened it.
    this.addSql(`alter table "rectification" add column "opened_on" date null, add column "due_on_provisional" boolean not null default false;`);
    this.addSql(`update "rectification" set "opened_on" = coalesce(
      (select max(((f ->> 'at')::timestamptz at time zone 'Asia/Shanghai')::date) from jsonb_array_elements("follow_ups"::jsonb) f),
      ("created_at" at time zone 'Asia/Shanghai')::date);`);
    this.addSql(`alter table "rectification" alter column "opened_on" set not null;`);

    this.addSql(`alter table "task" add column "due_on_provisional" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deadline_correction" cascade;`);

    this.addSql(`alter table "calendar_day" drop column "provisional";`);

    this.addSql(`alter table "calendar_year" drop column "status";`);

    this.addSql(`alter table "rectification" drop column "opened_on", drop column "due_on_provisional";`);

    this.addSql(`alter table "service_case" drop column "due_on_provisional";`);

    this.addSql(`alter table "task" drop column "due_on_provisional";`);
  }
}
