// The site's public address, which a build meant for deployment must have: without it, embed codes, citations,
// canonical links, social cards and the catalog would carry root-relative URLs that break anywhere else.

/** Returns what is wrong with a SITE_URL value for a deployment build, or null if nothing is. */
export function siteUrlProblem(value: string | undefined): string | null {
  const howTo = 'Set it to the site\'s public address, for example: SITE_URL=https://your.domain/ npm run build (to build only to look at the site, run npm run build:local).';
  if (!value) return `SITE_URL is not set, and a build for deployment needs it: without it, embed codes, citations, canonical links, social cards and the data catalog would have addresses that work only on this site. ${howTo}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is "${value}", which is not an absolute address. ${howTo}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL is "${value}": expected an http or https address. ${howTo}`;
  if (url.search || url.hash) return `SITE_URL is "${value}": expected no query or fragment. ${howTo}`;
  return null;
}
