// @vitest-environment node
/**
 * The import boundaries in eslint.config.js bite: each forbidden import, linted with the project's
 * own config at a path inside the folder it concerns, reports the rule that forbids it, and an
 * import that keeps to the layers reports nothing. A cycle needs two files on disk (the rule follows
 * imports through the file system), so that case writes two small files under src/ and removes them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'eslint.config.js') });

/** The rule ids reported for `code` linted as if it were the file at `path` (relative to the project). */
async function rulesFor(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  if (!result) throw new Error(`no lint result for ${path}`);
  return result.messages.map((m) => m.ruleId);
}

describe('import boundaries', () => {
  it('a feature importing another feature is reported', async () => {
    const rules = await rulesFor(
      'src/features/overview/probe.tsx',
      "import { makeLoader } from '../jurisdiction/loader';\nexport const probe = makeLoader;\n",
    );
    expect(rules).toEqual(['import-x/no-restricted-paths']);
  });

  it('domain code importing React, components, features, app or the mock API is reported', async () => {
    const imports = [
      "import { useState } from 'react';",
      "import { useQuery } from '@tanstack/react-query';",
      "import { ModelFrame } from '../components/chart/model-frame';",
      "import { makeLoader } from '../features/overview/loader';",
      "import { createRoutes } from '../app/routes';",
      "import { handlers } from '../../mocks/handlers';",
    ];
    for (const line of imports) {
      const name = line.split(' ')[2];
      const rules = await rulesFor('src/domain/probe.ts', `${line}\nexport const probe = ${name};\n`);
      // The mock API import breaks two zones (domain, and src as a whole): both report it.
      expect([...new Set(rules)], line).toEqual(['import-x/no-restricted-paths']);
    }
  });

  it('a shared component importing a feature is reported', async () => {
    const rules = await rulesFor(
      'src/components/probe.tsx',
      "import { makeLoader } from '../features/overview/loader';\nexport const probe = makeLoader;\n",
    );
    expect(rules).toEqual(['import-x/no-restricted-paths']);
  });

  it('src importing the mock API statically is reported, in main.tsx too', async () => {
    const code = "import { handlers } from '../../mocks/handlers';\nexport const probe = handlers;\n";
    expect(await rulesFor('src/app/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
    const typeOnly = "import type { ScenarioName } from '../../mocks/scenarios';\nexport type Probe = ScenarioName;\n";
    expect(await rulesFor('src/components/probe.ts', typeOnly)).toEqual(['import-x/no-restricted-paths']);
    const inMain = "import { startMockWorker } from '../mocks/browser';\nexport const probe = startMockWorker;\n";
    expect(await rulesFor('src/main.tsx', inMain)).toEqual(['import-x/no-restricted-paths']);
  });

  it('the real tree passes, main.tsx with its one env-gated dynamic import included', async () => {
    const results = await eslint.lintFiles(['src/main.tsx', 'src/features', 'src/components', 'src/domain']);
    expect(results.length).toBeGreaterThan(50);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId} ${m.message}`))).toEqual([]);
  }, 60_000);

  it('imports that keep to the layers report nothing', async () => {
    const code = [
      "import { ModelFrame } from '../../components/chart/model-frame';",
      "import { formatShare } from '../../domain/format';",
      "import { makeLoader } from './loader';",
      'export const probe = [ModelFrame, formatShare, makeLoader];',
      '',
    ].join('\n');
    expect(await rulesFor('src/features/overview/probe.tsx', code)).toEqual([]);
  });
});

describe('import cycles', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(root, 'src', 'lint-cycle-probe-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two modules importing each other are reported', async () => {
    const results = await eslint.lintFiles([join(dir, 'a.ts'), join(dir, 'b.ts')]);
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['import-x/no-cycle'], ['import-x/no-cycle']]);
  });
});

describe('accessibility rules for JSX', () => {
  it('jsx-a11y loads and reports an image without alternative text and a click on a div', async () => {
    const code = 'export const probe = () => (\n  <div onClick={() => undefined}>\n    <img src="x.png" />\n  </div>\n);\n';
    const rules = await rulesFor('src/components/probe.tsx', code);
    expect(rules).toEqual(
      expect.arrayContaining(['jsx-a11y/alt-text', 'jsx-a11y/click-events-have-key-events', 'jsx-a11y/no-static-element-interactions']),
    );
  });
});
