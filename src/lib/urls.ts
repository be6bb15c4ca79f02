/** Returns the page's public URL: absolute when the site's address is configured (SITE_URL), root-relative otherwise. */
export const publicUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

/** Returns the URL of a chart's embed page. */
export const embedPath = (chartFile: string) => `/embed/${chartFile}/`;
