// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { checkData } from './src/integrations/check-data.ts';
import { socialImages } from './src/integrations/social-images.ts';

export default defineConfig({
  // The site's public address, for what needs an absolute URL: canonical links, social images, the sitemap,
  // embed code, JSON-LD, /data.json and the feed. Unknown until deployment: set SITE_URL then (see README).
  // Unset, those places use root-relative URLs, and no sitemap is written.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  // OUT_DIR lets tests build fixture data into a folder of their own.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The sitemap needs the site's address, so it is written only when SITE_URL is set; embed pages stay out of it.
  integrations: [checkData(), sitemap({ filter: (page) => !page.includes('/embed/') }), socialImages()],
});
