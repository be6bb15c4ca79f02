import { DEFAULT_LOCALE, type Locale } from '../../src/lib/i18n/locales.ts';
import { formPattern, glossaryHref, glossaryTerms } from '../../src/lib/prose/glossary-terms.ts';

/**
 * Returns what is wrong with a page's glossary links: a term linked more than once, a first use in running
 * text that is not the link, or a link with no use. Running text is the text under `roots`, outside `skipped`
 * and outside links other than glossary links; a use inside another term's link ("detainer" in "dedicated
 * detainer fax line") is that term's, not this one's.
 */
export function glossaryLinkProblems(document: Document, roots: string, skipped: string, locale: Locale = DEFAULT_LOCALE): string[] {
  const texts: { text: string; link: string | null }[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      const link = parent?.closest('a');
      if (!parent?.closest(skipped) && (!link || link.classList.contains('term'))) texts.push({ text: node.textContent ?? '', link: link?.getAttribute('href') ?? null });
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  for (const root of document.querySelectorAll(roots)) walk(root);
  const problems: string[] = [];
  for (const term of glossaryTerms(locale)) {
    const own = glossaryHref(term.id, locale);
    const links = document.querySelectorAll(`a.term[href="${own}"]`).length;
    if (links > 1) problems.push(`${term.id}: linked ${links} times`);
    const first = texts.find(({ text, link }) => (link === null || link === own) && term.forms.some((form) => formPattern(form).test(text)));
    if (first && first.link !== own) problems.push(`${term.id}: first use not linked, in "${first.text.trim()}"`);
    if (!first && links > 0) problems.push(`${term.id}: linked, but not used in the running text`);
  }
  return problems;
}
