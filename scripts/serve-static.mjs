/**
 * A plain static file server, as any host would be: files from DIR, index.html for paths that are
 * not files (the app's routes), and a 404 for missing files under /api/ (never the app's page).
 * No server code of the app, no query-string handling. For tests and trying out a site:
 *   node scripts/serve-static.mjs DIR [PORT]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const root = resolve(process.argv[2] ?? 'site');
const port = Number(process.argv[3] ?? 8080);

function fileAt(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  try {
    const stats = statSync(path);
    if (stats.isFile()) return path;
    if (stats.isDirectory()) return fileAt(join(pathname, 'index.html'));
  } catch {
    // not there
  }
  return null;
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file;
  try {
    file = fileAt(pathname);
  } catch {
    file = null; // a malformed %-escape
  }
  if (!file && pathname.startsWith('/api/')) {
    res.writeHead(404, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `There is no file at ${pathname}.` }));
    return;
  }
  file ??= join(root, 'index.html');
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
