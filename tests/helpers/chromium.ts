import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflate } from '@sparticuz/chromium';
import type { LaunchOptions } from 'playwright-core';

/** A Chromium that may be launched: where it is, and what it needs in its environment. */
interface Candidate {
  name: string;
  executablePath: string;
  env?: Record<string, string>;
}

// A quiet, offline, headless browser. Not @sparticuz/chromium's own list: its --single-process crashes the
// browser as soon as a second page opens, and its --disable-web-security would hide real page errors.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Returns the headless Chromium that ships inside the npm package @sparticuz/chromium, unpacked once into
 * <tmp>/sparticuz-chromium-<version>/ (into a private folder first, then renamed, so a run that is
 * interrupted or runs alongside never sees half a browser). It brings its own NSS, NSPR and expat libraries
 * (the package's al2023 bundle) and a font, so it needs nothing from the system but glibc.
 */
async function bundledChromium(): Promise<Candidate> {
  const packageDir = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = join(tmpdir(), `sparticuz-chromium-${version}`);
  if (!existsSync(join(dir, 'chromium'))) {
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    // inflate() unpacks into os.tmpdir(), which it reads when called.
    const savedTmpdir = process.env['TMPDIR'];
    process.env['TMPDIR'] = partial;
    const jobs = ['chromium.br', 'fonts.tar.br', 'al2023.tar.br'].map((file) => inflate(join(packageDir, 'bin', file)));
    if (savedTmpdir === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmpdir;
    await Promise.all(jobs);
    try {
      renameSync(partial, dir);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  }
  const libraries = [join(dir, 'al2023', 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  return {
    name: `@sparticuz/chromium ${version}`,
    executablePath: join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: libraries, FONTCONFIG_FILE: fontConfig(dir) },
  };
}

/** Folders where Debian puts Chinese fonts (fonts-wqy-microhei, fonts-noto-cjk), which .ci/run installs. */
const CHINESE_FONT_DIRS = ['/usr/share/fonts/truetype/wqy', '/usr/share/fonts/opentype/noto'];

/**
 * Returns the fontconfig file of the bundled browser: its own Open Sans for every script it has, so that layout
 * is the same on every machine, and a Chinese font of the system's, if there is one, for the characters Open
 * Sans lacks (without it Chinese is drawn as empty boxes; tests that measure Chinese text say so and skip).
 */
function fontConfig(dir: string): string {
  const file = join(dir, 'fonts', 'with-chinese.conf');
  const fallbacks = ['WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Sans CJK TC'].map((family) => `<family>${family}</family>`).join('');
  const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>${join(dir, 'fonts', 'fonts')}</dir>${CHINESE_FONT_DIRS.map((folder) => `<dir>${folder}</dir>`).join('')}
<cachedir>${join(dir, 'fonts-cache')}</cachedir>
${['sans-serif', 'system-ui', 'serif', 'monospace'].map((generic) => `<alias><family>${generic}</family><prefer><family>Open Sans</family>${fallbacks}</prefer></alias>`).join('\n')}
</fontconfig>
`;
  if (!existsSync(file) || readFileSync(file, 'utf8') !== config) {
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, config);
    renameSync(partial, file);
  }
  return file;
}

/** Returns the browsers to try, best first: CHROMIUM_PATH if set, the npm package's, then the system's. */
async function candidates(): Promise<Array<Candidate | Error>> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return [{ name: `CHROMIUM_PATH (${fromEnv})`, executablePath: fromEnv }];
  const bundled = await bundledChromium().catch((error: unknown) => new Error(`@sparticuz/chromium could not be unpacked: ${String(error)}`));
  const system = SYSTEM_BROWSERS.filter((path) => existsSync(path)).map((path) => ({ name: path, executablePath: path }));
  return [bundled, ...system];
}

function launchOptions(candidate: Candidate): LaunchOptions {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { executablePath: candidate.executablePath, args: ARGS, headless: true, timeout: 30_000, env: { ...env, ...candidate.env } };
}

/**
 * Launches the first Chromium that starts, with `launch` (for example `(options) => chromium.launch(options)`
 * or `chromium.launchServer`), and returns what it returned, the browser's name and why any browser before it
 * was skipped. Throws, naming every
 * browser tried and why it failed, when none starts.
 */
export async function launchChromium<T>(launch: (options: LaunchOptions) => Promise<T>): Promise<{ launched: T; name: string; skipped: string[] }> {
  const failures: string[] = [];
  for (const candidate of await candidates()) {
    if (candidate instanceof Error) {
      failures.push(candidate.message);
      continue;
    }
    try {
      return { launched: await launch(launchOptions(candidate)), name: candidate.name, skipped: failures };
    } catch (error) {
      failures.push(`${candidate.name}: ${String(error).split('\n').slice(0, 6).join('\n')}`);
    }
  }
  throw new Error(`No Chromium would start. Tried:\n${failures.join('\n')}\nOn Debian or Ubuntu, "apt-get install chromium" gives a fallback; CHROMIUM_PATH picks any other.`);
}
