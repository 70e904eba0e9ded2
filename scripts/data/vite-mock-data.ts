/**
 * MOCK_DATA for the dev server: `MOCK_DATA=roadmap.xlsx npm run dev` reads and checks the workbook
 * when the server starts (and again when the file changes) and hands its model to the mock API in
 * the browser through the virtual module `virtual:mock-data` (null without MOCK_DATA). The browser's
 * service worker cannot read files itself.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Model } from '../../mocks/data/model';

const ID = 'virtual:mock-data';
const RESOLVED = `\0${ID}`;

export interface MockData {
  model: Model;
  builtAt: string;
}

/** Reads and checks the workbook; throws with the checker's report when it has errors. */
export async function loadMockData(file: string): Promise<MockData> {
  const [{ readSource }, { checkBook }, { textReport }] = await Promise.all([import('./read'), import('./check'), import('./report')]);
  const book = await readSource(resolve(file));
  const result = checkBook(book, { kind: 'preview' });
  if (!result.model) throw new Error(`MOCK_DATA=${file} has errors, so the mock API cannot serve it:\n\n${textReport(book.name, result)}`);
  if (result.warnings > 0) console.warn(textReport(book.name, result));
  return { model: result.model, builtAt: new Date().toISOString() };
}

export function mockData(file = process.env.MOCK_DATA): Plugin {
  let data: MockData | null = null;
  return {
    name: 'roadmap-monitor:mock-data',
    async buildStart() {
      if (file) data = await loadMockData(file);
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(data)};` : undefined),
    configureServer(server) {
      if (!file) return;
      const path = resolve(file);
      server.watcher.add(path);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) !== path) return;
        loadMockData(file)
          .then((next) => {
            data = next;
            const module = server.moduleGraph.getModuleById(RESOLVED);
            if (module) server.moduleGraph.invalidateModule(module);
            server.ws.send({ type: 'full-reload' });
          })
          .catch((error: unknown) => server.config.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
