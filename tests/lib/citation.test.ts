import { describe, expect, it } from 'vitest';
import { citePage } from '../../src/lib/citation.ts';

const page = { title: 'ICE detainer requests to Boston police in 2025', siteName: 'Boston Detainer Data', url: 'https://example.org/years/2025/', updated: '2026-11-23' };
const text = (style: string) => citePage(page).find((citation) => citation.style === style)?.segments.map((segment) => segment.text).join('') ?? '';

describe('citePage', () => {
  it('writes a plain sentence fit for a council order or a news story', () => {
    expect(text('plain')).toBe('Boston Detainer Data, “ICE detainer requests to Boston police in 2025,” updated November 23, 2026, https://example.org/years/2025/.');
  });

  it('writes APA 7 with the title in italics and the access date left to the reader', () => {
    expect(text('apa')).toBe('Boston Detainer Data. (2026, November 23). ICE detainer requests to Boston police in 2025. Retrieved [date you viewed it], from https://example.org/years/2025/');
    expect(citePage(page)[1]?.segments.filter((segment) => segment.isItalic).map((segment) => segment.text)).toEqual([page.title]);
  });

  it('writes MLA 9 and Chicago notes and bibliography', () => {
    expect(text('mla')).toBe('“ICE detainer requests to Boston police in 2025.” Boston Detainer Data, 23 Nov. 2026, example.org/years/2025/. Accessed [date you viewed it].');
    expect(text('chicago-note')).toBe('Boston Detainer Data, “ICE detainer requests to Boston police in 2025,” last modified November 23, 2026, https://example.org/years/2025/.');
    expect(text('chicago-bibliography')).toBe('Boston Detainer Data. “ICE detainer requests to Boston police in 2025.” Last modified November 23, 2026. https://example.org/years/2025/.');
  });

  it('writes BibTeX and CSL-JSON that hold the title, URL and date', () => {
    // What bibtex makes of them with the standard styles is checked in citation-bibtex.test.ts.
    expect(text('bibtex')).toContain('title = {{ICE detainer requests to Boston police in 2025}},');
    expect(text('bibtex')).toContain('howpublished = {\\url{https://example.org/years/2025/}},');
    expect(text('bibtex')).toContain('month = nov,');
    expect(text('bibtex')).toContain('url = {https://example.org/years/2025/}');
    expect(text('bibtex')).toMatch(/^@misc\{boston-detainer-data-example-org-years-2025,/);
    expect(JSON.parse(text('csl-json'))).toEqual({
      id: 'boston-detainer-data-example-org-years-2025',
      type: 'webpage',
      title: page.title,
      'container-title': 'Boston Detainer Data',
      author: [{ literal: 'Boston Detainer Data' }],
      issued: { 'date-parts': [[2026, 11, 23]] },
      URL: page.url,
    });
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => citePage({ ...page, updated: 'November 2026' })).toThrow('Expected an updated date as YYYY-MM-DD, found "November 2026"');
  });
});
