// @ts-check
import { defineConfig } from 'astro/config';
import { checkData } from './src/integrations/check-data.ts';

export default defineConfig({
  // The public address, when known (SITE_URL=https://…): links meant for other sites (embed code) are then absolute.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  // OUT_DIR lets tests build fixture data into a folder of their own.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [checkData()],
});
