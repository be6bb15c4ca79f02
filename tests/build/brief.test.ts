import { describe, expect, it } from 'vitest';
import { page, SITE } from './site.ts';

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the council brief', () => {
  const { document } = page(SITE, 'brief/');

  it('gives the latest figures, the main chart, both 2024 counts side by side, and the sources', () => {
    expect(text(document.querySelector('.brief-figures'))).toContain('In 2025, Boston police say they received 57 detainer requests from ICE. Up from 15 in 2024: 42 more (derived), 3.8 times as many (derived).');
    expect(text(document.querySelector('.brief-figures'))).toContain('28% of 57, about 16 requests (derived from 28%)');
    expect(document.querySelectorAll('.brief .chart svg[role="img"] g.bar rect')).toHaveLength(5);
    const counts = [...document.querySelectorAll('#brief-counts ~ table tbody tr')].map((row) => [...row.children].map((cell) => text(cell)).join(': '));
    expect(counts).toEqual(['Received, according to BPD: 15', 'Issued, according to ICE: 198']);
    expect([...document.querySelectorAll('.brief-sources a')].map((link) => link.getAttribute('href'))).toEqual([
      '/sources/#bpd-letter-2025', '/sources/#report-2025', '/sources/#bpd-statement-2024', '/sources/#wbur-fax',
    ]);
  });
});
