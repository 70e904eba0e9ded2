/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { common } from './src/i18n/en/common.ts';
import { mockData } from './scripts/data/vite-mock-data.ts';
import { catalogues } from './scripts/vite-catalogues.ts';
import { firstPaint, framingPolicy } from './scripts/vite-first-paint.ts';

const MOCK_API_PORT = Number(process.env.MOCK_API_PORT ?? 4010);

/** Pages that other sites may frame: the embed view of each chart. */
export const FRAMEABLE_PATH = /^\/embed(\/|$)/;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The Content-Security-Policy header of every response `vite preview` sends, by path: embeds may be
 * framed by any site, every other page by none (README "Hosting"). The rest of the policy is in the
 * page itself (scripts/vite-first-paint.ts).
 */
function securityPolicy(): Plugin {
  const framed = framingPolicy(true);
  const closed = framingPolicy(false);
  return {
    name: 'roadmap-monitor:security-policy',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split(/[?#]/)[0] ?? '';
        res.setHeader('Content-Security-Policy', FRAMEABLE_PATH.test(path) ? framed : closed);
        next();
      });
    },
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = resolve(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/**
 * Production builds ship without the mock service worker. The demo build keeps it and adds the
 * offline service worker (mocks/demo-sw.js) with the list of files it caches (demo-assets.json).
 */
function mockWorkerFiles(mode: string): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'roadmap-monitor:mock-worker-files',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (mode !== 'demo') {
        rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
        return;
      }
      copyFileSync(resolve(root, 'mocks/demo-sw.js'), resolve(outDir, 'demo-sw.js'));
      const files = listFiles(outDir).filter((f) => !f.endsWith('.br') && !['demo-sw.js', 'mockServiceWorker.js', 'demo-assets.json'].includes(f));
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      writeFileSync(resolve(outDir, 'demo-assets.json'), JSON.stringify({ version, files: ['./', ...files] }, null, 2));
    },
  };
}

const PRECOMPRESSED_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Scripts and styles as a production host serves them: the build writes a Brotli copy beside each
 * (`x.js.br`), and `vite preview` sends it to browsers that accept Brotli (vite preview itself
 * only gzips on the fly). README "Hosting" asks hosts to do the same.
 */
function precompressedAssets(): Plugin {
  return {
    name: 'roadmap-monitor:precompressed-assets',
    writeBundle: {
      order: 'post',
      handler(options, bundle) {
        for (const fileName of Object.keys(bundle)) {
          if (!Object.keys(PRECOMPRESSED_TYPES).some((ext) => fileName.endsWith(ext))) continue;
          const file = resolve(options.dir ?? 'dist', fileName);
          writeFileSync(`${file}.br`, brotliCompressSync(readFileSync(file), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
      },
    },
    configurePreviewServer(server) {
      const distDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0] ?? '');
        const type = Object.entries(PRECOMPRESSED_TYPES).find(([ext]) => path.endsWith(ext))?.[1];
        const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const file = resolve(distDir, `.${path}.br`);
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !type || !accepts || !file.startsWith(distDir) || !existsSync(file)) return next();
        for (const [name, value] of Object.entries(server.config.preview.headers ?? {})) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(file).size);
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file).pipe(res);
      });
    },
  };
}

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importers: string[]; dynamicImporters: string[] } | null };

/** The app's entry, the boot script (inlined into index.html), and the route table whose lazy modules are the site's screens. */
const APP_ENTRY = resolve(import.meta.dirname, 'index.html');
const BOOT_ENTRY = resolve(import.meta.dirname, 'src/boot/boot.ts');
const ROUTE_TABLE = resolve(import.meta.dirname, 'src/app/routes.tsx');
/** The name of a screen's chunk: `screen-` and its folder under src/features, which is its name in app/screen-paths.ts. */
const SCREEN_CHUNK = 'screen-';
/** The screen at `/`, where most visits start and which the JS budget is for (app/screen-paths.ts `overview`). */
const LANDING_SCREEN = resolve(import.meta.dirname, 'src/features/overview/route.tsx');
/** Modules that two or more screens share but the landing screen does not use. */
const SHARED_CHUNK = 'screens-shared';
/** Whether the app's entry reaches the module through static imports alone. */
function isInitial(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (!info) return false;
  return info.isEntry || info.importers.some((importer) => isInitial(importer, graph, seen));
}

