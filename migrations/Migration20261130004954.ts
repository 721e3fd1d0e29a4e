import { Migration } from '@mikro-orm/migrations';

export class Migration20261130004954 extends Migration {
  override async up(): Promise<void> {
    // A year recorded twice could only come from two simultaneous writes that the old check let through: the
    // first record stands, as the check meant, and the later copy goes before the index that settles it from now on.
    for (const table of ['paper_energy_report', 'chip_rd_spending']) {
      this.addSql(`delete from "${table}" later using "${table}" first
                    where later.enterprise_id = first.enterprise_id and later.year = first.year
                      and (later.created_at, later.id) > (first.created_at, first.id);`);
    }
    this.addSql(`alter table "paper_energy_report" add constraint "paper_energy_report_enterprise_id_year_unique" unique ("enterprise_id", "year");`);

    this.addSql(`alter table "chip_rd_spending" add constraint "chip_rd_spending_enterprise_id_year_unique" unique ("enterprise_id", "year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "chip_rd_spending" drop constraint "chip_rd_spending_enterprise_id_year_unique";`);

    this.addSql(`alter table "paper_energy_report" drop constraint "paper_energy_report_enterprise_id_year_unique";`);
  }
}
