/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';

// The same override objects .eslintrc.js spreads into its config.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const layerRules: Linter.ConfigOverride[] = require('../../config/eslint-layers.js');

const fixtures = join(__dirname, '..', 'fixtures', 'layers');
const coreRulesOnly = layerRules.filter((o) => Object.keys(o.rules ?? {}).every((rule) => !rule.includes('/')));
// ESLint 8 takes eslintrc-style options; the installed typings describe ESLint 9's flat config.
const eslint = new ESLint({
  cwd: join(__dirname, '..', '..'),
  useEslintrc: false,
  baseConfig: {
    parser: '@typescript-eslint/parser',
    parserOptions: { ecmaVersion: 2020, sourceType: 'module', ecmaFeatures: { jsx: true } },
    overrides: coreRulesOnly
  }
} as unknown as ESLint.Options);

async function lintFixture(name: string): Promise<{ lintAs: string; messages: Linter.LintMessage[] }> {
  const code = readFileSync(join(fixtures, name), 'utf8');
  const lintAs = /^\/\/ lint-as: (\S+)/.exec(code)?.[1] ?? name;
  const [result] = await eslint.lintText(code, { filePath: lintAs });
  return { lintAs, messages: result.messages };
}

describe('layer rules', () => {
  it.each([
    ['src/domain/cycle.ts', 'no-restricted-imports', 'src/domain is pure'],
    ['src/domain/cycle.ts', 'no-restricted-syntax', 'Clock port'],
    ['src/app/openCycle.ts', 'no-restricted-imports', 'only the domain and data/ports'],
    ['src/app/openCycle.ts', 'no-restricted-syntax', 'Clock port'],
    ['src/components/Thing/Thing.tsx', 'no-restricted-imports', 'no SPFx, PnPjs or Graph'],
    ['src/components/Thing/Thing.tsx', 'no-restricted-syntax', 'never a literal'],
    ['src/webparts/myAppraisal/components/Root.tsx', 'no-restricted-imports', 'Only the composition roots'],
    ['src/webparts/myAppraisal/MyAppraisalWebPart.ts', 'no-restricted-imports', 'never imports the emulator'],
    ['emulator/sharepoint/items.ts', 'no-restricted-imports', 'must not share code'],
    ['emulator/server.ts', 'no-restricted-imports', 'must not share code'],
    ['emulator/store/fileStore.ts', 'no-restricted-imports', 'holds no tenant of its own'],
    ['src/data/sharepoint/SpRecordAccess.ts', 'no-restricted-syntax', 'odataString(value)']
  ])('the project ESLint config gives %s the layer rule %s as an error', async (file, rule, message) => {
    const project = new ESLint({ cwd: join(__dirname, '..', '..') });

    const config = await project.calculateConfigForFile(file);

    const setting = config.rules?.[rule];
    expect(Array.isArray(setting) ? setting[0] : setting).toMatch(/^(error|2)$/);
    expect(JSON.stringify(setting)).toContain(message);
  });

  it.each([
    ['domainImportsReact.ts', 'no-restricted-imports'],
    ['domainImportsData.ts', 'no-restricted-imports'],
    ['domainReadsClock.ts', 'no-restricted-syntax'],
    ['appImportsFluent.ts', 'no-restricted-imports'],
    ['componentImportsPnp.tsx', 'no-restricted-imports'],
    ['componentImportsAdapter.tsx', 'no-restricted-imports'],
    ['webpartImportsEmulator.ts', 'no-restricted-imports'],
    ['emulatorImportsSrc.ts', 'no-restricted-imports'],
    ['emulatorServerImportsSrc.ts', 'no-restricted-imports'],
    ['emulatorImportsFixtures.ts', 'no-restricted-imports'],
    ['tsxLiteralText.tsx', 'no-restricted-syntax']
  ])('refuses %s with %s', async (fixture, rule) => {
    const { messages } = await lintFixture(fixture);

    expect(messages.filter((m) => m.ruleId === rule && m.severity === 2)).not.toHaveLength(0);
  });

  it('counts both clock reads in the domain', async () => {
    const { messages } = await lintFixture('domainReadsClock.ts');

    expect(messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toHaveLength(2);
  });

  it('refuses a raw quoted value in a .filter() template and after an OData comparison anywhere in src/data', async () => {
    const { messages } = await lintFixture('dataInterpolatesOdata.ts');

    expect(messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.severity === 2).map((m) => m.line)).toEqual([5, 5, 6]);
  });

  it.each(['cleanDomain.ts', 'cleanComponent.tsx', 'cleanData.ts'])('accepts %s', async (fixture) => {
    const { messages } = await lintFixture(fixture);

    expect(messages).toEqual([]);
  });

  it('has a fixture for every rule it tests', () => {
    expect(readdirSync(fixtures).length).toBeGreaterThanOrEqual(15);
  });
});
