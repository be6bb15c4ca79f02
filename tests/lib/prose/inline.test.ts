import { describe, expect, it } from 'vitest';
import { loadData, type SiteData } from '../../../src/lib/data/index.ts';
import { firstUses, formPattern, termNamedBy } from '../../../src/lib/prose/glossary-terms.ts';
import { citationOrder, createProseState, derivedHref, plainProse, proseInlines, type Inline } from '../../../src/lib/prose/inline.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const render = (parts: Inline[]) =>
  parts.map((part) => {
    switch (part.kind) {
      case 'text': return part.text;
      case 'term': return `<${part.text}→${part.href}>`;
      case 'derived': return `<${part.text}→${part.href}>`;
      case 'cite': return `[${part.number}:${part.sourceId}]`;
      case 'foreign': return `<${part.lang}:${part.text}>`;
    }
  }).join('');
/** Fills one text with no glossary links, so that the figures are easy to read. */
const fill = (text: string, siteData: SiteData = data) => {
  const state = createProseState(siteData, 'en', [text], []);
  return render(proseInlines(text, state));
};

describe('figures in prose', () => {
  it('fills reported figures in from data/', () => {
    expect(fill('{{count 2025 BPD detainer_requests}} in 2025; {{count 2024 ICE detainer_requests}} by ICE; {{percent 2025 BPD dedicated_line_share}}'))
      .toBe('57 in 2025; 198 by ICE; 28%');
    expect(fill('{{count 2025 BPD transfers_to_ice_custody}} transfers')).toBe('0 transfers');
  });

  it('labels every derived figure "derived", linked to how it is derived', () => {
    expect(fill('{{about 2025 BPD dedicated_line_share}}')).toBe(`about 16 (<derived→${derivedHref('en')}> from 28%)`);
    expect(fill('{{times 2025 BPD detainer_requests}}')).toBe(`3.8 times (<derived→${derivedHref('en')}>)`);
    expect(fill('{{agency-times 2024}}')).toBe(`13.2 times (<derived→${derivedHref('en')}>)`);
    expect(fill('{{change 2025 BPD detainer_requests}}')).toBe(`42 more (<derived→${derivedHref('en')}>)`);
  });

  it('fills in the first and latest years and the smallest base for a ratio', () => {
    expect(fill('from {{first-year}} to {{latest-year}}, below {{min-base}}')).toBe('from 2021 to 2025, below 10');
  });

  it('writes "not reported" for a figure whose value is empty, never 0', () => {
    const blank: SiteData = { ...data, figures: data.figures.map((figure) => (figure.year === 2025 && figure.measure === 'transfers_to_ice_custody' ? { ...figure, value: null } : figure)) };
    expect(fill('{{count 2025 BPD transfers_to_ice_custody}}', blank)).toBe('not reported');
  });

  it('follows a correction in the data', () => {
    const corrected: SiteData = { ...data, figures: data.figures.map((figure) => (figure.year === 2025 && figure.measure === 'detainer_requests' ? { ...figure, value: 60 } : figure)) };
    expect(fill('{{count 2025 BPD detainer_requests}}, {{times 2025 BPD detainer_requests}}', corrected)).toBe(`60, 4 times (<derived→${derivedHref('en')}>)`);
  });

  it('refuses a ratio on a base under 10 and asks for the change in counts', () => {
    expect(() => fill('{{times 2022 BPD detainer_requests}}')).toThrow('{{times 2022 BPD detainer_requests}}: the year before has fewer than 10; tell the change in counts');
    expect(fill('{{change 2022 BPD detainer_requests}}')).toBe(`10 more (<derived→${derivedHref('en')}>)`);
  });

  it('names the placeholder and the problem when a figure, a source or a name is unknown', () => {
    expect(() => fill('{{count 2019 BPD detainer_requests}}')).toThrow('{{count 2019 BPD detainer_requests}}: no such figure in data/figures.csv');
    expect(() => fill('{{count 2025 BPD}}')).toThrow('expected YEAR AGENCY MEASURE');
    expect(() => fill('{{cite no-such-source}}')).toThrow('{{cite no-such-source}}: no source "no-such-source" in data/sources.csv');
    expect(() => fill('{{total 2025}}')).toThrow('{{total 2025}}: unknown placeholder');
    expect(() => fill('{{about 2025 BPD detainer_requests}}')).toThrow('no count can be derived');
  });
});

