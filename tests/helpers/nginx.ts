import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { NGINX_POLICY_FILE, nginxConfig } from '../../src/lib/deploy/host-files.ts';

const NGINX_BINARIES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];

/** Returns the nginx binary of this machine, or null: Debian's package puts it in /usr/sbin. */
export function findNginx(): string | null {
  const fromEnv = process.env['NGINX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return NGINX_BINARIES.find((path) => existsSync(path) && spawnSync(path, ['-v']).status === 0) ?? null;
}

/** Returns a free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resolves once something accepts connections on the port, or rejects after `timeoutMs`. */
async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((done) => {
      const socket = new Socket();
      socket.once('connect', () => { socket.destroy(); done(true); });
      socket.once('error', () => { socket.destroy(); done(false); });
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * Starts nginx in the foreground on 127.0.0.1 with the site's generated server block over a built site, in a
 * prefix folder of its own (configuration, pid, logs, temporary files), touching nothing of the system's nginx.
 * Returns its origin and a function that stops it by its own PID.
 */
export async function startNginx(binary: string, site: string, prefix: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const home = resolve(prefix);
  const port = await freePort();
  // As in production: the Content-Security-Policy map is the one the build wrote beside the pages.
  writeFileSync(join(home, 'site.conf'), nginxConfig({ root: resolve(site), listen: `127.0.0.1:${port}`, policy: { include: join(resolve(site), NGINX_POLICY_FILE) } }));
  writeFileSync(join(home, 'nginx.conf'), [
    'daemon off;',
    'worker_processes 2;',
    `pid ${home}/nginx.pid;`,
    `error_log ${home}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${home}/${kind}_temp;`),
    `  include ${home}/site.conf;`,
    '}',
    '',
  ].join('\n'));
  const check = spawnSync(binary, ['-t', '-p', home, '-c', join(home, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the generated configuration:\n${check.stderr}`);
  const child = spawn(binary, ['-p', home, '-c', join(home, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  try {
    await waitForPort(port, 10_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${String(error)}\n${stderr}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      // SIGQUIT: nginx's graceful stop, sent to its master process, which this is.
      child.kill('SIGQUIT');
    }),
  };
}
