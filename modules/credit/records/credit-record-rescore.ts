import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../../platform/context';
import { CreditScoringService } from '../scoring/scoring.service';
import { creditRecordChanged } from './credit-record.events';

/** Every credit record moves the enterprise's score at once, in the same transaction; then the modules hear of it. */
export async function rescoreAfterRecord(platform: PlatformServices, em: EntityManager, record: object, enterpriseId: string): Promise<void> {
  await new CreditScoringService(platform).recompute(em, [enterpriseId]);
  const written = { enterpriseId, recordType: record.constructor.name, recordId: (record as { id: string }).id };
  await platform.events.publish(creditRecordChanged, written, { em, platform });
}
