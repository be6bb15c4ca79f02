// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { checkData } from './src/integrations/check-data.ts';
import { contactEmail } from './src/integrations/contact-email.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { loadData, localizeData } from './src/lib/data/index.ts';
import { prosePlugin } from './src/lib/prose/markdown-plugin.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n/locales.ts';

export default defineConfig({
  // The site's public address, for what needs an absolute URL: canonical links, social images, the sitemap,
  // embed code, JSON-LD, /data.json and the feed. Unknown until deployment: set SITE_URL then (see README).
  // Unset, those places use root-relative URLs, and no sitemap is written.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  // OUT_DIR lets tests build fixture data into a folder of their own.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // The stylesheet goes inside each page, so that a page renders from its first response (one round trip).
  // INLINE_STYLESHEETS=never is for `npm run bench` alone, which measures the first paint both ways.
  build: { format: 'directory', inlineStylesheets: process.env.INLINE_STYLESHEETS === 'never' ? 'never' : 'always' },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page, as a <meta> tag that Astro writes with the hashes of the scripts
  // and styles it inlines: nothing loads from anywhere but the site itself. What a <meta> policy cannot say
  // (frame-ancestors) is in the HTTP headers (src/lib/deploy/headers.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'none'", "img-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Every language of src/lib/i18n/locales.ts: English at the site's original URLs, the others under /<key>/.
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALES.map((entry) => entry.key),
    routing: { prefixDefaultLocale: false },
  },
  // The sitemap needs the site's address, so it is written only when SITE_URL is set; embed pages stay out of it.
  // The sitemap lists each page with its versions in every language (hreflang alternates).
  integrations: [
    checkData(),
    sitemap({
      filter: (page) => !page.includes('/embed/'),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((entry) => [entry.key, entry.tag])) },
    }),
    socialImages(),
    hostFiles(),
    // Last, so that its warning is among the build's last lines.
    contactEmail(),
  ],
  // Explainers, the glossary and the FAQ: figures filled in from data/, citations and glossary links.
  markdown: { processor: satteri({ mdastPlugins: [prosePlugin({ loadData: (locale) => localizeData(loadData(), locale) })] }) },
});
