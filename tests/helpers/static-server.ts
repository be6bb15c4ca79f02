import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { contentTypeFor, headersFor } from '../../src/lib/deploy/headers.ts';
import { pagePolicyOf } from '../../src/lib/deploy/site-files.ts';

/** Returns the content type the site's header policy gives a file, from its path inside the site folder. */
const contentType = (root: string, file: string): string => contentTypeFor(`/${relative(root, file).split(sep).join('/')}`);

async function isFile(path: string) {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** How to serve: `slowEndMs` sends each HTML page but its last bytes at once and the rest that much later. */
export interface ServeOptions {
  /**
   * As a slow network may: the browser paints the page before it has the whole document, so before its
   * deferred and module scripts run, and whatever they change on screen is seen to change.
   */
  slowEndMs?: number;
}

/**
 * Serves a built site folder on 127.0.0.1 at a free port, with the site's production headers, the way its host does: `/x/` serves
 * `x/index.html`, `/x` redirects to `/x/` when that folder has an index, and a missing path gets 404.html
 * with status 404. Returns the origin and a function that stops the server.
 */
export async function serveFolder(folder: string, { slowEndMs }: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = resolve(folder);
  const pagePolicy = pagePolicyOf(root);
  const production = (path: string) => headersFor(path, { pagePolicy });
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = resolve(join(root, decodeURIComponent(pathname)));
    } catch {
      path = '';
    }
    const inside = path === root || path.startsWith(root + sep);
    let file = inside && pathname.endsWith('/') ? join(path, 'index.html') : path;
    if (inside && !pathname.endsWith('/') && !(await isFile(file)) && (await isFile(join(path, 'index.html')))) {
      response.writeHead(301, { ...production(pathname), location: `${pathname}/` }).end();
      return;
    }
    let status = 200;
    if (!inside || !(await isFile(file))) {
      status = 404;
      file = join(root, '404.html');
    }
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    // The site's production headers (src/lib/deploy/headers.ts), as the deployed site sends them: the not-found
    // page carries those of a page.
    response.writeHead(status, { ...production(status === 404 ? '/404.html' : pathname), 'content-type': contentType(root, file), 'content-length': body.length });
    if (request.method === 'HEAD') {
      response.end();
    } else if (slowEndMs !== undefined && file.endsWith('.html')) {
      const cut = Math.max(0, body.length - '</body></html>'.length);
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), slowEndMs);
    } else {
      response.end(body);
    }
  });
  // Node closes an idle kept-alive connection after 5 s, and a client that reuses it just then fails with
  // "other side closed" (seen when a busy 2-core machine pauses a test). Tests close the server themselves.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
