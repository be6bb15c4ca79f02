// A Sätteri mdast plugin (Astro 7's Markdown processor) that renders the site's prose: placeholders filled
// in from data/, citations linked to the sources page, and the first use of each glossary term linked to its
// entry. The summary in the frontmatter counts as the start of the page: terms it links are not linked again.
//
// One placeholder exists only here, in the body, on a line of its own under a definition (the glossary):
//   definition general|site|sourced   what the definition above it rests on: a general explanation, this
//                                     site's own term (neither cites a source), or the sources it cites
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import type { Emphasis, Link, Text } from 'mdast';
import type { MdastContent, MdastPluginEntry, MdastTarget, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import type { SiteData } from '../data/index.ts';
import { DEFAULT_LOCALE, localeOf, translate, type Locale } from '../i18n/index.ts';
import { termNamedBy } from './glossary-terms.ts';
import { createProseState, proseInlines, type Inline } from './inline.ts';

export interface ProsePluginOptions {
  /** Called once per document, so that the figures are read from data/ when the page is rendered. */
  loadData: (locale: Locale) => SiteData;
}

/**
 * Returns, for a translation, the anchors of its English file's headings in order, as Astro makes them from the
 * English text, so that /es/explainers/x/#how-figures-are-derived exists as /explainers/x/#… does. Null for an
 * English file.
 */
export function englishHeadingIds(file: URL | undefined): string[] | null {
  const path = file === undefined ? '' : fileURLToPath(file);
  const english = path.replace(/\/content\/translations\/[^/]+\//, '/content/');
  if (english === path || !existsSync(english)) return null;
  const body = readFileSync(english, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => slugger.slug(match[1] ?? ''));
}

/** Returns the language of a content file: src/content/translations/<locale>/… is a translation, the rest English. */
export function contentLocale(file: URL | string | undefined): Locale {
  const path = file === undefined ? '' : String(file);
  const match = /\/content\/translations\/([^/]+)\//.exec(path);
  return match ? localeOf(match[1]) : DEFAULT_LOCALE;
}

/** Returns the mdast node for an inline part. */
export function inlineToMdast(part: Inline): MdastContent {
  const link = (url: string, text: string, className: string, extra: Record<string, string> = {}): Link => ({
    type: 'link',
    url,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: [className], ...extra } },
  });
  switch (part.kind) {
    case 'text':
      return { type: 'text', value: part.text } satisfies Text;
    case 'term':
      return link(part.href, part.text, 'term');
    case 'derived':
      return link(part.href, part.text, 'derived');
    case 'foreign':
      return { type: 'emphasis', data: { hName: 'span', hProperties: { lang: part.lang } }, children: [{ type: 'text', value: part.text }] } satisfies Emphasis;
    case 'cite':
      return { type: 'emphasis', data: { hName: 'sup' }, children: [link(part.href, `[${part.number}]`, 'cite', { ariaLabel: part.label })] };
  }
}

/** What a definition can rest on, and the line that says so under it. */
const DEFINITION_BASES = {
  general: 'prose.definitionGeneral',
  site: 'prose.definitionSite',
  sourced: 'prose.definitionSourced',
} as const;
export type DefinitionBasis = keyof typeof DEFINITION_BASES;

const DEFINITION = /\{\{\s*definition\b\s*([^{}]*?)\s*\}\}/;

/** Returns the basis named by a `{{definition …}}` placeholder, or throws with what to write instead. */
function definitionBasis(placeholder: string): DefinitionBasis {
  const name = DEFINITION.exec(placeholder)?.[1] ?? '';
  if (name in DEFINITION_BASES) return name as DefinitionBasis;
  throw new Error(`{{definition ${name}}}: write {{definition general}}, {{definition site}} or {{definition sourced}}`);
}

/**
 * Returns the check of a definition's citations against its basis: a general explanation or this site's own
 * term cites nothing (a source that does not give a definition is not cited for it); a sourced one cites.
 */
function checkDefinition(basis: DefinitionBasis, citations: number): void {
  if (basis === 'sourced' && citations === 0) {
    throw new Error('{{definition sourced}}: the definition above cites no source; cite the source it comes from, or mark it {{definition general}}');
  }
  if (basis !== 'sourced' && citations > 0) {
    throw new Error(`{{definition ${basis}}}: the definition above cites a source; cite only a definition that comes from a source, and mark it {{definition sourced}}`);
  }
}

/** Returns true when a node sits in a heading or a link, where prose gets no links of its own. */
function isInHeadingOrLink(node: Readonly<Text>, ctx: MdastVisitorContext): boolean {
  for (let parent: Readonly<MdastTarget> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'heading' || parent.type === 'link' || parent.type === 'linkReference') return true;
  }
  return false;
}

/** Returns the plugin entry for Astro's `markdown.processor` (satteri({ mdastPlugins: [...] })). */
export function prosePlugin(options: ProsePluginOptions): MdastPluginEntry {
  return (context: PluginFactoryContext) => {
    const frontmatter: Record<string, unknown> = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const summary = typeof frontmatter['summary'] === 'string' ? frontmatter['summary'] : '';
    const locale = contentLocale(context.fileURL);
    const state = createProseState(options.loadData(locale), locale, [summary, context.source]);
    const headingIds = englishHeadingIds(context.fileURL);
    let headingIndex = 0;
    // The page shows the summary first (rendered from the same text by the same function): it links first.
    proseInlines(summary, state);
    // Since the last heading (one glossary entry): the citations made, and whether its definition is marked.
    let entryCitations = 0;
    let entryMarked = false;
    return {
      name: 'site-prose',
      heading(node, ctx) {
        entryCitations = 0;
        entryMarked = false;
        // A heading that names a term (its glossary entry) is that term's first use.
        // A heading may keep a proper name in English: {{en Trust Act}} names the term Trust Act.
        const term = termNamedBy(ctx.textContent(node).replace(/\{\{\s*en\s+([^{}]*?)\s*\}\}/g, '$1'), state.terms);
        if (term) state.linkedTerms.add(term.id);
        // A translation's heading has its English heading's anchor: the same links work in every language.
        const id = headingIds?.[headingIndex];
        headingIndex += 1;
        if (headingIds && id === undefined) throw new Error('a translation has more headings than its English file: give it the same headings, in the same order');
        if (id !== undefined) ctx.setProperty(node, 'data', { hProperties: { id } });
      },
      text(node, ctx) {
        const placeholder = DEFINITION.exec(node.value)?.[0];
        if (placeholder) {
          const parent = ctx.parent(node);
          if (node.value.trim() !== placeholder || parent?.type !== 'paragraph' || parent.children.length !== 1) {
            throw new Error('{{definition …}} goes on a line of its own, under the definition it describes');
          }
          if (entryMarked) throw new Error('{{definition …}}: one per entry, under its definition');
          const basis = definitionBasis(node.value);
          checkDefinition(basis, entryCitations);
          entryMarked = true;
          ctx.setProperty(parent, 'data', { hProperties: { className: ['definition-basis'], dataBasis: basis } });
          ctx.replaceNode(node, { type: 'emphasis', children: [{ type: 'text', value: translate(locale, DEFINITION_BASES[basis]) }] } satisfies Emphasis);
          return;
        }
        const parts = proseInlines(node.value, state, { links: !isInHeadingOrLink(node, ctx) });
        entryCitations += parts.filter((part) => part.kind === 'cite').length;
        const unchanged = parts.length === 1 && parts[0]?.kind === 'text' && parts[0].text === node.value;
        if (!unchanged) ctx.replaceNode(node, parts.map(inlineToMdast));
      },
    };
  };
}
