import { Role } from '../../modules/platform/auth/principal';
import {
  DepartmentCreateDocument,
  DepartmentsDocument,
  DepartmentUpdateDocument,
  MatterDocument,
  MattersDocument,
  ServiceItemsDocument,
  ServiceWindowsDocument,
} from '../../schema/generated/graphql';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('the service catalogue', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  it('publishes the ten enterprise matters with their items, departments and order, to anyone', async () => {
    const { matters } = await app.client.data(MattersDocument);
    expect(matters.totalCount).toBe(10);
    expect(matters.nodes.map((matter) => matter.code).sort()).toEqual([
      'BANKRUPTCY_INFORMATION_CHECK',
      'CREDIT_REPAIR',
      'DEREGISTRATION',
      'HIRING',
      'INFORMATION_CHANGE',
      'LISTING_COMPLIANCE_CHECK',
      'OPEN_BUSINESS',
      'OPEN_RESTAURANT',
      'OPEN_TRANSPORT_COMPANY',
      'UTILITY_CONNECTION',
    ]);
    const deregistration = matters.nodes.find((matter) => matter.code === 'DEREGISTRATION')!;
    expect(deregistration).toMatchObject({ stage: 'DEREGISTERING', completionStage: 'DEREGISTERED' });
    expect(deregistration.items.at(-1)).toMatchObject({
      waitsFor: ['SW-003', 'RS-003', 'YB-003'],
      item: { code: 'SCJG-005', department: { code: 'market-regulation' } },
    });
    const bankruptcy = matters.nodes.find((matter) => matter.code === 'BANKRUPTCY_INFORMATION_CHECK')!;
    // Seven departments answer within three working days.
    expect(new Set(bankruptcy.items.map((step) => step.item.department.code)).size).toBe(7);
    expect(bankruptcy.items.every((step) => step.item.committedLimitDays === 3 && step.waitsFor.length === 0)).toBe(true);
  });

  it('describes a matter’s items with limits, online availability and materials', async () => {
    const { matter } = await app.client.data(MatterDocument, { code: 'OPEN_RESTAURANT' });
    expect(matter?.items.map((step) => step.item.code)).toEqual(['SCJG-002', 'ZF-001', 'XF-001', 'YC-001']);
    expect(matter?.items[0].item).toMatchObject({ statutoryLimitDays: 20, committedLimitDays: 7, fullyOnline: true });
    expect(matter?.items[0].item.materials).toContain('食品经营许可申请书');
    expect((await app.client.data(MatterDocument, { code: 'NOPE' })).matter).toBeNull();
  });

  it('filters service items by department and by online availability', async () => {
    const { serviceItems } = await app.client.data(ServiceItemsDocument, { filter: { departmentCode: 'human-resources' }, first: 50 });
    expect(serviceItems.nodes.every((item) => item.department.code === 'human-resources')).toBe(true);
    expect(serviceItems.totalCount).toBe(8);
    const offline = await app.client.data(ServiceItemsDocument, { filter: { fullyOnline: false }, first: 50 });
    // The stone chain adds its safety licence, done in person.
    expect(offline.serviceItems.nodes.map((item) => item.code).sort()).toEqual(['RS-006', 'ST-003', 'XF-001', 'ZF-001']);
  });

  it('places windows in the sections of the service centre', async () => {
    const { serviceWindows } = await app.client.data(ServiceWindowsDocument);
    expect(serviceWindows.find((window) => window.code === 'W06')?.section).toMatchObject({ code: 'FINANCE' });
  });

  it('lets an ADMIN add and rename departments, with userErrors for bad input', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const before = (await app.client.data(DepartmentsDocument)).departments.length;
    const { departmentCreate } = await admin.data(DepartmentCreateDocument, { input: { code: 'statistics', name: '常山县统计局' } });
    expect(departmentCreate.department).toMatchObject({ code: 'statistics', name: '常山县统计局' });
    const taken = await admin.data(DepartmentCreateDocument, { input: { code: 'tax', name: 'Tax again' } });
    expect(taken.departmentCreate.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'TAKEN' });
    const malformed = await admin.data(DepartmentCreateDocument, { input: { code: 'Tax Office', name: '' } });
    expect(malformed.departmentCreate.userErrors.map((error) => error.code).sort()).toEqual(['BLANK', 'INVALID_FORMAT']);
    const { departmentUpdate } = await admin.data(DepartmentUpdateDocument, {
      input: { id: departmentCreate.department!.id, name: '常山县统计局（新）' },
    });
    expect(departmentUpdate.department?.name).toBe('常山县统计局（新）');
    const { departments } = await app.client.data(DepartmentsDocument);
    expect(departments.length).toBe(before + 1);

    const officer = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect(errorCode(await officer.request(DepartmentCreateDocument, { input: { code: 'rogue', name: 'Rogue' } }))).toBe('FORBIDDEN');
  });
});
