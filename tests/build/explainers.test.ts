import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/index.ts';
import { formatCount, formatRatio } from '../../src/lib/format.ts';
import { translate } from '../../src/lib/i18n/index.ts';
import { GLOSSARY_TERMS } from '../../src/lib/prose/glossary-terms.ts';
import { countText, fleschKincaidGrade, splitSentences } from '../../src/lib/readability.ts';
import { agencyRatios, countsFromShares, MIN_BASE_FOR_RATIO, seriesOf, yearOverYear } from '../../src/lib/stats.ts';
import { TODAY } from '../helpers/fixture-data.ts';
import { glossaryLinkProblems } from './glossary-links.ts';
import { page, SITE, SITE_CORRECTED, SITE_WITH_2026 } from './site.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const CONTENT = 'src/content';
const explainerSlugs = readdirSync(join(CONTENT, 'explainers')).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, ''));
/** Every page written as Markdown prose, by its path in the built site. */
const GLOSSARY_PAGE = 'glossary/';
const prosePages = [...explainerSlugs.map((slug) => `explainers/${slug}/`), GLOSSARY_PAGE, 'faq/'];
/**
 * The pages whose every factual sentence must carry a citation. On the glossary (checked entry by entry, by
 * what each definition rests on) and About this data (this site's method), every sentence with a figure must.
 */
const citedPages = prosePages.filter((path) => path !== 'glossary/' && path !== 'explainers/about-this-data/');
/** Every page this work added: the prose pages and the list of explainers. */
const newPages = ['explainers/', ...prosePages];

// Numbers in prose that are not figures, each with the reason it is there. Keep this list short.
const NOT_FIGURES = new Map<number, string>([
  [2017, 'the year of the SJC ruling'],
  [477, 'the volume in the case citation Lunn v. Commonwealth, 477 Mass. 517 (2017)'],
  [517, 'the first page in that case citation'],
]);

// Sentences on the cited pages that carry no citation because no source gives them: general knowledge of
// words and of how case citations work, each with the reason. A source that does not contain a definition is
// never cited for it, so each of these must appear, and appear uncited. Keep this list short.
const GENERAL_SENTENCES = new Map<string, string>([
  ['A request can go to a police department, or to another agency that holds people, such as a jail run by a sheriff.', 'how detainers work in general; the sources speak of Boston police only'],
  ['Removable means that the person could be made to leave the United States.', 'the general meaning of the word; the 2025 news report uses it without defining it'],
  ['In law, a civil matter is one that is not about a crime.', 'the general meaning of "civil"; WBUR uses the word without defining it'],
  ['The court’s decisions are printed in a set of books, the Massachusetts Reports.', 'how to read the case citation 477 Mass. 517 (2017)'],
  ['This one is in volume 477, on page 517.', 'how to read the case citation'],
  ['It was decided in 2017.', 'how to read the case citation'],
  ['A warrant can come from a judge.', 'the general meaning of "warrant"'],
  ['In immigration cases, it can also come from an immigration officer.', 'immigration warrants can be administrative; BPD did not say which kind it meant'],
]);

const years = new Set(data.figures.map((figure) => figure.year));
// The years sources are dated to (data/sources.csv), for example 2026 for the BPD letter.
for (const source of data.sources) for (const year of `${source.published ?? ''} ${source.dateNote ?? ''}`.match(/\b\d{4}\b/g) ?? []) years.add(Number(year));

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Returns the page's prose as blocks of text (title, summary, body), citations left out. */
function proseBlocks(path: string, site = SITE): string[] {
  const { document } = page(site, path);
  for (const cite of document.querySelectorAll('sup')) cite.remove();
  return [...document.querySelectorAll('article.prose h1, .summary p, .prose-body :is(h2, h3, h4, p, li)')].map((block) => squash(block.textContent));
}

/** Returns every sentence of a page's prose (title, summary, body), citations left out. */
const sentencesOf = (path: string, site = SITE) => proseBlocks(path, site).flatMap(splitSentences);

