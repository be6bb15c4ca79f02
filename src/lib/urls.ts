// The site's public addresses for the data: a contract, like every URL (see README).

export const CATALOG_PATH = '/data/';
export const CHANGELOG_PATH = '/data/changelog/';
export const FEED_PATH = '/data/feed.xml';
export const DCAT_PATH = '/data.json';

/** Returns the address of a file of the latest release, for example /data/sources.csv. */
export const dataFilePath = (name: string) => `${CATALOG_PATH}${name}`;

/** Returns the folder of a frozen release, for example /data/v2026.11.23/. */
export const releasePath = (version: string) => `${CATALOG_PATH}v${version}/`;

/** Returns the address of a file of a frozen release. */
export const releaseFilePath = (version: string, name: string) => `${releasePath(version)}${name}`;

/**
 * Returns the address of what a release changed, as JSON. It is computed from frozen files, so it is as
 * stable as they are, but it is not one of them: sha256sums.txt does not list it.
 */
export const releaseChangesPath = (version: string) => releaseFilePath(version, 'changes.json');

/** Returns the release's entry on the changelog page. */
export const changelogEntryPath = (version: string) => `${CHANGELOG_PATH}#v${version}`;

/**
 * Returns an absolute URL when the site's address is known (Astro's `site`, from SITE_URL), and the
 * root-relative path otherwise: the domain is never guessed.
 */
export const publicUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

/** Returns the URL of a chart's embed page. */
export const embedPath = (chartFile: string) => `/embed/${chartFile}/`;

/**
 * Returns the URL of a chart's oEmbed response (https://oembed.com/), a static JSON file in its embed page's
 * folder: /embed/<file>/oembed.json, and /es/embed/<file>/oembed.json in another language.
 */
export const oembedPath = (chartFile: string) => `${embedPath(chartFile)}oembed.json`;
