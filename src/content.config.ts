import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { proseSchema, translationSchema } from './lib/content/schema.ts';
import { loadData } from './lib/data/index.ts';

const sourceIds = loadData().sources.map((source) => source.id);
// The related pages must be explainers that exist: reference() checks each slug when the site is built.
const schema = proseSchema(sourceIds).extend({ related: z.array(reference('explainers')).default([]) });

// deferRender: an entry is rendered when its page is built, never kept from an earlier build, so that the
// figures filled into its text from data/ are always the current ones.
export const collections = {
  explainers: defineCollection({ loader: glob({ base: './src/content/explainers', pattern: '*.md', deferRender: true }), schema }),
  pages: defineCollection({ loader: glob({ base: './src/content/pages', pattern: '*.md', deferRender: true }), schema }),
  // Every translation, at translations/<locale>/<explainers|pages>/<the English file's name>: its id is
  // "<locale>/<collection>/<slug>". The same frontmatter as the English, and what it translates (its status and
  // the version of the English text).
  translations: defineCollection({
    loader: glob({ base: './src/content/translations', pattern: '*/*/*.md', deferRender: true }),
    schema: schema.extend({ translation: translationSchema }),
  }),
};
