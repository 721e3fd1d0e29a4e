import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { AppealAssignDocument, AppealSubmitDocument, AppealsDocument, CalendarYearSetDocument } from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('appeal deadlines on a provisional calendar year', () => {
  const clock = new ManualClock(new Date(at('2026-12-30')));
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
  });
  afterAll(() => app?.stop());

  it('marks a deadline counted across a provisional year, and moves it when the official year is loaded', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    const enterprise = await registerEnterprise(admin);
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const assigned = async (title: string) => {
      const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title, description: `${title}。` } });
      const { appealAssign } = await dispatcher.data(AppealAssignDocument, {
        input: { id: appealSubmit.appeal!.id, categoryCodes: ['FINANCE'], layer: 'COUNTY', grade: 'GENERAL', leadDepartmentCode: 'tax' },
      });
      return appealAssign.appeal!;
    };
    // Thursday 31 December, then Monday 4 and Tuesday 5 January: the provisional 2027 has New Year's Day off only.
    const open = await assigned('贷款贴息');
    expect(open).toMatchObject({ dueOn: '2027-01-05', dueOnProvisional: true });

    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: { year: 2027, offRanges: [{ from: '2027-01-01', to: '2027-01-04' }], workDays: ['2027-01-09'], source: 'Test notice for 2027' },
    });
    expect(calendarYearSet.movedDeadlinesByKind).toContainEqual({ kind: 'appeals.appeal.dueOn', count: 1 });
    const { appeals } = await dispatcher.data(AppealsDocument, {});
    // 31 December, then 5 and 6 January: 1 to 4 January are off.
    expect(appeals.nodes.find((node) => node.id === open.id)).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: false });
  });
});
