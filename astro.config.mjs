// @ts-check
import { defineConfig } from 'astro/config';
import { checkData } from './src/integrations/check-data.ts';

export default defineConfig({
  output: 'static',
  // OUT_DIR lets tests build fixture data into a folder of their own.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [checkData()],
});
