import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIGURATION_SETTINGS } from '../../modules/platform/config';
import { modules } from '../../modules';

/** The README's configuration table, one row per setting or per pair of settings. */
function documentedSettings(): Set<string> {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Calling the graph'));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Set(rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1])));
}

describe('the configuration reference', () => {
  it('documents every setting of the kernel and every module switch', () => {
    const documented = documentedSettings();
    const switches = modules.flatMap((module) => (module.switches ?? []).map((moduleSwitch) => moduleSwitch.setting));
    const missing = [...CONFIGURATION_SETTINGS, ...switches].filter((setting) => !documented.has(setting));
    expect(missing).toEqual([]);
  });
});
