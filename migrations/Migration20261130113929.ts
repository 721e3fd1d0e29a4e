import { Migration } from '@mikro-orm/migrations';

export class Migration20261130113929 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "login" varchar(100) not null, "name" varchar(100) not null, "email" varchar(200) null, "phone" varchar(30) null, "state" text check ("state" in ('INVITED', 'ACTIVE', 'DISABLED')) not null default 'INVITED', "roles" text[] not null, "department" varchar(60) null, "chains" text[] not null, "enterprise_uscc" varchar(18) null, "qualifications" jsonb not null, "oidc_issuer" varchar(300) null, "oidc_subject" varchar(300) null, "password_hash" text null, "password_changed_at" timestamptz null, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, "totp_secret" text null, "totp_enabled_at" timestamptz null, "totp_last_step" bigint null, "auth_version" int not null default 1, "last_sign_in_at" timestamptz null, "disabled_reason" varchar(200) null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);
    this.addSql(`create index "app_user_email_index" on "app_user" ("email");`);
    this.addSql(`alter table "app_user" add constraint "app_user_oidc_issuer_oidc_subject_unique" unique ("oidc_issuer", "oidc_subject");`);

    this.addSql(
      `create table "user_link" ("digest" varchar(64) not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('INVITATION', 'PASSWORD_RESET')) not null, "issued_by" varchar(200) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "user_link_pkey" primary key ("digest"));`,
    );
    this.addSql(`create index "user_link_user_id_index" on "user_link" ("user_id");`);

    this.addSql(
      `create table "user_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "role" text check ("role" in ('ADMIN', 'DESK', 'OFFICER', 'PARTNER', 'ANALYST', 'ENTERPRISE', 'ANONYMOUS')) not null, "method" text check ("method" in ('PASSWORD', 'SINGLE_SIGN_ON')) not null, "idle_expires_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(60) null, constraint "user_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(
      `create table "user_refresh_token" ("digest" varchar(64) not null, "session_id" uuid not null, "issued_at" timestamptz not null, "rotated_at" timestamptz null, constraint "user_refresh_token_pkey" primary key ("digest"));`,
    );
    this.addSql(`create index "user_refresh_token_session_id_index" on "user_refresh_token" ("session_id");`);

    this.addSql(
      `alter table "user_link" add constraint "user_link_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_refresh_token" add constraint "user_refresh_token_session_id_foreign" foreign key ("session_id") references "user_session" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_link" drop constraint "user_link_user_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "user_refresh_token" drop constraint "user_refresh_token_session_id_foreign";`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_link" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "user_refresh_token" cascade;`);
  }
}
