// The site's HTTP header policy, in one place: what every response carries, and what each kind of path adds.
// The host files are generated from it (src/lib/deploy/host-files.ts: Cloudflare Pages' _headers, an nginx
// server block), the tests' own server applies it, and a test checks a real nginx against it.
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';
import { FEED_PATH } from '../urls.ts';

/** A kind of path, with the headers its responses carry beyond those every response carries. */
export interface PathKind {
  name: string;
  /** Why these headers: said in the generated files too. */
  why: string;
  /** Matches the paths of this kind (paths as requested, starting with /). */
  pattern: RegExp;
  /** Cloudflare-style path patterns for the same paths (`*` matches anything). */
  globs: string[];
  headers: Record<string, string>;
  /** Pages: their header Content-Security-Policy is the pages' own policy (see headersFor) with its framing rule. */
  isDocument?: boolean;
}

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Path prefixes of every language but English ('' for English, then '/es', …). */
const PREFIXES = LOCALES.map((entry) => (entry.key === DEFAULT_LOCALE ? '' : `/${entry.key}`));
const LANGUAGE = `(?:/(?:${LOCALES.filter((entry) => entry.key !== DEFAULT_LOCALE).map((entry) => entry.key).join('|')}))?`;

/**
 * Headers on every response, whatever its path. The page's own Content-Security-Policy is a <meta> tag with its
 * hashes (astro.config.mjs); the header policy adds what a <meta> cannot say: who may frame the page.
 * Permissions-Policy turns off what the site never uses and keeps the clipboard, which the copy buttons need.
 */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
};

/** Only on responses over HTTPS (a browser ignores it over HTTP); includeSubDomains and preload are the domain owner's call. */
export const HTTPS_ONLY: Readonly<Record<string, string>> = { 'Strict-Transport-Security': 'max-age=63072000' };

/** The files of a data release, latest or frozen (HTML pages about them are pages). */
const DATA_FILES = ['csv', 'json', 'txt', 'xml', 'zip', 'md'];
const DATA_FILE = `[^/]+\\.(?:${DATA_FILES.join('|')})`;
const OPEN_DATA = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };
const NOT_FRAMED = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

/**
 * The kinds of path; the first that matches a path applies. A folder's page is matched as the folder's path
 * (`/embed/x/`) or as its file (`/embed/x/index.html`, what nginx matches after `index`), and is of the same kind.
 */
export const PATH_KINDS: readonly PathKind[] = [
  {
    name: 'hashed assets',
    why: 'content-hashed names: a new file gets a new name, so browsers may keep these for a year',
    pattern: /^\/_astro\//,
    globs: ['/_astro/*'],
    headers: { 'Cache-Control': IMMUTABLE, 'Cross-Origin-Resource-Policy': 'same-origin', ...NOT_FRAMED },
  },
  {
    name: 'frozen releases',
    why: 'a release never changes once published; open data, readable by other sites\' code',
    pattern: new RegExp(`^/data/v[^/]+/${DATA_FILE}$`),
    globs: DATA_FILES.map((extension) => `/data/v*/*.${extension}`),
    headers: { 'Cache-Control': IMMUTABLE, ...OPEN_DATA, ...NOT_FRAMED },
  },
  {
    name: 'latest data and chart files',
    why: 'open data that changes with each release: revalidated, readable by other sites\' code',
    pattern: new RegExp(`^(?:/data/${DATA_FILE}|/data\\.json|${LANGUAGE}/charts/.+)$`),
    globs: [...DATA_FILES.map((extension) => `/data/*.${extension}`), '/data.json', ...PREFIXES.map((prefix) => `${prefix}/charts/*`)],
    headers: { 'Cache-Control': REVALIDATE, ...OPEN_DATA, ...NOT_FRAMED },
  },
  {
    name: 'social images',
    why: 'fetched by other sites to preview a shared link',
    pattern: /^\/og\//,
    globs: ['/og/*'],
    headers: { 'Cache-Control': REVALIDATE, 'Cross-Origin-Resource-Policy': 'cross-origin', ...NOT_FRAMED },
  },
  {
    // Under /embed/, so before the embed pages: JSON, not a page to frame.
    name: 'oEmbed',
    why: 'a chart\'s embed code, read by the server of a site where its link is pasted (or by its code in a browser): revalidated, readable by other sites\' code',
    pattern: new RegExp(`^${LANGUAGE}/embed/[^/]+/oembed\\.json$`),
    globs: PREFIXES.map((prefix) => `${prefix}/embed/*/oembed.json`),
    headers: { 'Cache-Control': REVALIDATE, ...OPEN_DATA, ...NOT_FRAMED },
  },
  {
    name: 'embed pages',
    why: 'a chart made to be shown inside other sites\' pages: any site may frame it',
    pattern: new RegExp(`^${LANGUAGE}/embed/`),
    globs: PREFIXES.map((prefix) => `${prefix}/embed/*`),
    headers: { 'Cache-Control': REVALIDATE, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Content-Security-Policy': 'frame-ancestors *' },
    isDocument: true,
  },
  {
    name: 'pages and everything else',
    why: 'HTML, revalidated on each visit so a correction shows at once; no other site may frame it',
    pattern: /^/,
    globs: ['/*'],
    headers: { 'Cache-Control': REVALIDATE, 'Cross-Origin-Resource-Policy': 'same-origin', ...NOT_FRAMED },
    isDocument: true,
  },
];

/** Returns the kind of a path: the first of PATH_KINDS whose pattern matches it. */
export function pathKind(path: string): PathKind {
  const kind = PATH_KINDS.find((candidate) => candidate.pattern.test(path));
  if (!kind) throw new Error(`No kind of path matches ${path}`);
  return kind;
}

/** Returns a kind's Content-Security-Policy header: for pages, the pages' own policy and the kind's framing rule. */
export function kindPolicy(kind: PathKind, pagePolicy?: string): string | undefined {
  const framing = kind.headers['Content-Security-Policy'];
  if (!kind.isDocument || !pagePolicy || !framing) return framing;
  return `${pagePolicy.trim().replace(/;*$/, ';')} ${framing}`;
}

/**
 * Returns every header a response for the path carries, as the policy says (HSTS only over HTTPS). Given the
 * pages' own Content-Security-Policy (the <meta> Astro writes, the same on every page: pagePolicyOf), a page's
 * header policy is that policy with its framing rule: one policy, in the header scanners read, and the <meta>
 * for hosts that send no header.
 */
export function headersFor(path: string, { https = false, pagePolicy }: { https?: boolean; pagePolicy?: string } = {}): Record<string, string> {
  return { ...EVERY_RESPONSE, ...(https ? HTTPS_ONLY : {}), ...kindHeaders(pathKind(path), pagePolicy) };
}

/** Returns the headers a kind of path adds, its Content-Security-Policy completed with the pages' own for pages. */
export function kindHeaders(kind: PathKind, pagePolicy?: string): Record<string, string> {
  const policy = kindPolicy(kind, pagePolicy);
  return { ...kind.headers, ...(policy ? { 'Content-Security-Policy': policy } : {}) };
}

/** The types to serve files with, by extension, where servers' own tables are wrong or missing (Debian's nginx has no .csv). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  // A release's README: Markdown, shown as text by browsers.
  md: 'text/markdown; charset=utf-8',
};

/** The Atom feed is XML of its own type, so that feed readers and browsers know it. */
export const FEED_TYPE = 'application/atom+xml';

/** Returns the type to serve a file with, from its path. */
export function contentTypeFor(path: string): string {
  if (path === FEED_PATH) return FEED_TYPE;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
