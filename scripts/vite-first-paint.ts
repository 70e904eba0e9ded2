/**
 * What the built index.html carries so that a first visit starts everything at once (README,
 * "Performance"). On a slow connection over HTTP/1.1 each file the page must ask for before the
 * next one costs round trips, so the page holds in itself what would otherwise be such a file:
 *
 * - the boot script (src/boot/boot.ts), bundled on its own into one inline script at the end of
 *   `<head>`, an async module: it runs as soon as the page has been read up to it, in a task of its
 *   own rather than inside the parser's (which is what the app's own script request waits for), and
 *   before the app's script has arrived. It reads the lists that come before it (`#screen-assets`: each screen's code files;
 *   `#catalogue-assets`: each language's catalogue file) and preloads the opening screen's code,
 *   its first API requests and, in another language, its catalogue file, while the app's own
 *   script downloads. As a file of its own it could only start once it had been fetched on a
 *   connection of its own (two round trips);
 * - the style sheet, as a `<style>` element: as a file it took the page's own connection, so that the
 *   app's script waited for a new one;
 * - the icon, as a `data:` URL, which otherwise takes one of the six connections the browser opens;
 * - the app's first screen ("Loading the roadmap…"), so that the page is not blank while the code
 *   arrives;
 * - the Content-Security-Policy, as a `<meta>` element first in `<head>`, with the hashes of the
 *   inline script and style: it travels with the page, so a host needs no per-release header (README,
 *   "Hosting"). Only what a `<meta>` policy cannot say (`frame-ancestors`) stays a response header.
 *
 * The app reads the same screen table and locales from their modules (src/app/screen-paths.ts,
 * src/i18n/locales.ts): one source, built twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'vite';
import { SCREEN_PATHS, type ScreenName } from '../src/app/screen-paths.ts';
import type { CatalogueAssets, ScreenAssets } from '../src/boot/boot.ts';
import { catalogueRequests, DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';
import { FOLDER_MODULE_PREFIX } from './vite-catalogues.ts';

/** The hash source of an inline script or style for `script-src` / `style-src`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

export interface DocumentPolicyOptions {
  /** The API's origin when it is not the app's own (`VITE_API_BASE_URL`). */
  apiOrigin?: string;
  /** Inline scripts and styles the page carries. */
  scripts?: string[];
  styles?: string[];
}

/**
 * The page's Content-Security-Policy, as its `<meta>` element states it: scripts and styles from the
 * app's origin and the page's own inline ones by hash, no plugins, no `<base>`, no form posts;
 * requests only to the app and the API. Image export draws on a canvas from blob: and data: URLs.
 */