/** Returns the sentences of a block of prose, each with whether a citation follows it. */
function citedSentences(block: Element): { text: string; cited: boolean }[] {
  const copy = block.cloneNode(true) as Element;
  for (const cite of copy.querySelectorAll('sup')) cite.replaceWith(block.ownerDocument.createTextNode('⟦cite⟧'));
  // A citation belongs to the sentence it follows, so a sentence that starts with one hands it back.
  const sentences = splitSentences(squash(copy.textContent).replaceAll('⟦cite⟧', ' ⟦cite⟧'));
  return sentences.reduce<{ text: string; cited: boolean }[]>((kept, sentence) => {
    const [, leading = '', rest = ''] = /^((?:⟦cite⟧\s*)*)(.*)$/.exec(sentence) ?? [];
    const last = kept.at(-1);
    if (leading && last) last.cited = true;
    if (rest) kept.push({ text: rest.replaceAll(/\s*⟦cite⟧/g, ''), cited: rest.includes('⟦cite⟧') });
    return kept;
  }, []);
}

// Sentences that need no citation: they say what is not reported, speak of this site or page, point to
// another page, introduce a list whose items are checked in turn, or cite a court case, its own source.
const NEEDS_NO_CITATION = [/\bnot reported\b/i, /\b(?:this|the) (?:site|page)\b/i, /^(?:Read|To learn|For more|See)\b|^More:/, /:$/, /\bv\. .* \d+ Mass\. \d+/];

/** ICE's counts as the text writes them. */
const iceCounts = data.figures.flatMap((figure) => (figure.reportedBy === 'ICE' && figure.value !== null ? [formatCount(figure.value)] : []));
const hasNumber = (sentence: string, number: string) => new RegExp(`(?<![\\d,.])${number.replace(/[.,]/g, '\\$&')}(?![\\d,]|\\.\\d)`).test(sentence);

/**
 * Returns the sentences that give an agency's count with the other agency's verb, or with a verb that states
 * it as fact: BPD says it received, ICE says it issued; neither "sent", and never "sent to BPD".
 */
function agencyVerbProblems(sentences: string[]): string[] {
  const wrong = [/\bICE (?:says it |said it |has |had )?sen(?:d|ds|t)\b/, /\bsent to (?:BPD|Boston police|the Boston Police Department)\b/i,
    /\b(?:BPD|Boston police) (?:received|counted|got)\b/i];
  return sentences.filter((sentence) => wrong.some((pattern) => pattern.test(sentence))
    || (iceCounts.some((count) => hasNumber(sentence, count)) && (!/\bissued\b/.test(sentence) || /\bsen(?:d|ds|t|ding)\b/i.test(sentence))));
}

/** Returns the sentences that date something "early" in a year: the sources give the year only. */
const earlyDateProblems = (sentences: string[]) => sentences.filter((sentence) => /\bearly\b(?: in)? \d{4}\b/i.test(sentence));

/** Returns the sentences that word an unknown otherwise than "not reported". */
const unknownWordingProblems = (sentences: string[]) =>
  sentences.filter((sentence) => /\bnot known\b|\bunknown\b|\bdo(?:es)? not report\b|\bnot available\b|\bn\/a\b/i.test(sentence));

/** Returns the sentences that name a news report by its title without quotation marks around it. */
function unquotedTitleProblems(sentences: string[]): string[] {
  const titles = data.sources.flatMap((source) => (source.title === null ? [] : [source.title.toLowerCase()]));
  return sentences.filter((sentence) => {
    const lower = sentence.toLowerCase();
    return titles.some((title) => lower.includes(title) && ![`“${title}”`, `"${title}"`, `“${title}.”`, `"${title}."`].some((quoted) => lower.includes(quoted)));
  });
}

/** What a glossary entry's definition rests on, from the line under it. */
type Basis = 'general' | 'site' | 'sourced';
const BASIS_LABELS: Record<Basis, string> = {
  general: translate('en', 'prose.definitionGeneral'),
  site: translate('en', 'prose.definitionSite'),
  sourced: translate('en', 'prose.definitionSourced'),
};

/**
 * Returns each glossary entry's basis, and every problem with the marking: one line under each definition,
 * with its label; a general explanation or this site's own term cites nothing; a sourced definition cites
 * a source in every sentence; what follows the line (the word on this site) cites its source.
 */
