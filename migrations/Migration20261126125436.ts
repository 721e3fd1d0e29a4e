import { Migration } from '@mikro-orm/migrations';

export class Migration20261126125436 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "department_id" uuid not null, "level" text check ("level" in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED')) not null, "score" int not null, "online" boolean not null, "ratings" jsonb not null, "comment" text null, "unprompted" boolean not null, "reviewed_at" timestamptz not null, constraint "review_pkey" primary key ("id"));`);
    this.addSql(`alter table "review" add constraint "review_case_id_unique" unique ("case_id");`);

    this.addSql(`create table "rectification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" uuid not null, "department_id" uuid not null, "state" text check ("state" in ('OPEN', 'RECTIFIED', 'CLOSED')) not null default 'OPEN', "due_on" date not null, "measures" text null, "rectified_on" date null, "closed_on" date null, "follow_ups" jsonb not null, "version" int not null default 1, constraint "rectification_pkey" primary key ("id"));`);
    this.addSql(`alter table "rectification" add constraint "rectification_review_id_unique" unique ("review_id");`);

    this.addSql(`alter table "review" add constraint "review_case_id_foreign" foreign key ("case_id") references "service_case" ("id") on update cascade;`);
    this.addSql(`alter table "review" add constraint "review_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`);

    this.addSql(`alter table "rectification" add constraint "rectification_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade;`);
    this.addSql(`alter table "rectification" add constraint "rectification_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rectification" drop constraint "rectification_review_id_foreign";`);

    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);
  }

}
