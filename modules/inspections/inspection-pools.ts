import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import { reportChainScopeOf } from '../platform/reports/cube-definition';
import { addMonths } from '../platform/calendar/months';
import { RiskClass } from './inspection.enums';
import type { PoolSnapshot } from './draw-algorithm';
import type { InspectionItem } from './inspection-item.entity';
import { creditGradesSqlOf, licenceHoldersSqlOf } from './inspection-extensions';

export interface PlanScope {
  departmentId: string;
  departmentCode: string;
  items: InspectionItem[];
  windowStart: string;
  windowEnd: string;
}

const chainEnumCode = (scope: string) => scope.toUpperCase().replaceAll('-', '_');

/**
 * The two pools of a plan (一单两库), read inside the draw's transaction:
 * - targets: enterprises in operation that an item applies to (its industries, its chains' members or its licences'
 *   holders; an item naming none applies to every enterprise), each with the risk class of its public credit grade, less those the same
 *   department inspected at random more recently than their class's interval;
 * - inspectors: active officers of the department whose qualifications cover every item's field on the window's last
 *   day; and the conflicts: declared relations, and an inspection of the enterprise the inspector carried out in the
 *   last INSPECTION_CONFLICT_MONTHS (inspectors rotate).
 */
export async function readPools(em: EntityManager, platform: PlatformServices, scope: PlanScope): Promise<PoolSnapshot> {
  const { config, modules } = platform;
  const everyone = scope.items.some((item) => item.industries.length === 0 && item.chains.length === 0 && item.licences.length === 0);
  const licences = [...new Set(scope.items.flatMap((item) => item.licences))];
  const industries = [...new Set(scope.items.flatMap((item) => item.industries))];
  const chains = [...new Set(scope.items.flatMap((item) => item.chains))].map(chainEnumCode);
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (everyone) conditions.push('true');
  if (industries.length > 0) {
    conditions.push(`e.industry_code like any (?::text[])`);
    parameters.push(`{${industries.map((code) => `${code}%`).join(',')}}`);
  }
  const chainScope = reportChainScopeOf(modules);
  if (chains.length > 0 && chainScope) {
    const condition = chainScope.condition('e.id', chains);
    conditions.push(condition.sql);
    parameters.push(...condition.parameters);
  }
  const holders = licenceHoldersSqlOf(modules);
  if (licences.length > 0 && holders) {
    conditions.push(
      `exists (select 1 from (${holders}) held where held.enterprise_id = e.id and held.licence in (${licences.map(() => '?').join(', ')}))`,
    );
    parameters.push(...licences);
  }
  if (conditions.length === 0) return { targets: [], inspectors: [], conflicts: [] };
  const grades = creditGradesSqlOf(modules);
  const rows = await em.execute<Array<{ id: string; grade: string | null; last_drawn: string | null }>>(
    `select e.id, ${grades ? 'g.grade' : 'null'} as grade,
            (select max(i.window_start)::text from inspection i
              where i.enterprise_id = e.id and i.department_id = ? and i.kind = 'RANDOM' and i.window_start < ?) as last_drawn
       from enterprise e ${grades ? `left join (${grades}) g on g.enterprise_id = e.id` : ''}
      where e.lifecycle_stage not in ('DEREGISTERED', 'DEREGISTERING') and (${conditions.join(' or ')})
      order by e.id`,
    [scope.departmentId, scope.windowStart, ...parameters],
  );
  const classes = config.INSPECTION_RISK_CLASSES as Record<string, RiskClass>;
  const targets = rows
    .map((row) => ({ enterpriseId: row.id, riskClass: classes[row.grade ?? 'UNSCORED'], lastDrawn: row.last_drawn }))
    .filter(
      (target) => !target.lastDrawn || addMonths(target.lastDrawn, config.INSPECTION_CLASS_INTERVAL_MONTHS[target.riskClass]) <= scope.windowStart,
    )
    .map(({ enterpriseId, riskClass }) => ({ enterpriseId, riskClass }));

  const fields = [...new Set(scope.items.map((item) => item.field))];
  const inspectors = await em.execute<Array<{ id: string }>>(
    `select u.id from app_user u
      where u.state <> 'DISABLED' and 'OFFICER' = any (u.roles) and u.department = ?
        and not exists (
          select 1 from unnest(?::text[]) as needed(field)
           where not exists (
             select 1 from jsonb_array_elements(u.qualifications) q
              where (q->'fields') @> jsonb_build_array(needed.field) and (q->>'validUntil' is null or q->>'validUntil' >= ?)))
      order by u.id`,
    [scope.departmentCode, `{${fields.join(',')}}`, scope.windowEnd],
  );
  const inspectorIds = inspectors.map((row) => row.id);
  const since = addMonths(scope.windowStart, -config.INSPECTION_CONFLICT_MONTHS);
  const conflicts =
    inspectorIds.length === 0
      ? []
      : await em.execute<Array<{ inspector_id: string; enterprise_id: string }>>(
          `select c.inspector_id, c.enterprise_id from inspector_conflict c where c.inspector_id = any (?::uuid[])
           union
           select inspector.id, i.enterprise_id from inspection i cross join unnest(i.inspector_ids) as inspector(id)
            where inspector.id = any (?::uuid[]) and i.inspected_on >= ?
           order by 1, 2`,
          [`{${inspectorIds.join(',')}}`, `{${inspectorIds.join(',')}}`, since],
        );
  return {
    targets,
    inspectors: inspectorIds,
    conflicts: conflicts.map((row) => ({ inspectorId: row.inspector_id, enterpriseId: row.enterprise_id })),
  };
}
