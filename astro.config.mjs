// @ts-check
import { defineConfig } from 'astro/config';
import { checkData } from './src/integrations/check-data.ts';

export default defineConfig({
  // The site's own address, for the few places that need an absolute URL (JSON-LD, /data.json, the feed).
  // Unknown until deployment: set SITE_URL then (see README). Unset, those places use root-relative URLs.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  // OUT_DIR lets tests build fixture data into a folder of their own.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [checkData()],
});
