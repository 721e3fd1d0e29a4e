import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inspection, InspectionVisit } from './inspection.entity';

const codeOf = (inspection: Inspection) => inspection.department.getEntity().code;

/**
 * "Enter once, check many" (综合查一次): each new inspection joins a visit to its enterprise by other departments whose
 * window overlaps its own (the visit's window narrows to the days they share), or opens a visit of its own that
 * later inspections of other departments may join.
 */
export async function joinVisits(em: EntityManager, inspections: Inspection[]): Promise<void> {
  if (inspections.length === 0) return;
  await em.populate(inspections, ['department']);
  // Every visit any of them could join, in one statement; visits opened on the way join the candidates.
  const enterpriseIds = [...new Set(inspections.map((inspection) => inspection.enterprise.id))];
  const earliest = inspections.map((inspection) => inspection.windowStart).sort()[0];
  const latest = inspections
    .map((inspection) => inspection.windowEnd)
    .sort()
    .at(-1)!;
  const candidates = new Map<string, InspectionVisit[]>();
  for (const visit of await em.find(
    InspectionVisit,
    { enterprise: { $in: enterpriseIds }, windowStart: { $lte: latest }, windowEnd: { $gte: earliest } },
    { orderBy: { windowStart: 'ASC', id: 'ASC' } },
  )) {
    candidates.set(visit.enterprise.id, [...(candidates.get(visit.enterprise.id) ?? []), visit]);
  }
  for (const inspection of inspections) {
    const department = codeOf(inspection);
    const own = candidates.get(inspection.enterprise.id) ?? [];
    const visit = own.find(
      (candidate) =>
        candidate.windowStart <= inspection.windowEnd && candidate.windowEnd >= inspection.windowStart && !candidate.departments.includes(department),
    );
    if (visit) {
      visit.windowStart = visit.windowStart > inspection.windowStart ? visit.windowStart : inspection.windowStart;
      visit.windowEnd = visit.windowEnd < inspection.windowEnd ? visit.windowEnd : inspection.windowEnd;
      visit.departments = [...visit.departments, department].sort();
      inspection.visit = ref(visit);
    } else {
      const opened = em.create(InspectionVisit, {
        enterprise: inspection.enterprise,
        windowStart: inspection.windowStart,
        windowEnd: inspection.windowEnd,
        departments: [department],
      });
      candidates.set(inspection.enterprise.id, [...own, opened]);
      inspection.visit = ref(opened);
    }
  }
  await em.flush();
}

/** Takes withdrawn inspections out of their visits: a visit left empty goes, the others keep the window their rest shares. */
export async function leaveVisits(em: EntityManager, withdrawn: Inspection[]): Promise<void> {
  const leaving = new Set(withdrawn.map((inspection) => inspection.id));
  const visitIds = [...new Set(withdrawn.flatMap((inspection) => (inspection.visit ? [inspection.visit.id] : [])))];
  for (const visitId of visitIds) {
    const visit = await em.findOneOrFail(InspectionVisit, { id: visitId });
    const rest = (await em.find(Inspection, { visit }, { populate: ['department'] })).filter((inspection) => !leaving.has(inspection.id));
    for (const inspection of withdrawn) if (inspection.visit?.id === visitId) inspection.visit = null;
    if (rest.length === 0) {
      em.remove(visit);
      continue;
    }
    visit.departments = [...new Set(rest.map(codeOf))].sort();
    visit.windowStart = rest
      .map((inspection) => inspection.windowStart)
      .sort()
      .at(-1)!;
    visit.windowEnd = rest.map((inspection) => inspection.windowEnd).sort()[0];
  }
}