export function documentPolicy({ apiOrigin = '', scripts = [], styles = [] }: DocumentPolicyOptions = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts.map(cspHash)].join(' '),
    ["style-src 'self'", ...styles.map(cspHash)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The part of the policy a `<meta>` element cannot carry: who may frame the page. */
export function framingPolicy(frameable: boolean): string {
  return frameable ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/** The boot script as one self-contained script (no imports), built with the app's mode and environment. */
async function bundleBoot(root: string, entry: string, mode: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    mode,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: entry, output: { format: 'iife' } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`Building ${entry} gave no script.`);
  // Nothing inside may close the element early.
  return chunk.code.trim().replace(/<\/(script)/gi, '<\\/$1');
}

type BuiltChunk = { type: 'chunk'; fileName: string; name: string; isEntry: boolean; imports: string[]; facadeModuleId: string | null };

function builtChunks(bundle: Record<string, unknown>): BuiltChunk[] {
  return Object.values(bundle).filter((item): item is BuiltChunk => (item as { type?: string }).type === 'chunk');
}

/** `#screen-assets` for the boot script: each screen's path (the router's table) and code files (its own and those it imports, the entry aside). */
function screenAssets(bundle: Record<string, unknown>, screenChunkPrefix: string): ScreenAssets {
  const chunks = builtChunks(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entryFiles = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const screens: ScreenAssets = {};
  for (const chunk of chunks) {
    // Each screen's file is the chunk group named after it (vite.config.ts, chunkOf).
    const name = chunk.name.slice(screenChunkPrefix.length) as ScreenName;
    if (!chunk.name.startsWith(screenChunkPrefix) || !(name in SCREEN_PATHS)) continue;
    const files = new Set<string>();
    const visit = (fileName: string) => {
      const item = byFile.get(fileName);
      if (!item || files.has(fileName) || entryFiles.has(fileName)) return;
      files.add(fileName);
      item.imports.forEach(visit);
    };
    visit(chunk.fileName);
    screens[name] = { path: SCREEN_PATHS[name], files: [...files].map((file) => `/${file}`) };
  }
  return screens;
}

/**
 * `#catalogue-assets` for the boot script: the files each language besides English loads before it
 * can show a screen (its catalogue folder's file, scripts/vite-catalogues.ts, and for a transliterated
 * one the transliteration code), by the rule the app follows (catalogueRequests).
 */
function catalogueAssets(bundle: Record<string, unknown>): CatalogueAssets {
  const byFolder: Record<string, string> = {};
  for (const chunk of builtChunks(bundle)) {
    const id = chunk.facadeModuleId ?? '';
    if (id.startsWith(FOLDER_MODULE_PREFIX)) byFolder[id.slice(FOLDER_MODULE_PREFIX.length)] = `/${chunk.fileName}`;
    if (/[\\/]src[\\/]i18n[\\/]transliterate\.ts$/.test(id)) byFolder.transliterate = `/${chunk.fileName}`;
  }
  return Object.fromEntries(
    LOCALES.filter((locale) => locale.code !== DEFAULT_LOCALE).map((locale) => [locale.code, catalogueRequests(locale, (name) => name in byFolder).map((name) => byFolder[name]!)]),
  );
}

export interface FirstPaintOptions {
  root: string;
  mode: string;
  bootEntry: string;
  /** The start of each screen's chunk name, which ends with the screen's name (vite.config.ts, chunkOf). */
  screenChunkPrefix: string;
  /** What the app shows first while its code arrives. */
  loadingText: string;
  /** The public folder's icon, inlined. */
  iconFile: string;
}

type BundleItem = { type: 'chunk' | 'asset'; fileName: string; source?: string | Uint8Array };

export function firstPaint(options: FirstPaintOptions): Plugin {
  return {
    name: 'roadmap-monitor:first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const bundle = (ctx.bundle ?? {}) as Record<string, BundleItem>;
        let page = html.replace('<div id="root"></div>', `<div id="root"><div class="loading page-loading"><p class="loading-text">${options.loadingText}</p></div></div>`);
        // The style sheet, into the page.
        const styles: string[] = [];
        page = page.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset' || asset.source === undefined) return tag;
          const source = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // Without the marker comment the bundler leaves at the end for its own use.
          const css = source.replace(/\/\*\$vite\$:\d+\*\/\s*$/, '').trim();
          styles.push(css);
          delete bundle[fileName];
          return `<style>${css}</style>`;
        });
        // The icon, as a data: URL.
        const icon = readFileSync(options.iconFile, 'utf8');
        page = page.replace(/href="\/favicon\.svg"/, `href="data:image/svg+xml,${encodeURIComponent(icon.trim())}"`);
        const boot = await bundleBoot(options.root, options.bootEntry, options.mode);
        const apiBase = process.env.VITE_API_BASE_URL ?? '';
        const policy = documentPolicy({ apiOrigin: apiBase ? new URL(apiBase).origin : '', scripts: [boot], styles });
        // First after the character set, before anything it governs.
        page = page.replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        return {
          html: page,
          tags: [
            { tag: 'script', attrs: { type: 'application/json', id: 'screen-assets' }, children: JSON.stringify(screenAssets(bundle, options.screenChunkPrefix)), injectTo: 'head' },
            { tag: 'script', attrs: { type: 'application/json', id: 'catalogue-assets' }, children: JSON.stringify(catalogueAssets(bundle)), injectTo: 'head' },
            // After the lists it reads; `async`, so that it runs at once and not after the app's script, as a deferred module would.
            { tag: 'script', attrs: { type: 'module', async: true }, children: boot, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
