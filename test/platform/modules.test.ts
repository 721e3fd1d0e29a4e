import { Role } from '../../modules/platform/auth/principal';
import { enabledModules, ModuleConfigurationError, defineModule } from '../../modules/platform/module';
import { modules } from '../../modules';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('switching a module off', () => {
  let app: TestApp;
  // Every module but the kernel, whatever the registry holds.
  const everyOptionalModule = modules.filter((module) => !module.required).map((module) => module.name);
  beforeAll(async () => (app = await TestApp.start({ env: { DISABLED_MODULES: everyOptionalModule.join(',') } })));
  afterAll(() => app?.stop());

  it('leaves no trace of it in the schema, and the rest works', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const response = await admin.raw<{ __schema: { types: Array<{ name: string }>; queryType: { fields: Array<{ name: string }> } } }>(
      '{ __schema { types { name } queryType { fields { name } } } }',
    );
    const types = response.data!.__schema.types.map((type) => type.name);
    const queries = response.data!.__schema.queryType.fields.map((field) => field.name);
    for (const absent of [
      'Enterprise',
      'EnterpriseConnection',
      'LifecycleStage',
      'Region',
      'IndustryCategory',
      'EnterpriseFilter',
      'Case',
      'Task',
      'Matter',
      'CaseState',
      'ChainCode',
      'HuyouOrchard',
      'CreditScore',
      'AdministrativePenalty',
    ]) {
      expect(types).not.toContain(absent);
    }
    expect(queries).not.toContain('enterprises');
    expect(queries).toEqual(expect.arrayContaining(['viewer', 'node', 'addWorkingDays', 'auditEntries']));
    expect(errorCode(await admin.raw('{ viewer { enterprise { id } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await admin.raw('{ addWorkingDays(from: "2026-02-12", days: 3) }')).data).toEqual({ addWorkingDays: '2026-02-24' });
  });
});

describe('module configuration', () => {
  it('names an unknown module', () => {
    expect(() => enabledModules(modules, ['enterprize'])).toThrow(
      new ModuleConfigurationError(
        `DISABLED_MODULES names an unknown module "enterprize"; known: ${modules.map((module) => module.name).join(', ')}`,
      ),
    );
  });

  it('refuses to switch off the kernel', () => {
    expect(() => enabledModules(modules, ['platform'])).toThrow('cannot be switched off');
  });

  it('refuses to leave a module on without what it depends on', () => {
    const [platform, enterprise] = modules;
    const dependant = defineModule({ name: 'appeals', description: 'x', dependsOn: ['enterprise'] });
    expect(() => enabledModules([platform, enterprise, dependant], ['enterprise'])).toThrow('The module "appeals" needs "enterprise"');
    expect(() => enabledModules(modules, ['enterprise'])).toThrow('The module "one-matter" needs "enterprise"');
  });

  it('switches a family of modules by the setting its owner declares, and names an unknown member', () => {
    const [platform] = modules;
    const owner = defineModule({
      name: 'machinery',
      description: 'x',
      switches: [{ setting: 'GADGET_MODULES', covers: (module) => module.name.startsWith('gadget-') }],
    });
    const gadgets = ['gadget-a', 'gadget-b'].map((name) => defineModule({ name, description: 'x', dependsOn: ['machinery'] }));
    const all = [platform, owner, ...gadgets];
    expect(enabledModules(all, []).map((module) => module.name)).toEqual(['platform', 'machinery', 'gadget-a', 'gadget-b']);
    expect(enabledModules(all, [], { GADGET_MODULES: 'gadget-b' }).map((module) => module.name)).toEqual(['platform', 'machinery', 'gadget-b']);
    expect(() => enabledModules(all, [], { GADGET_MODULES: 'gadget-c' })).toThrow(
      'GADGET_MODULES names an unknown module "gadget-c"; known: gadget-a, gadget-b',
    );
  });
});