/**
 * The screens (modules the route table loads lazily) that reach this module through static imports.
 * Code loaded on demand elsewhere (charts, the table, exports, presenter and embed) belongs to none.
 */
function screensUsing(id: string, graph: ModuleGraph, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(id)) return found;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (!info) return found;
  if (info.dynamicImporters.includes(ROUTE_TABLE)) found.add(id);
  for (const importer of info.importers) for (const screen of screensUsing(importer, graph, seen)) found.add(screen);
  return found;
}

/**
 * Chunks by the module graph alone (README, "Performance"):
 * - the entry file: everything the entry imports statically, and the modules that the landing
 *   screen (`/`) shares with another screen, so that `/` needs the entry and its own file;
 * - one file for the modules that other screens share among themselves (`screens-shared`), which
 *   the boot script preloads with the screen's own file;
 * - one file per screen: its route module and what no other screen uses, including modules that a
 *   slide or an embed asks for on demand (a chart's model), which then load with that screen's file;
 * - everything else (charts, the table, exports, presenter, embed) as rolldown splits it.
 */
function chunkOf(id: string, graph: ModuleGraph): string | null {
  if (isInitial(id, graph)) return 'app';
  const screens = screensUsing(id, graph);
  if (screens.size >= 2) return screens.has(LANDING_SCREEN) ? 'app' : SHARED_CHUNK;
  const [screen] = [...screens];
  return screen ? `${SCREEN_CHUNK}${screenName(screen)}` : null;
}

/** A screen's name: the folder of its route module under src/features. */
function screenName(routeModule: string): string {
  return relative(resolve(import.meta.dirname, 'src/features'), dirname(routeModule)).replace(/[\\/]/g, '-');
}

export default defineConfig(({ command, mode }) => ({
  resolve: {
    // react-router's package exports point every condition at its development build (with its
    // warnings); builds take the production build that ships beside it.
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: resolve(import.meta.dirname, 'node_modules/react-router/dist/production/index.mjs') },
            // React 19 has the hook that this shim re-creates for older Reacts.
            { find: /^use-sync-external-store\/shim$/, replacement: resolve(import.meta.dirname, 'src/app/sync-external-store.ts') },
          ]
        : [],
  },
  plugins: [
    react(),
    catalogues(),
    securityPolicy(),
    mockWorkerFiles(mode),
    firstPaint({
      root: import.meta.dirname,
      mode,
      bootEntry: BOOT_ENTRY,
      screenChunkPrefix: SCREEN_CHUNK,
      // Until the app's code has run, the page shows what the app shows first (PageFallback).
      loadingText: common.state.loading.replace('{{what}}', common.what.roadmap),
      iconFile: resolve(import.meta.dirname, 'public/favicon.svg'),
    }),
    precompressedAssets(),
    mockData(),
  ],
  build: {
    outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    // The demo build keeps every route's code reachable offline; see mocks/demo-sw.js.
    sourcemap: false,
    target: 'es2022',
    // One style sheet for the whole app (about 5 KB compressed), loaded with the page: a screen
    // then needs no style request of its own before it can show.
    cssCodeSplit: false,
    // Every browser the build targets (es2022) knows <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The boot script is not part of the app's build: it is bundled on its own into index.html (firstPaint).
      input: { index: APP_ENTRY },
      output: {
        codeSplitting: {
          // One file for everything a screen needs besides its own code: on a slow connection each
          // extra file a screen waits for costs more than its bytes (see README, Performance).
          // In this order: a group captures a module's dependencies with it, so the entry and the shared
          // file take theirs before a screen's file could.
          groups: (['app', SHARED_CHUNK, SCREEN_CHUNK] as const).map((kind, index, kinds) => ({
            name: (id: string, graph: ModuleGraph) => {
              const chunk = chunkOf(id, graph);
              return chunk !== null && (kind === SCREEN_CHUNK ? chunk.startsWith(SCREEN_CHUNK) : chunk === kind) ? chunk : null;
            },
            debugName: kind,
            priority: kinds.length - index,
          })),
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: {
    port: mode === 'demo' ? 4175 : 4173,
    strictPort: true,
    host: '127.0.0.1',
    headers: SECURITY_HEADERS,
    // A production build has no mock inside: it talks to the standalone mock API (npm run mock-api).
    proxy: mode === 'demo' ? undefined : { '/api': `http://127.0.0.1:${MOCK_API_PORT}` },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15_000,
    reporters: ['default'],
  },
}));
