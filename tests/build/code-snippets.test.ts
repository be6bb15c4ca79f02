import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localizedPath, type Locale } from '../../src/lib/i18n/locales.ts';
import { serveFolder } from '../helpers/static-server.ts';
import { page, SITE, SITE_WITH_URL, TEST_SITE_URL } from './site.ts';

// The code on the catalog page that loads the data, in every language: what it names exists, and the shell
// commands, run for real against the built site, download a frozen release and check it.

const IDS = ['python', 'r', 'javascript', 'spreadsheet', 'shell'];

/** Returns each piece of code on a language's catalog page, by id, as the copy button copies it. */
function snippetsOf(site: string, locale: Locale): Record<string, string> {
  const { document } = page(site, localizedPath('/data/', locale).slice(1));
  return Object.fromEntries([...document.querySelectorAll('.code-snippets pre code')].map((code) => [code.id.replace(/^code-|-text$/g, ''), code.textContent ?? '']));
}

/** Returns every address a piece of code names: absolute, or root-relative in a build without the site's address. */
const urlsIn = (code: string) => code.match(/https?:\/\/[^\s"')\\]+|(?<![\w.:/])\/data\/[^\s"')\\]+/g) ?? [];

/** Returns the path inside the site of an address the code names. */
const pathOf = (url: string) => decodeURIComponent(new URL(url, TEST_SITE_URL).pathname).slice(1);

/**
 * Runs a command and returns its exit status and output. Not spawnSync: the server it talks to runs in this
 * process, and a synchronous child would hold the event loop that the server answers on.
 */
function runCommand(command: string, args: string[], cwd = '.'): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe.each(LOCALES.map((entry) => entry.key))('the code on /%s/data/', (locale) => {
  it('is there in Python, R, JavaScript, a spreadsheet and the shell, the same code as in English', () => {
    const snippets = snippetsOf(SITE, locale);
    expect(Object.keys(snippets)).toEqual(IDS);
    expect(snippets).toEqual(snippetsOf(SITE, 'en'));
  });

  it.each([['without', SITE], ['with', SITE_WITH_URL]])('names only files that exist in the build %s the site\'s address', (_with, site) => {
    const urls = Object.values(snippetsOf(site, locale)).flatMap(urlsIn);
    expect(urls.length).toBeGreaterThan(IDS.length);
    expect(urls.filter((url) => !existsSync(join(site, pathOf(url))))).toEqual([]);
  });

  it('uses root-relative paths without the site\'s address (none is guessed), absolute URLs with it', () => {
    const local = Object.values(snippetsOf(SITE, locale)).join('\n');
    expect(local).not.toMatch(/https?:\/\//);
    const deployed = Object.values(snippetsOf(SITE_WITH_URL, locale)).flatMap(urlsIn);
    expect(deployed.filter((url) => !url.startsWith(`${TEST_SITE_URL}data/`))).toEqual([]);
  });

  it('is readable without script, each piece in a scroll box that the keyboard reaches and its heading names', () => {
    const { document } = page(SITE, localizedPath('/data/', locale).slice(1));
    for (const pre of document.querySelectorAll('.code-snippets pre')) {
      expect(pre.getAttribute('tabindex')).toBe('0');
      expect(pre.getAttribute('role')).toBe('region');
      const heading = document.getElementById(pre.getAttribute('aria-labelledby') ?? '');
      expect(heading?.tagName).toBe('H3');
      expect(heading?.textContent?.trim()).not.toBe('');
      expect(pre.querySelector('code')?.textContent).not.toBe('');
    }
  });
});

describe('the shell commands on /data/, run with bash against the built site', () => {
  // The deployment build's code names https://data.example.org/, which is not this machine: the test serves
  // the same build on loopback and puts that server's origin in its place, changing nothing else.
  const runs: string[] = [];
  let served: { origin: string; close: () => Promise<void> } | undefined;
  let corrupted: { origin: string; close: () => Promise<void> } | undefined;
  const shell = () => snippetsOf(SITE_WITH_URL, 'en')['shell'] ?? '';
  const version = () => /\/data\/v([\d.]+)\//.exec(shell())?.[1] ?? '';

  /** Runs the shell code, with the site's address replaced by a server's origin, in a folder of its own. */
  async function run(origin: string) {
    const dir = mkdtempSync(join(tmpdir(), 'snippet-shell-'));
    runs.push(dir);
    const code = shell().replaceAll(TEST_SITE_URL.replace(/\/$/, ''), origin);
    const result = await runCommand('bash', ['-c', code], dir);
    return { ...result, dir, output: `${result.stdout}${result.stderr}` };
  }

  beforeAll(async () => {
    served = await serveFolder(SITE_WITH_URL);
    // The same release with one byte of one frozen file changed, as a broken mirror or download might serve it;
    // with the site's page that the server needs for its policy and its not-found page.
    const copy = mkdtempSync(join(tmpdir(), 'snippet-corrupted-'));
    runs.push(copy);
    const release = join('data', `v${version()}`);
    mkdirSync(join(copy, release), { recursive: true });
    cpSync(join(SITE_WITH_URL, release), join(copy, release), { recursive: true });
    for (const file of ['index.html', '404.html']) cpSync(join(SITE_WITH_URL, file), join(copy, file));
    const csv = join(copy, release, 'detainer-figures.csv');
    const bytes = readFileSync(csv);
    bytes[bytes.length - 3] = bytes[bytes.length - 3] === 0x2c ? 0x3b : 0x2c;
    writeFileSync(csv, bytes);
    corrupted = await serveFolder(copy);
  });

  afterAll(async () => {
    await served?.close();
    await corrupted?.close();
    for (const dir of runs) rmSync(dir, { recursive: true, force: true });
  });

  it('downloads every file of the latest frozen release, and sha256sum -c finds each one OK', async () => {
    const { status, output, dir } = await run(served?.origin ?? '');
    expect(status, output).toBe(0);
    const folder = join(dir, `boston-detainer-data-v${version()}`);
    const sums = readFileSync(join(folder, 'sha256sums.txt'), 'utf8').trim().split('\n').map((line) => line.split(/\s+\*?/)[1]);
    expect(readdirSync(folder).toSorted()).toEqual([...sums, 'sha256sums.txt'].toSorted());
    expect(output.trim().split('\n')).toEqual(sums.map((name) => `${name}: OK`));
  });

  it('fails, naming the file, when a file it downloads is not the one released', async () => {
    const { status, output } = await run(corrupted?.origin ?? '');
    expect(status).not.toBe(0);
    expect(output).toContain('detainer-figures.csv: FAILED');
    expect(output).toContain('sources.csv: OK');
  });
});

describe('the JavaScript code on /data/, run with Node against the built site', () => {
  it('reads the figures with their types: numbers, null for an empty cell, true or false', async () => {
    const server = await serveFolder(SITE_WITH_URL);
    // Inside the project, so that its import of d3-fetch finds the package (a dependency of Observable Plot).
    const dir = join('tests/.output', 'snippet-javascript');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'load.mjs');
    try {
      const code = (snippetsOf(SITE_WITH_URL, 'en')['javascript'] ?? '').replaceAll(TEST_SITE_URL.replace(/\/$/, ''), server.origin);
      writeFileSync(file, `${code}\nconsole.log(JSON.stringify(figures));\n`);
      const result = await runCommand(process.execPath, [file]);
      expect(result.status, result.stderr).toBe(0);
      const figures = JSON.parse(result.stdout) as { year: number; value: number | null; unit: string; derived: boolean }[];
      expect(figures.length).toBeGreaterThan(5);
      expect(figures.every((row) => typeof row.year === 'number' && (row.value === null || typeof row.value === 'number') && typeof row.derived === 'boolean')).toBe(true);
      expect(figures.some((row) => row.unit === 'percent')).toBe(true);
      expect(figures.some((row) => row.derived)).toBe(true);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// pandas and readr are not the project's own tools: these run where they are installed (Debian's python3-pandas
// and r-cran-readr), and are skipped, saying so, where they are not.
const has = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
const python = ['python3', '/usr/bin/python3'].find((command) => has(command, ['-c', 'import pandas']));
const hasReadr = has('Rscript', ['-e', 'library(readr)']);
const missing = [...(python ? [] : ['python3 with pandas']), ...(hasReadr ? [] : ['R with readr'])];
if (missing.length > 0) console.log(`The code on /data/ is not run with ${missing.join(' or ')}: not installed.`);

describe('the Python and R code on /data/, run against the built site where pandas or readr is installed', () => {
  let server: { origin: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveFolder(SITE_WITH_URL);
  });
  afterAll(async () => {
    await server?.close();
  });
  const code = (id: string) => (snippetsOf(SITE_WITH_URL, 'en')[id] ?? '').replaceAll(TEST_SITE_URL.replace(/\/$/, ''), server?.origin ?? '');

  it.skipIf(!python)('pandas reads value as Float64, year as Int64 and derived as boolean (skipped without python3 and pandas)', async () => {
    const result = await runCommand(python ?? 'python3', ['-c', `${code('python')}\nprint(dict((name, str(dtype)) for name, dtype in figures.dtypes.items()))\nprint(int(figures["derived"].sum()))`]);
    expect(result.status, result.stderr).toBe(0);
    const [types = '', derived = ''] = result.stdout.trim().split('\n');
    expect(types).toContain("'year': 'Int64'");
    expect(types).toContain("'value': 'Float64'");
    expect(types).toContain("'derived': 'boolean'");
    expect(derived).toBe('1');
  });

  it.skipIf(!hasReadr)('readr reads value as a double, year as an integer and derived as logical, with no parsing problem (skipped without R and readr)', async () => {
    const result = await runCommand('Rscript', ['-e', `${code('r')}\ncat(sapply(figures, function(column) class(column)[1]), "\\n")\ncat(nrow(readr::problems(figures)), sum(figures$derived), "\\n")`]);
    expect(result.status, result.stderr).toBe(0);
    const [classes = '', counts = ''] = result.stdout.trim().split('\n');
    expect(classes.trim().split(' ')).toEqual(['integer', 'character', 'numeric', 'character', 'character', 'character', 'logical', 'character']);
    expect(counts.trim()).toBe('0 1');
  });
});
