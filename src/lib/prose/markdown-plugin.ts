// A Sätteri mdast plugin (Astro 7's Markdown processor) that renders the site's prose: placeholders filled
// in from data/, citations linked to the sources page, and the first use of each glossary term linked to its
// entry. The summary in the frontmatter counts as the start of the page: terms it links are not linked again.
import type { Link, Text } from 'mdast';
import type { MdastContent, MdastPluginEntry, MdastTarget, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import type { SiteData } from '../data/index.ts';
import type { Locale } from '../i18n/index.ts';
import { termNamedBy } from './glossary-terms.ts';
import { createProseState, proseInlines, type Inline } from './inline.ts';

export interface ProsePluginOptions {
  /** Called once per document, so that the figures are read from data/ when the page is rendered. */
  loadData: () => SiteData;
  locale: Locale;
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
    case 'cite':
      return { type: 'emphasis', data: { hName: 'sup' }, children: [link(part.href, `[${part.number}]`, 'cite', { ariaLabel: part.label })] };
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
    const state = createProseState(options.loadData(), options.locale, [summary, context.source]);
    // The page shows the summary first (rendered from the same text by the same function): it links first.
    proseInlines(summary, state);
    return {
      name: 'site-prose',
      heading(node, ctx) {
        // A heading that names a term (its glossary entry) is that term's first use.
        const term = termNamedBy(ctx.textContent(node), state.terms);
        if (term) state.linkedTerms.add(term.id);
      },
      text(node, ctx) {
        const parts = proseInlines(node.value, state, { links: !isInHeadingOrLink(node, ctx) });
        const unchanged = parts.length === 1 && parts[0]?.kind === 'text' && parts[0].text === node.value;
        if (!unchanged) ctx.replaceNode(node, parts.map(inlineToMdast));
      },
    };
  };
}
