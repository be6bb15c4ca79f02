// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { checkData } from './src/integrations/check-data.ts';
import { loadData } from './src/lib/data/index.ts';
import { prosePlugin } from './src/lib/prose/markdown-plugin.ts';

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
  // Explainers, the glossary and the FAQ: figures filled in from data/, citations and glossary links.
  markdown: { processor: satteri({ mdastPlugins: [prosePlugin({ loadData: () => loadData(), locale: 'en' })] }) },
});