function glossaryMarking(document: Document) {
  const bases = new Map<string, Basis>();
  const problems: string[] = [];
  for (const heading of document.querySelectorAll('.prose-body h2')) {
    const entry: Element[] = [];
    for (let next = heading.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) entry.push(next);
    const lines = entry.filter((element) => element.classList.contains('definition-basis'));
    const line = lines[0];
    if (lines.length !== 1 || !line) {
      problems.push(`${heading.id}: ${lines.length} lines saying what the definition rests on`);
      continue;
    }
    const basis = line.getAttribute('data-basis') as Basis;
    bases.set(heading.id, basis);
    if (squash(line.textContent) !== BASIS_LABELS[basis]) problems.push(`${heading.id}: the line reads "${squash(line.textContent)}"`);
    const definition = entry.slice(0, entry.indexOf(line));
    if (definition.length === 0) problems.push(`${heading.id}: no definition above the line`);
    const sentences = definition.flatMap(citedSentences);
    if (basis === 'sourced') for (const { text } of sentences.filter(({ cited }) => !cited)) problems.push(`${heading.id}: sourced, but not cited: "${text}"`);
    else for (const { text } of sentences.filter(({ cited }) => cited)) problems.push(`${heading.id}: ${basis}, but cited: "${text}"`);
    for (const { text, cited } of entry.slice(entry.indexOf(line) + 1).flatMap(citedSentences)) {
      if (!cited && !NEEDS_NO_CITATION.some((pattern) => pattern.test(text))) problems.push(`${heading.id}: not cited: "${text}"`);
    }
  }
  return { bases, problems };
}

/** Returns every number written in the text, commas and percent signs removed. */
const numbersIn = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((token) => Number(token.replaceAll(',', '')));

/** Returns the frontmatter list `key: [a, b]` and every {{cite …}} id of a Markdown file. */
function markdownOf(file: string) {
  const text = readFileSync(file, 'utf8');
  const [, frontmatter = '', body = ''] = text.split(/^---$/m);
  const list = (key: string) => {
    const match = new RegExp(`^${key}: \\[(.*)\\]$`, 'm').exec(frontmatter);
    return match ? (match[1] ?? '').split(',').map((item) => item.trim()).filter(Boolean) : null;
  };
  const cited = [...text.matchAll(/\{\{\s*cite\s+([^}]*?)\s*\}\}/g)].flatMap((match) => (match[1] ?? '').split(/\s+/));
  const prose = [frontmatter.match(/^(?:title|summary): .*$/gm)?.join('\n') ?? '', body].join('\n');
  return { text, sources: list('sources'), related: list('related'), cited, prose };
}
const markdownFiles = [
  ...explainerSlugs.map((slug) => join(CONTENT, 'explainers', `${slug}.md`)),
  join(CONTENT, 'pages', 'glossary.md'),
  join(CONTENT, 'pages', 'faq.md'),
];

