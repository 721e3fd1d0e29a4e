import { subscribe } from '../../platform/events/domain-event';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { ChainMembership } from '../../one-category/chain-membership.entity';
import { chainRecordWritten } from '../../one-category/chain.events';
import { inspectionResultRecorded } from '../../inspections/inspection.events';
import { InspectionOutcome } from '../../inspections/inspection.enums';
import { ChipEnvironmentalInspection } from './chip.entities';
import { CHIP_CHAIN } from './chip.chain';

/** The inspection field of the items whose results are the chain's environmental inspections. */
const ENVIRONMENT = 'environment';

/**
 * Environmental inspections of the chain's members are recorded by the inspections module (双随机、一公开); the chain
 * keeps its own record of each, which its credit+ indicator (ENVIRONMENTAL_COMPLIANCE) reads: compliant when every
 * environment item found no problem, with the findings joined. As when the desk records one, the enterprise's credit+
 * scores follow in the same transaction. With the inspections module switched off, nothing is ever published here.
 */
export const chipInspectionIntake = subscribe(inspectionResultRecorded, async (recorded, { em, platform }) => {
  const environmental = recorded.results.filter((result) => result.field === ENVIRONMENT);
  if (environmental.length === 0) return;
  if (!(await em.count(ChainMembership, { enterprise: recorded.enterpriseId, chain: CHIP_CHAIN.code }))) return;
  em.create(ChipEnvironmentalInspection, {
    enterprise: em.getReference(Enterprise, recorded.enterpriseId),
    inspectedOn: recorded.inspectedOn,
    compliant: environmental.every((result) => result.outcome === InspectionOutcome.NO_PROBLEM),
    finding: environmental
      .map((result) => result.finding.trim())
      .filter(Boolean)
      .join('；'),
  });
  await em.flush();
  await platform.events.publish(
    chainRecordWritten,
    { enterpriseId: recorded.enterpriseId, chain: CHIP_CHAIN.code, recordType: ChipEnvironmentalInspection.name },
    { em, platform },
  );
});
