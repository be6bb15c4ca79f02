// The hosts' own files, written from the one header policy (headers.ts): Cloudflare Pages' and Netlify's
// _headers, and an nginx server block. Each says it is generated, so that nobody edits it by hand. Given the
// pages' own Content-Security-Policy, pages get it in their header too (headersFor).
import { contentTypeFor, CONTENT_TYPES, EVERY_RESPONSE, FEED_TYPE, HTTPS_ONLY, kindHeaders, PATH_KINDS, pathKind, type PathKind } from './headers.ts';
import { FEED_PATH } from '../urls.ts';

const GENERATED = 'Generated from src/lib/deploy/headers.ts: change the policy there, not here.';
const DEFAULT_KIND = PATH_KINDS.at(-1) as PathKind;

/** The headers whose value depends on the kind of path. */
const VARYING = [...new Set(PATH_KINDS.flatMap((kind) => Object.keys(kind.headers)))];
const block = (path: string, lines: string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n');
const headerLines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`);

/**
 * Returns Cloudflare Pages' _headers. Every rule that matches a path applies, so the rule for all paths comes
 * first and each other kind detaches (`! Name`) what it changes or drops. Cloudflare serves only HTTPS: HSTS
 * is on every response. The types are Cloudflare's own (CSV as text/csv, without header=present).
 */
export function cloudflareHeaders(pagePolicy?: string): string {
  const base = { ...EVERY_RESPONSE, ...HTTPS_ONLY, ...kindHeaders(DEFAULT_KIND, pagePolicy) };
  // Later rules win where they detach: the most general kinds first (PATH_KINDS is most specific first), so
  // that a frozen release's CSV (also under /data/*.csv) ends with the frozen release's headers.
  const rules = PATH_KINDS.filter((kind) => kind !== DEFAULT_KIND).toReversed().flatMap((kind) => {
    // Every header any kind sets, detached: a path that several rules match (a frozen release's CSV is also
    // under /data/*.csv) ends with exactly the last rule's, never two values joined ("*, *").
    const detached = VARYING.map((name) => `! ${name}`);
    return [`# ${kind.name}: ${kind.why}`, ...kind.globs.map((glob) => block(glob, [...detached, ...headerLines(kindHeaders(kind, pagePolicy))]))];
  });
  return [`# ${GENERATED}`, `# Cloudflare Pages: every matching rule applies, in order.`, `# ${DEFAULT_KIND.name}: ${DEFAULT_KIND.why}`, block('/*', headerLines(base)), ...rules, ''].join('\n\n');
}

/**
 * Returns Netlify's _headers: Netlify reads the same file but not `! Name`, and does not document how rules
 * that match the same path combine. So the rule for all paths holds only the headers every response carries,
 * and every published file gets a rule of its own with its kind's headers: no two rules set the same header.
 * A path that is not a file (a not-found address) gets only the headers every response carries.
 */
export function netlifyHeaders(files: string[], pagePolicy?: string): string {
  const paths = files.map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'));
  const rules = paths.map((path) => block(path, headerLines(kindHeaders(pathKind(path), pagePolicy))));
  return [`# ${GENERATED}`, `# Netlify: one rule per published file; none sets a header another sets.`, block('/*', headerLines({ ...EVERY_RESPONSE, ...HTTPS_ONLY })), ...rules, ''].join('\n\n');
}

/** Returns a regular expression's source as nginx reads it in a map: the same syntax (PCRE), quoted. */
const nginxRegex = (pattern: RegExp) => `"~${pattern.source.replaceAll('"', '\\"')}"`;
/**
 * The types nginx compresses, written exactly as the types block sends them: gzip_types compares the whole
 * type, parameters included, so "text/csv" alone would leave "text/csv; charset=utf-8; header=present" (and
 * HTML with its charset) uncompressed. PNG and ZIP are compressed already.
 */
const COMPRESSED_TYPES = [...Object.values(CONTENT_TYPES).filter((type) => !['image/png', 'application/zip'].includes(type)), FEED_TYPE].map((type) => `"${type}"`);
const variableOf = (name: string) => `$site_${name.toLowerCase().replaceAll('-', '_')}`;

/** Where and how an nginx server block listens. */
export interface NginxOptions {
  /**
   * Where the map of the Content-Security-Policy header comes from: written in (with the pages' policy, if
   * given), or included from the file the build writes next to the pages (nginxPolicyMap), since the policy
   * holds the hashes of the site's inlined script and style and so changes with them.
   */
  policy?: { pagePolicy?: string } | { include: string };
  /** The built site's folder, absolute. */
  root: string;
  /** For example "127.0.0.1:8080", or "443 ssl" with https. */
  listen: string;
  /** HTTPS: adds HSTS, the certificate lines, and a server on port 80 that sends every request to HTTPS. */
  https?: { certificate: string; key: string };
  serverName?: string;
}

