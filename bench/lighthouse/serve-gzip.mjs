// A small static server for benchmarks: serves a baked site under a base path on 127.0.0.1, gzip
// compressed when the client accepts it (as GitHub Pages and most hosts do), x/ as x/index.html.
//
//   node serve-gzip.mjs SITE_DIR [PORT] [BASE_PATH]     e.g. node serve-gzip.mjs target/site 8765 /guide/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const [root = 'target/site', port = '8765', base = '/guide/'] = process.argv.slice(2);
const site = resolve(root);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};
const cache = new Map();

async function file(path) {
  const info = await stat(path);
  if (info.isDirectory()) {
    return file(join(path, 'index.html'));
  }
  const key = path + ':' + info.mtimeMs;
  if (!cache.has(key)) {
    const body = await readFile(path);
    cache.set(key, { path, body, gzip: gzipSync(body, { level: 9 }) });
  }
  return cache.get(key);
}

createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const path = normalize(join(site, decodeURIComponent(url.pathname.slice(base.length))));
  if (path !== site && !path.startsWith(site + sep)) {
    response.writeHead(403).end();
    return;
  }
  let found;
  try {
    found = await file(path);
  } catch {
    found = await file(join(site, '404.html')).catch(() => null);
    response.statusCode = 404;
  }
  if (found === null) {
    response.writeHead(404).end();
    return;
  }
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] || '');
  response.setHeader('Content-Type', TYPES[extname(found.path)] || 'application/octet-stream');
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('Vary', 'Accept-Encoding');
  if (gzip) {
    response.setHeader('Content-Encoding', 'gzip');
  }
  response.end(gzip ? found.gzip : found.body);
}).listen(Number(port), '127.0.0.1', () => {
  console.log('serving ' + site + ' at http://127.0.0.1:' + port + base);
});
