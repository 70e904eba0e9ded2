/**
 * MOCK_DATA for the dev server: `MOCK_DATA=roadmap.xlsx npm run dev` reads and checks the workbook
 * when the server starts (and again when the file changes) and hands its model to the mock API in
 * the browser through the virtual module `virtual:mock-data` (null without MOCK_DATA); the
 * browser's service worker cannot read files itself. The workbook is read in a child process
 * (`cli.ts model`), so that the checker's modules stay out of the config's own module graph.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:mock-data';
const RESOLVED = `\0${ID}`;

function readModel(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mock-data-'));
  try {
    const out = join(dir, 'model.json');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data/cli.ts', 'model', file, out], { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'inherit', 'inherit'] });
    } catch {
      throw new Error(`MOCK_DATA=${file} cannot be served (see the report above).`);
    }
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function mockData(file = process.env.MOCK_DATA): Plugin {
  let json = 'null';
  return {
    name: 'roadmap-monitor:mock-data',
    buildStart() {
      if (file) json = readModel(file);
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${json};` : undefined),
    configureServer(server) {
      if (!file) return;
      const path = resolve(file);
      server.watcher.add(path);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) !== path) return;
        try {
          json = readModel(file);
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
          return;
        }
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
