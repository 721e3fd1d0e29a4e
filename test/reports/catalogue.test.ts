import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';

interface IntrospectedType {
  name: string;
  enumValues: Array<{ name: string; description: string }> | null;
}

const CATALOGUE = `{
  __schema { queryType { fields { name } } }
  dimensions: __type(name: "AppealsDimension") { name enumValues { name description } }
  measures: __type(name: "CasesMeasure") { name enumValues { name description } }
}`;

/** Data teams discover reports through introspection alone; a switched-off module takes its cubes with it. */
describe('the report catalogue in the schema', () => {
  it('lists every enabled module’s cubes with described dimensions and measures, and none of a switched-off one', async () => {
    const app = await TestApp.start();
    const off = await TestApp.start({ env: { DISABLED_MODULES: 'appeals' } });
    try {
      const read = async (target: TestApp) =>
        (
          await (
            await target.clientAs(Role.ANALYST)
          ).raw<{
            __schema: { queryType: { fields: Array<{ name: string }> } };
            dimensions: IntrospectedType | null;
            measures: IntrospectedType | null;
          }>(CATALOGUE)
        ).data!;
      const on = await read(app);
      const reports = on.__schema.queryType.fields.map((field) => field.name).filter((name) => name.endsWith('Report'));
      expect(reports).toEqual(
        expect.arrayContaining([
          'casesReport',
          'tasksReport',
          'reviewsReport',
          'appealsReport',
          'policyRedemptionsReport',
          'creditScoresReport',
          'chainMembershipsReport',
        ]),
      );
      expect(on.measures!.enumValues).toContainEqual({
        name: 'ON_TIME_RATE',
        description: 'On-time completion rate: completed without overdue ÷ completed (按时办结率)',
      });
      expect(on.dimensions!.enumValues!.map((value) => value.name)).toEqual(expect.arrayContaining(['CHANNEL', 'RECEIVED_MONTH', 'CLOSED_QUARTER']));
      expect(on.dimensions!.enumValues!.every((value) => value.description.length > 0)).toBe(true);

      const without = await read(off);
      expect(without.__schema.queryType.fields.map((field) => field.name)).not.toContain('appealsReport');
      expect(without.__schema.queryType.fields.map((field) => field.name)).toContain('casesReport');
      expect(without.dimensions).toBeNull();
    } finally {
      await Promise.all([app.stop(), off.stop()]);
    }
  });
});
