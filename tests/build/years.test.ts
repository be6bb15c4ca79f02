import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, SITE, SITE_WITH_2026 } from './site.ts';

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('year pages in the built site', () => {
  it('show the year’s count at #requests, with its change, source and a copy-link control', () => {
    const { document } = page(SITE, 'years/2025/');
    const requests = document.getElementById('requests');
    expect(text(requests?.querySelector('.big-figure'))).toBe('57 detainer requests from ICE');
    expect(text(requests)).toContain('Up from 15 in 2024: 42 more (derived), 3.8 times as many (derived).');
    expect(requests?.querySelector('a[href="#requests"]')).not.toBeNull();
    expect(requests?.querySelector('button[data-copy="#requests"]')).not.toBeNull();
  });

  it('emphasise the page’s own year in chart 1, and link its year-specific downloads', () => {
    const { document } = page(SITE, 'years/2023/');
    expect(text(document.querySelector('#chart-requests-by-year .chart-title'))).toBe('Requests rose to 19 in 2023, from 12 in 2022');
    expect(document.querySelector('#chart-requests-by-year a[href="/charts/requests-by-year-2023.png"]')).not.toBeNull();
    expect(existsSync(`${SITE}/charts/requests-by-year-2023.png`)).toBe(true);
    expect(existsSync(`${SITE}/embed/requests-by-year-2023/index.html`)).toBe(true);
  });

  it('say what was not reported, rather than showing 0', () => {
    const { document } = page(SITE, 'years/2021/');
    expect(text(document.getElementById('not-reported')?.parentElement)).toContain('People transferred to ICE custody because of a detainer request, as reported by BPD');
  });

  it('exist for a year added to the data, with no code change', () => {
    const { document } = page(SITE_WITH_2026, 'years/2026/');
    expect(text(document.querySelector('#requests .big-figure'))).toBe('64 detainer requests from ICE');
    expect(page(SITE_WITH_2026, 'years/2025/').document.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/years/2026/');
  });

  it('are listed on /years/, newest first', () => {
    const items = [...page(SITE, 'years/').document.querySelectorAll('.year-list a')].map((link) => link.getAttribute('href'));
    expect(items).toEqual(['/years/2025/', '/years/2024/', '/years/2023/', '/years/2022/', '/years/2021/']);
  });
});
