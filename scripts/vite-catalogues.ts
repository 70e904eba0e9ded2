/**
 * A language's catalogues as one module (README, "Performance"): `virtual:catalogues` maps each
 * catalogue folder beside English (`src/i18n/<folder>/`) to a loader of `virtual:catalogue/<folder>`,
 * whose default export holds every catalogue of that folder by name (`{ common, charts, … }`).
 *
 * A screen in another language then waits for one file of strings instead of one per catalogue
 * (seven for the jurisdiction screen), which on a slow connection costs more than the bytes the
 * screen does not use. The module imports each catalogue by name, so the bundler needs no namespace
 * objects (and no runtime helpers in a file of their own) to build it. The folders and files are
 * read from disk when the build or the dev server starts: a new locale folder or catalogue file needs
 * no registering (restart the dev server to see one). Feeds' strings
 * (`feeds.ts`) are for data:build and the mock API, not for the app.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const INDEX = 'virtual:catalogues';
const FOLDER = 'virtual:catalogue/';
/** The resolved id of a folder's module; its chunk is named after it (`_messages-<folder>-<hash>.js`). */
export const FOLDER_MODULE_PREFIX = '\0messages-';

function folders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => entry.name)
    .sort();
}

function catalogueNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'feeds.ts' && !file.endsWith('.d.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

export function catalogues(): Plugin {
  let root = '';
  return {
    name: 'roadmap-monitor:catalogues',
    configResolved(config) {
      root = resolve(config.root, 'src/i18n');
    },
    resolveId(id) {
      if (id === INDEX) return `\0${INDEX}`;
      if (id.startsWith(FOLDER)) return `${FOLDER_MODULE_PREFIX}${id.slice(FOLDER.length)}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        const entries = folders(root).map((folder) => `  ${JSON.stringify(folder)}: () => import(${JSON.stringify(`${FOLDER}${folder}`)}),`);
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      if (!id.startsWith(FOLDER_MODULE_PREFIX)) return null;
      const folder = id.slice(FOLDER_MODULE_PREFIX.length);
      const dir = join(root, folder);
      const names = catalogueNames(dir);
      const imports = names.map((name, i) => `import { ${name} as c${i} } from ${JSON.stringify(join(dir, `${name}.ts`))};`);
      const entries = names.map((name, i) => `  ${name}: c${i},`);
      return `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`;
    },
  };
}
