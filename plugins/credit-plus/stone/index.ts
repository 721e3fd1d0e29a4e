import { defineCreditPlusPlugin } from '../../../modules/credit/plus/credit-plus-plugin';

/** 信用+石材: production-safety incidents of the last three years, ecological restoration of the mines. */
export const stoneCreditPlus = defineCreditPlusPlugin({
  chain: 'STONE',
  name: '信用+石材',
  indicators: [
    {
      code: 'INCIDENTS_3Y',
      description: 'Production-safety incidents of general severity or worse in the last three years',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'StoneSafetyIncident', 'id', id) order by id) as evidence
              from stone_safety_incident
             where severity in ('GENERAL', 'SERIOUS') and occurred_on > (select today from params) - interval '3 years'
             group by enterprise_id`,
    },
    {
      code: 'SERIOUS_INCIDENTS_3Y',
      description: 'Serious production-safety incidents in the last three years',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'StoneSafetyIncident', 'id', id) order by id) as evidence
              from stone_safety_incident
             where severity = 'SERIOUS' and occurred_on > (select today from params) - interval '3 years'
             group by enterprise_id`,
    },
    {
      code: 'RESTORATIONS_OVERDUE',
      description: 'Restoration obligations past their due date without acceptance',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'StoneRestoration', 'id', id) order by id) as evidence
              from stone_restoration where accepted_on is null and due_on < (select today from params) group by enterprise_id`,
    },
    {
      code: 'RESTORATION_ACCEPTED_RATE',
      description: 'Share of the restoration area already accepted',
      sql: `select enterprise_id, (sum(area_mu) filter (where accepted_on is not null) / sum(area_mu))::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'StoneRestoration', 'id', id) order by id) as evidence
              from stone_restoration group by enterprise_id having sum(area_mu) > 0`,
    },
  ],
  defaultRules: [
    {
      code: 'INCIDENT',
      description: 'Had a production-safety incident in the last three years',
      indicator: 'INCIDENTS_3Y',
      operator: 'AT_LEAST',
      threshold: 1,
      points: -60,
    },
    {
      code: 'SERIOUS_INCIDENT',
      description: 'Had a serious incident in the last three years',
      indicator: 'SERIOUS_INCIDENTS_3Y',
      operator: 'AT_LEAST',
      threshold: 1,
      points: -120,
    },
    {
      code: 'RESTORATION_OVERDUE',
      description: 'Left a restoration past its due date',
      indicator: 'RESTORATIONS_OVERDUE',
      operator: 'AT_LEAST',
      threshold: 1,
      points: -80,
    },
    {
      code: 'RESTORATION_COMPLETE',
      description: 'Restored every area it must',
      indicator: 'RESTORATION_ACCEPTED_RATE',
      operator: 'EQUALS',
      threshold: 1,
      points: 40,
    },
  ],
});
