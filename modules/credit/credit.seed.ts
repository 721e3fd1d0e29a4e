import type { EntityManager } from '@mikro-orm/postgresql';
import { demoFaker } from '../platform/database/demo-faker';
import { addMonths } from '../platform/calendar/months';
import type { PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { Enterprise } from '../enterprise/enterprise.entity';
import { AnnualReportFiling, AdministrativePenalty, Honour, TaxCreditRating, AbnormalListEntry } from './records/credit-records.entities';
import { AbnormalListReason, AnnualReportStatus, HonourLevel, PenaltySector, PenaltySeverity, TaxCreditLevel } from './records/credit-records.enums';
import { CreditScoringService } from './scoring/scoring.service';

/**
 * Annual reports and tax levels for most demo enterprises, a few penalties, listings and honours (dates on the demo's
 * timeline); then every score.
 */
export async function seedCredit(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker(options.seed + 31_337);
  const timeline = options.timeline;
  if (!(await em.count(AnnualReportFiling, {}))) {
    const enterprises = await em.find(Enterprise, {}, { orderBy: { uscc: 'ASC' }, limit: 5000 });
    for (const [index, enterprise] of enterprises.entries()) {
      const status = faker.helpers.weightedArrayElement([
        { weight: 90, value: AnnualReportStatus.ON_TIME },
        { weight: 7, value: AnnualReportStatus.LATE },
        { weight: 3, value: AnnualReportStatus.MISSING },
      ]);
      em.create(AnnualReportFiling, {
        enterprise,
        year: timeline.year(2025),
        status,
        filedOn: status === AnnualReportStatus.MISSING ? null : timeline.dayOfYear(status === AnnualReportStatus.LATE ? '2025-08-12' : '2025-05-20'),
      });
      if (status === AnnualReportStatus.MISSING)
        em.create(AbnormalListEntry, { enterprise, reason: AbnormalListReason.MISSING_ANNUAL_REPORT, listedOn: timeline.dayOfYear('2025-07-10') });
      em.create(TaxCreditRating, {
        enterprise,
        year: timeline.year(2025),
        level: faker.helpers.weightedArrayElement([
          { weight: 30, value: TaxCreditLevel.A },
          { weight: 45, value: TaxCreditLevel.B },
          { weight: 15, value: TaxCreditLevel.M },
          { weight: 8, value: TaxCreditLevel.C },
          { weight: 2, value: TaxCreditLevel.D },
        ]),
      });
      if (faker.number.int(99) < 6) {
        const severity = faker.number.int(9) < 8 ? PenaltySeverity.GENERAL : PenaltySeverity.SERIOUS;
        const decidedOn = timeline.day('2026-03-15');
        em.create(AdministrativePenalty, {
          enterprise,
          decisionNumber: `常市监处罚〔${decidedOn.slice(0, 4)}〕${index + 1}号`,
          departmentCode: 'market-regulation',
          severity,
          sector: faker.helpers.enumValue(PenaltySector),
          decidedOn,
          amount: `${faker.number.int({ min: 1, max: 200 }) * 1000}.00`,
          publicityEndsOn: addMonths(decidedOn, severity === PenaltySeverity.GENERAL ? 12 : 36),
        });
      }
      if (faker.number.int(99) < 4)
        em.create(Honour, {
          enterprise,
          level: faker.helpers.enumValue(HonourLevel),
          title: '守合同重信用企业',
          awardedOn: timeline.day('2025-12-01'),
        });
    }
    await em.flush();
  }
  await new CreditScoringService(platform).recompute(em, null);
}