describe('the explainers, the glossary and the FAQ', () => {
  it('are built at /explainers/<slug>/, /glossary/ and /faq/, and listed in order on /explainers/', () => {
    expect(explainerSlugs).toHaveLength(6);
    for (const path of newPages) expect(existsSync(join(SITE, path, 'index.html')), path).toBe(true);
    const { document } = page(SITE, 'explainers/');
    const listed = [...document.querySelectorAll('.explainer-list h2 a')].map((link) => link.getAttribute('href'));
    expect(listed).toEqual([
      '/explainers/what-is-a-detainer-request/',
      '/explainers/why-boston-police-do-not-hold-people/',
      '/explainers/why-the-counts-differ/',
      '/explainers/the-2025-figures/',
      '/explainers/how-the-figures-are-reported/',
      '/explainers/about-this-data/',
    ]);
  });

  it('each open with a summary of two or three sentences', () => {
    for (const path of prosePages) {
      const { document } = page(SITE, path);
      const summary = squash(document.querySelector('.summary p')?.textContent).replace(/\[\d+\]/g, '');
      expect(splitSentences(summary).length, path).toBeGreaterThanOrEqual(2);
      expect(splitSentences(summary).length, path).toBeLessThanOrEqual(3);
    }
  });

  it('show the date in their frontmatter as the date the text was updated', () => {
    for (const [index, path] of prosePages.entries()) {
      const updated = /^updated: (\S+)$/m.exec(markdownOf(markdownFiles[index] ?? '').text)?.[1];
      expect(updated, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page(SITE, path).document.querySelector('.updated time')?.getAttribute('datetime'), path).toBe(updated);
    }
  });

  describe('reading level (Flesch–Kincaid, on the rendered text without citation numbers)', () => {
    it.each(prosePages)('%s is at grade 8 or lower and takes under five minutes to read', (path) => {
      const counts = countText(proseBlocks(path));
      const grade = fleschKincaidGrade(counts);
      expect(grade, `${path}: grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(8);
      // Five minutes at 150 words a minute, slower than the usual 200-250 for readers new to English. The glossary
      // is looked up one word at a time, not read through: its entries are kept short instead (below).
      if (path !== GLOSSARY_PAGE) expect(counts.words).toBeLessThan(5 * 150);
    });
  });

  describe('sources', () => {
    const ids = new Set(data.sources.map((source) => source.id));

    it('name in their frontmatter only sources that exist in data/sources.csv, and cite exactly those', () => {
      for (const file of markdownFiles) {
        const { sources, cited } = markdownOf(file);
        expect(sources, `${file}: write "sources: [id, id]" on one line`).not.toBeNull();
        for (const id of [...(sources ?? []), ...cited]) expect(ids.has(id), `${file}: source "${id}"`).toBe(true);
        expect(new Set(cited), file).toEqual(new Set(sources));
      }
    });

    it('link every citation to an entry on the sources page, numbered as in the page’s list of sources', () => {
      const sourcesPage = page(SITE, 'sources/').document;
      for (const path of prosePages) {
        const { document } = page(SITE, path);
        const listed = [...document.querySelectorAll('.page-sources li a')].map((link) => link.getAttribute('href'));
        const cites = [...document.querySelectorAll('a.cite')];
        expect(cites.length, path).toBeGreaterThan(0);
        for (const cite of cites) {
          const href = cite.getAttribute('href') ?? '';
          expect(href, path).toMatch(/^\/sources\/#/);
          expect(sourcesPage.getElementById(href.split('#')[1] ?? ''), `${path}: ${href}`).not.toBeNull();
          const number = Number(squash(cite.textContent).replace(/[[\]]/g, ''));
          expect(listed[number - 1], `${path}: citation [${number}]`).toBe(href);
          expect(cite.closest('sup'), path).not.toBeNull();
          expect(cite.getAttribute('aria-label'), path).toMatch(new RegExp(`^Source ${number}: `));
        }
      }
    });

    it.each(prosePages)('%s: every factual sentence carries a citation', (path) => {
      const hasFigure = (sentence: string) => numbersIn(sentence).some((value) => !years.has(value) && !NOT_FIGURES.has(value));
      const needsCitation = citedPages.includes(path) ? (sentence: string) => !GENERAL_SENTENCES.has(sentence) : hasFigure;
      const { document } = page(SITE, path);
      const uncited: string[] = [];
      for (const block of document.querySelectorAll('.summary p, .prose-body :is(p, li)')) {
        const list = block.tagName === 'LI' ? block.parentElement : null;
        const leadIn = squash(list?.previousElementSibling?.textContent);
        if (list && NEEDS_NO_CITATION[0]?.test(leadIn)) continue;
        for (const { text, cited } of citedSentences(block)) {
          if (needsCitation(text) && !cited && !NEEDS_NO_CITATION.some((pattern) => pattern.test(text))) uncited.push(text);
        }
      }
      expect(uncited).toEqual([]);
    });

    it('never cite a general explanation: each listed general sentence appears, and appears without a citation', () => {
      const found = new Map<string, boolean[]>();
      for (const path of prosePages) {
        for (const block of page(SITE, path).document.querySelectorAll('.summary p, .prose-body :is(p, li)')) {
          for (const { text, cited } of citedSentences(block)) if (GENERAL_SENTENCES.has(text)) found.set(text, [...(found.get(text) ?? []), cited]);
        }
      }
      for (const sentence of GENERAL_SENTENCES.keys()) {
        expect(found.get(sentence), `no longer on any page: "${sentence}"`).toBeDefined();
        expect(found.get(sentence), `cited: "${sentence}"`).not.toContain(true);
      }
    });
  });

  describe('figures in the text', () => {
    const reported = data.figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]));
    const series = [...new Set(data.figures.map((figure) => `${figure.measure}|${figure.reportedBy}`))].map((key) => key.split('|') as [string, string]);
    const changes = series.flatMap(([measure, agency]) => yearOverYear(seriesOf(data.figures, measure, agency)));
    const derived = [
      ...countsFromShares(data).map((count) => count.value),
      ...agencyRatios(data).map((ratio) => Number(formatRatio(ratio.value))),
      ...changes.flatMap((change) => [Math.abs(change.difference), ...(change.ratio === null ? [] : [change.ratio])]),
    ];
    const allowed = new Set([...reported, ...derived, ...years, MIN_BASE_FOR_RATIO, ...NOT_FIGURES.keys()]);

    it.each(prosePages)('%s: every number is a figure in data/, a figure derived from it, a year, or a listed non-figure', (path) => {
      const unknown = proseBlocks(path).flatMap((block) => numbersIn(block).filter((value) => !allowed.has(value)).map((value) => `${value} in "${block}"`));
      expect(unknown).toEqual([]);
    });

    it('are never typed into the Markdown: outside {{placeholders}} only years and listed non-figures appear', () => {
      for (const file of markdownFiles) {
        const typed = numbersIn(markdownOf(file).prose.replace(/\{\{[^{}]*\}\}/g, ' ')).filter((value) => !years.has(value) && !NOT_FIGURES.has(value));
        expect(typed, file).toEqual([]);
      }
    });

    it('mark every derived figure "derived", linked to how figures are derived', () => {
      const { document } = page(SITE, 'explainers/the-2025-figures/');
      const text = squash(document.querySelector('.prose-body')?.textContent);
      expect(text).toContain('That is about 16 (derived from 28%) of 57 requests.');
      expect(text).toContain('42 more (derived)');
      expect(text).toContain('3.8 times (derived)');
      for (const path of prosePages) {
        for (const link of page(SITE, path).document.querySelectorAll('a.derived')) {
          expect(link.getAttribute('href')).toBe('/explainers/about-this-data/#how-figures-are-derived');
        }
      }
      expect(page(SITE, 'explainers/about-this-data/').document.getElementById('how-figures-are-derived')).not.toBeNull();
    });

    it('say "all" of the 2025 requests cited probable cause only while data/ says so', () => {
      const value = (measure: string) => data.figures.find((figure) => figure.year === 2025 && figure.measure === measure && figure.reportedBy === 'BPD')?.value;
      expect(value('probable_cause_requests')).toBe(value('detainer_requests'));
      expect(squash(page(SITE, 'explainers/the-2025-figures/').document.querySelector('.prose-body')?.textContent)).toContain(`BPD says that all ${value('probable_cause_requests')} requests cited probable cause`);
    });

    it('follow a correction in data/ even when the site was built before it', () => {
      const { document } = page(SITE_CORRECTED, 'explainers/the-2025-figures/');
      expect(squash(document.querySelector('.summary')?.textContent)).toContain('BPD says it received 61 detainer requests');
      const body = squash(document.querySelector('.prose-body')?.textContent);
      expect(body).toContain('BPD says it received 61 detainer requests in 2025.');
      expect(body).toContain('That is about 17 (derived from 28%) of 61 requests.');
      expect(body).toContain('4.1 times (derived)');
      expect(body).not.toMatch(/\b57\b/);
    });

    it('come from the data the site is built from: a build with one more year says so', () => {
      expect(squash(page(SITE, 'explainers/about-this-data/').document.querySelector('.summary')?.textContent)).toContain('from 2021 to 2025');
      expect(squash(page(SITE_WITH_2026, 'explainers/about-this-data/').document.querySelector('.summary')?.textContent)).toContain('from 2021 to 2026');
    });
  });

  describe('glossary', () => {
    const glossary = page(SITE, 'glossary/').document;

    it('has an entry with an anchor for every term, and no entry without a term', () => {
      const entries = [...glossary.querySelectorAll('.prose-body h2')].map((heading) => heading.id);
      expect(entries).toEqual(GLOSSARY_TERMS.map((term) => term.id));
      for (const id of ['detainer', 'ice', 'bpd', 'trust-act', 'sjc', 'probable-cause', 'removable', 'custody', 'civil', 'criminal',
        'derived', 'non-citizen', 'immigration-status', 'sheriff', 'primary-record', 'share', 'dedicated-fax-line']) expect(entries).toContain(id);
    });

    it('is linked from the first use of each term on each explainer and the FAQ, and only from the first', () => {
      for (const path of prosePages.filter((candidate) => candidate !== 'glossary/')) {
        // Text a reader meets in order: the summary and the body, outside headings and citation numbers.
        expect(glossaryLinkProblems(page(SITE, path).document, '.summary p, .prose-body', 'h1, h2, h3, h4, sup'), path).toEqual([]);
      }
    });

    it('marks under each definition whether it is a general explanation, this site’s own term, or from the sources it cites', () => {
      const { bases, problems } = glossaryMarking(glossary);
      expect(problems).toEqual([]);
      const ids = (basis: Basis) => [...bases].filter(([, value]) => value === basis).map(([id]) => id);
      expect(ids('general')).toEqual(['sjc', 'sheriff', 'probable-cause', 'removable', 'non-citizen', 'immigration-status', 'custody', 'civil', 'criminal', 'bail', 'warrant', 'share']);
      expect(ids('site')).toEqual(['derived', 'primary-record']);
      expect(ids('sourced')).toEqual(['detainer', 'ice', 'bpd', 'trust-act', 'dedicated-fax-line']);
      // The check fails on a general definition that cites a source, and on a sourced one that does not.
      const bad = parseHTML(`<div class="prose-body"><h2 id="removable">Removable</h2><p>Could be made to leave.<sup><a class="cite">[1]</a></sup></p>
        <p class="definition-basis" data-basis="general"><em>${BASIS_LABELS.general}</em></p><h2 id="ice">ICE</h2><p>An agency.</p>
        <p class="definition-basis" data-basis="sourced"><em>${BASIS_LABELS.sourced}</em></p><p>It says so.</p><h2 id="bail">Bail</h2><p>Money.</p></div>`).document;
      expect(glossaryMarking(bad).problems).toEqual([
        'removable: general, but cited: "Could be made to leave."',
        'ice: sourced, but not cited: "An agency."',
        'ice: not cited: "It says so."',
        'bail: 0 lines saying what the definition rests on',
      ]);
    });

    it('says that a warrant may come from a court or an immigration officer, and that which kind BPD meant is not reported', () => {
      const text = squash(glossary.getElementById('warrant')?.nextElementSibling?.textContent);
      expect(text).toContain('immigration officer');
      expect(text).not.toMatch(/^An order from a court\b/);
      expect(squash(glossary.querySelector('.prose-body')?.textContent)).toContain('Which kind of warrant BPD meant is not reported.');
    });

    it('links point to anchors that exist on /glossary/', () => {
      for (const path of newPages) {
        for (const link of page(SITE, path).document.querySelectorAll('a[href^="/glossary/#"]')) {
          const id = link.getAttribute('href')?.split('#')[1] ?? '';
          expect(glossary.getElementById(id), `${path}: ${id}`).not.toBeNull();
        }
      }
    });
  });

  describe('wording rules (each checked on every prose page, and shown to catch a wrong sentence)', () => {
    it.each(prosePages)('%s: BPD says it received, ICE says it issued; no count is "sent"', (path) => {
      expect(agencyVerbProblems(sentencesOf(path))).toEqual([]);
    });

    it('the verb rule catches "sent" with ICE’s count, "sent to BPD" and a count stated as fact', () => {
      const [count = ''] = iceCounts;
      expect(agencyVerbProblems([`ICE says it sent ${count}.`, `ICE says it issued ${count}.`, 'The requests sent to BPD each year.',
        'BPD received 57 detainer requests in 2025.', 'BPD says it received 57.', `ICE's own count was ${count}.`]))
        .toEqual([`ICE says it sent ${count}.`, 'The requests sent to BPD each year.', 'BPD received 57 detainer requests in 2025.', `ICE's own count was ${count}.`]);
    });

    it.each(prosePages)('%s: dates the BPD letter to a year only, never "early" in it', (path) => {
      expect(earlyDateProblems(sentencesOf(path))).toEqual([]);
      expect(earlyDateProblems(['The letter was sent early in 2026.', 'It was sent early 2026.', 'It was sent in 2026.'])).toHaveLength(2);
    });

    it.each(prosePages)('%s: words an unknown as "not reported"', (path) => {
      expect(unknownWordingProblems(sentencesOf(path))).toEqual([]);
      expect(unknownWordingProblems(['What is not known:', 'The sources do not report it.', 'It is not reported.'])).toHaveLength(2);
    });

    it.each(prosePages)('%s: puts the title of a news report in quotation marks', (path) => {
      expect(unquotedTitleProblems(sentencesOf(path))).toEqual([]);
      const [title = ''] = data.sources.filter((source) => source.type === 'news_report').map((source) => source.title);
      expect(unquotedTitleProblems([`WBUR's report ${title} says so.`, `WBUR's report “${title}” says so.`])).toEqual([`WBUR's report ${title} says so.`]);
    });

    it('the two 2024 counts are told the same way: BPD says it received, ICE says it issued', () => {
      const [bpd = '', ice = ''] = ['BPD', 'ICE'].map((agency) => formatCount(data.figures.find((figure) => figure.year === 2024 && figure.reportedBy === agency && figure.measure === 'detainer_requests')?.value ?? Number.NaN));
      for (const path of ['explainers/why-the-counts-differ/', 'faq/']) {
        const text = sentencesOf(path).join(' ');
        expect(text, path).toContain(`BPD says it received ${bpd} detainer requests from ICE.`);
        expect(text, path).toContain(`ICE says it issued ${ice} detainers to BPD.`);
      }
    });
  });

  it('FAQ: every answer cites its source and links to the explainer that says more', () => {
    const { document } = page(SITE, 'faq/');
    const questions = [...document.querySelectorAll('.prose-body h2')];
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const question of questions) {
      const answer: Element[] = [];
      for (let next = question.nextElementSibling; next && next.tagName !== 'H2'; next = next.nextElementSibling) answer.push(next);
      const has = (selector: string) => answer.some((element) => element.querySelector(selector));
      expect(answer.length, squash(question.textContent)).toBeGreaterThan(0);
      expect(has('a[href^="/explainers/"]'), squash(question.textContent)).toBe(true);
      // The two answers about this site's own method have nothing to cite.
      if (!/derived|wrong/.test(squash(question.textContent))) expect(has('a.cite'), squash(question.textContent)).toBe(true);
    }
  });

  it('every internal link on the new pages, and in the header and footer, leads to a built page and anchor', () => {
    const broken: string[] = [];
    for (const path of newPages) {
      const { document } = page(SITE, path);
      for (const link of document.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (/^[a-z]+:/i.test(href)) {
          broken.push(`${path}: ${href} leaves the site`);
          continue;
        }
        const [target = '', anchor] = href.split('#');
        const targetPath = target === '' ? path : target.replace(/^\//, '');
        const file = join(SITE, targetPath, targetPath === '' || targetPath.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) {
          broken.push(`${path}: ${href}`);
          continue;
        }
        if (anchor && !page(SITE, targetPath).document.getElementById(anchor)) broken.push(`${path}: ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('are linked from the header (Explainers) and from the footer (explainers, glossary, FAQ) on every page', () => {
    for (const path of ['', 'sources/', ...newPages]) {
      const { document } = page(SITE, path);
      expect(document.querySelector('.site-nav a[href="/explainers/"]'), path).not.toBeNull();
      for (const href of ['/explainers/', '/glossary/', '/faq/']) expect(document.querySelector(`.site-footer a[href="${href}"]`), `${path} ${href}`).not.toBeNull();
    }
    const current = page(SITE, 'explainers/the-2025-figures/').document.querySelector('.site-nav a[aria-current]');
    expect(current?.getAttribute('href')).toBe('/explainers/');
  });
});
