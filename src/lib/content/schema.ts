import { z } from 'astro/zod';
import { UNSPACED_SENTENCE_END } from '../i18n/scripts.ts';

/**
 * Returns how many sentences a summary has: full stops, question or exclamation marks that end a word, and
 * Chinese "。", "！", "？", which need no space after them.
 */
const SENTENCE_BREAK = new RegExp(`(?<=[.!?]["”’)]?)\\s+(?=\\S)|(?<=${UNSPACED_SENTENCE_END.source}[」』”’）]?)(?=\\S)`, 'u');
export const sentenceCount = (text: string) =>
  text.replace(/\{\{[^{}]*\}\}/g, '').split(SENTENCE_BREAK).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a page slug: lowercase words joined by hyphens');

/**
 * Returns the frontmatter schema of a prose page (an explainer, the glossary, the FAQ). `sourceIds` are the
 * ids in data/sources.csv: a page may name no other source.
 */
export function proseSchema(sourceIds: readonly string[]) {
  return z.strictObject({
    title: z.string().trim().min(1, 'give the page a title'),
    summary: z.string().trim().refine((text) => [2, 3].includes(sentenceCount(text)), {
      message: 'write the summary in two or three sentences',
    }),
    // The day this page's text was last changed (YYYY-MM-DD): a fact about the page, not about a source.
    updated: z.coerce.date({ error: 'expected the date the text was last changed, as YYYY-MM-DD' }),
    sources: z.array(z.string().refine((id) => sourceIds.includes(id), {
      error: (issue) => `no source "${String(issue.input)}" in data/sources.csv`,
    })).min(1, 'name the sources the page rests on'),
    related: z.array(slug).default([]),
    /** Place in the list of explainers, from 1. */
    order: z.number().int().positive().optional(),
  });
}

export type ProseFrontmatter = z.infer<ReturnType<typeof proseSchema>>;

/** How many hexadecimal characters of an English file's SHA-256 name its version (src/translated-content.ts). */
export const VERSION_LENGTH = 12;

/**
 * What a translation says of itself: a draft (no professional translator has reviewed it), or reviewed, naming
 * the reviewer and the date; and which version of the English text it translates, as the first 12 hexadecimal
 * characters of the SHA-256 of the English Markdown file, so that a later change to the English shows.
 */
export const translationSchema = z.strictObject({
  status: z.enum(['draft', 'reviewed'], 'expected draft, or reviewed (with reviewer and reviewed)'),
  translates: z.string().regex(new RegExp(`^[0-9a-f]{${VERSION_LENGTH}}$`), `expected the first ${VERSION_LENGTH} hexadecimal characters of the SHA-256 of the English file`),
  reviewer: z.string().trim().min(1).optional(),
  reviewed: z.coerce.date().optional(),
}).refine((translation) => translation.status === 'draft' ? translation.reviewer === undefined && translation.reviewed === undefined : translation.reviewer !== undefined && translation.reviewed !== undefined, {
  message: 'a reviewed translation names its reviewer and the date (reviewer, reviewed); a draft names neither',
});

export type TranslationFrontmatter = z.infer<typeof translationSchema>;