/**
 * Returns an nginx configuration for the http block: maps from the path to each header that varies by kind
 * (nginx tries a map's regular expressions in order, as PATH_KINDS does), and a server block that sends every
 * header with `add_header … always` at server level only. A location with an add_header of its own would drop
 * all of them there: the one location that needs another type (the feed) has none.
 */
export function nginxConfig({ root, listen, https, serverName = '_', policy = {} }: NginxOptions): string {
  const maps = VARYING.filter((name) => name !== 'Content-Security-Policy').map((name) => mapOf(name));
  const policyMap = 'include' in policy ? `include ${policy.include};` : nginxPolicyMap(policy.pagePolicy);
  const constant = { ...EVERY_RESPONSE, ...(https ? HTTPS_ONLY : {}) };
  const types = Object.entries(CONTENT_TYPES).map(([extension, type]) => `    "${type}" ${extension};`);
  return [
    `# ${GENERATED}`,
    '# The kinds of path, in the order the maps try them:',
    ...PATH_KINDS.map((kind) => `#   ${kind.name}: ${kind.why}`),
    ...maps,
    policyMap,
    '',
    'server {',
    `  listen ${listen};`,
    `  server_name ${serverName};`,
    ...(https ? [`  ssl_certificate ${https.certificate};`, `  ssl_certificate_key ${https.key};`] : []),
    `  root ${root};`,
    '  index index.html;',
    // /years/2024 redirects to /years/2024/ (trailingSlash: 'always'), with a relative Location.
    '  absolute_redirect off;',
    '  server_tokens off;',
    '  types {',
    ...types,
    '  }',
    '  default_type application/octet-stream;',
    '  gzip on;',
    `  gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    '  gzip_vary on;',
    ...Object.entries(constant).map(([name, value]) => `  add_header ${name} "${value}" always;`),
    ...VARYING.map((name) => `  add_header ${name} ${variableOf(name)} always;`),
    '  error_page 404 /404.html;',
    '  location / {',
    '    try_files $uri $uri/ =404;',
    '  }',
    // The hosts' file is for the hosts that read it, not for readers.
    `  location ~ ^/(?:_headers|${NGINX_POLICY_FILE.replaceAll('.', '\\.')})$ {`,
    '    return 404;',
    '  }',
    `  location = ${FEED_PATH} {`,
    '    types { }',
    `    default_type ${contentTypeFor(FEED_PATH)};`,
    '  }',
    '}',
    ...(https ? ['', 'server {', '  listen 80;', '  listen [::]:80;', `  server_name ${serverName};`, '  server_tokens off;', '  return 301 https://$host$request_uri;', '}'] : []),
    '',
  ].join('\n');
}

/** Returns the nginx map from the path to one header that varies by kind (an empty value sends no header). */
function mapOf(name: string, pagePolicy?: string): string {
  const value = (kind: PathKind) => kindHeaders(kind, pagePolicy)[name] ?? '';
  return [
    `map $uri ${variableOf(name)} {`,
    ...PATH_KINDS.filter((kind) => kind !== DEFAULT_KIND).map((kind) => `  ${nginxRegex(kind.pattern)} "${value(kind)}";`),
    `  default "${value(DEFAULT_KIND)}";`,
    '}',
  ].join('\n');
}

/** Returns the nginx map of the Content-Security-Policy header, the pages' own policy in it if given. */
export const nginxPolicyMap = (pagePolicy?: string): string => mapOf('Content-Security-Policy', pagePolicy);

/** The file the build writes beside the pages, holding nginxPolicyMap with their policy, for nginx to include. */
export const NGINX_POLICY_FILE = '_csp.nginx.conf';

/** The nginx configuration committed in deploy/, for a server that serves the site over HTTPS (see the README). */
export const PRODUCTION_NGINX = {
  path: 'deploy/nginx/boston-detainer-data.conf',
  options: {
    root: '/var/www/boston-detainer-data/dist',
    listen: '443 ssl',
    serverName: 'your.domain',
    https: { certificate: '/etc/letsencrypt/live/your.domain/fullchain.pem', key: '/etc/letsencrypt/live/your.domain/privkey.pem' },
    policy: { include: `/var/www/boston-detainer-data/dist/${NGINX_POLICY_FILE}` },
  },
} as const;