describe('citations', () => {
  it('numbers sources in order of first citation, the summary first', () => {
    expect(citationOrder('A.{{cite report-2025}}', 'B.{{cite wbur-fax report-2025}} C.{{cite bpd-letter-2025}}'))
      .toEqual(['report-2025', 'wbur-fax', 'bpd-letter-2025']);
  });

  it('links each citation to its entry on the sources page, with a label that names the source', () => {
    const state = createProseState(data, 'en', ['{{cite wbur-fax}}'], []);
    expect(proseInlines('Fax.{{cite wbur-fax}}', state)).toEqual([
      { kind: 'text', text: 'Fax.' },
      { kind: 'cite', number: 1, href: '/sources/#wbur-fax', label: 'Source 1: WBUR news report', sourceId: 'wbur-fax' },
    ]);
  });

  it('lists several sources in one place by number', () => {
    const state = createProseState(data, 'en', ['{{cite wbur-fax}} {{cite report-2025}}'], []);
    expect(render(proseInlines('Both.{{cite report-2025 wbur-fax}}', state))).toBe('Both.[1:wbur-fax][2:report-2025]');
  });

  it('refuses a citation in a heading or a link, and leaves citations out of plain text', () => {
    const state = createProseState(data, 'en', ['{{cite wbur-fax}}'], []);
    expect(() => proseInlines('Title{{cite wbur-fax}}', state, { links: false })).toThrow('a citation cannot go in a heading or a link');
    expect(plainProse('BPD counted {{count 2024 BPD detainer_requests}}.{{cite bpd-statement-2024}} ICE says {{agency-times 2024}} as many.{{cite wbur-fax}}', data, 'en'))
      .toBe('BPD counted 15. ICE says 13.2 times (derived) as many.');
  });
});

describe('glossary links', () => {
  it('links the first use of each term on a page, and only the first', () => {
    const state = createProseState(data, 'en', []);
    const first = render(proseInlines('A detainer request from ICE asks BPD to hold a person in custody.', state));
    expect(first).toBe('A <detainer request→/glossary/#detainer> from <ICE→/glossary/#ice> asks <BPD→/glossary/#bpd> to hold a person in <custody→/glossary/#custody>.');
    expect(render(proseInlines('ICE sent more detainer requests.', state))).toBe('ICE sent more detainer requests.');
  });

  it('matches a capitalised term only in capitals, and any other term in any case, as a whole word', () => {
    expect(formPattern('ICE').test('the police gave notice')).toBe(false);
    expect(formPattern('ICE').test('what ICE says')).toBe(true);
    expect(formPattern('civil').test('Civil matters')).toBe(true);
    expect(formPattern('civil').test('civilian')).toBe(false);
  });

  it('finds terms in Chinese, where no space separates words, and Latin terms beside Chinese characters', () => {
    expect(formPattern('拘留请求').exec('ICE的拘留请求很多')?.index).toBe(4);
    expect(formPattern('ICE').exec('ICE的拘留请求')?.index).toBe(0);
    expect(formPattern('ICE').test('NICE的')).toBe(false);
  });

  it('prefers the longest form at a place, and never links inside another link', () => {
    expect(firstUses('two detainer requests', new Set()).map((use) => use.text)).toEqual(['detainer requests']);
    const state = createProseState(data, 'en', []);
    expect(render(proseInlines('What ICE says', state, { links: false }))).toBe('What ICE says');
    expect(state.linkedTerms.size).toBe(0);
  });

  it('knows which heading names a term’s entry', () => {
    expect(termNamedBy('Trust Act')?.id).toBe('trust-act');
    expect(termNamedBy('Probable cause')?.id).toBe('probable-cause');
    expect(termNamedBy('The Trust Act')).toBeUndefined();
  });
});
