import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citePage, type CitedPage } from '../../src/lib/citation.ts';
import { LOCALES, localizedPath, translate, type Locale } from '../../src/lib/i18n/index.ts';
import { publicUrl, releasePath } from '../../src/lib/urls.ts';

// The BibTeX block of "Cite this page", run through a real BibTeX (0.99d) with standard styles: what a reader
// who pastes it into a .bib gets in the .bbl. Comparing strings cannot show that plain.bst drops the url field,
// lower-cases the title or prints month = {11} as "11". BibTeX needs only a .aux, no LaTeX. Without bibtex and
// the standard styles (Debian's texlive-binaries and texlive-base) these checks cannot run, and say so.
const hasBibtex = spawnSync('bibtex', ['--version']).status === 0 && spawnSync('kpsewhich', ['plain.bst'], { encoding: 'utf8' }).stdout.trim() !== '';
const SKIPPED = hasBibtex ? '' : ' (SKIPPED: bibtex or plain.bst is not installed; apt-get install texlive-binaries texlive-base, as .ci/run does, then run the tests again)';
if (!hasBibtex) console.warn('\nThe BibTeX checks did not run: no bibtex with the standard styles on this machine. Install them (sudo apt-get install --no-install-recommends texlive-binaries texlive-base, which .ci/run does) and run the tests again.\n');

// Styles that print @misc in full, with month names (abbrv would print "Nov.").
const STYLES = ['plain', 'unsrt', 'alpha'];
const SITE = new URL('https://example.org/');
const siteName = translate('en', 'site.name');
const yearPage = (locale: Locale): CitedPage => ({ title: translate(locale, 'year.title', { year: '2025' }), siteName, url: publicUrl(localizedPath('/years/2025/', locale), SITE), updated: '2026-11-23' });
const releasePage = (locale: Locale): CitedPage => ({ title: translate(locale, 'release.title', { version: '2026.11.23' }), siteName, url: publicUrl(localizedPath(releasePath('2026.11.23'), locale), SITE), updated: '2026-11-23' });
/** Each page with what its title must read as in the .bbl and the month it must print. */
const CASES: { page: CitedPage; title: string; month: string }[] = [
  ...LOCALES.flatMap(({ key }) => [yearPage(key), releasePage(key)].map((page) => ({ page, title: page.title, month: 'November' }))),
  // Without SITE_URL the address is a path; another month.
  { page: { title: 'Glossary', siteName, url: '/glossary/', updated: '2026-02-03' }, title: 'Glossary', month: 'February' },
  // Every character LaTeX treats specially, in the title and (as WHATWG leaves them) in the URL.
  {
    page: { title: 'ICE & Boston: 50% of $1 #2 a_b ~ ^ \\ {x}', siteName, url: 'https://example.org/a_b/~c/%C3%A9?x=1&y=^2{3}$#top', updated: '2025-07-04' },
    title: 'ICE \\& Boston: 50\\% of \\$1 \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textbraceleft{}x\\textbraceright{}',
    month: 'July',
  },
];
const bibtexOf = (page: CitedPage) => citePage(page).find((citation) => citation.style === 'bibtex')?.segments.map((segment) => segment.text).join('') ?? '';
const keyOf = (entry: string) => /^@misc\{([^,]+),/.exec(entry)?.[1] ?? '';

const dir = mkdtempSync(join(tmpdir(), 'citation-bibtex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs bibtex with a style over every case; returns its exit status, its .blg and each entry of the .bbl by key, on one line. */
function runBibtex(style: string) {
  writeFileSync(join(dir, 'refs.bib'), CASES.map(({ page }) => bibtexOf(page)).join('\n\n') + '\n');
  // What LaTeX writes for \nocite{*} \bibliographystyle{style} \bibliography{refs}.
  writeFileSync(join(dir, 'cite.aux'), `\\citation{*}\n\\bibdata{refs}\n\\bibstyle{${style}}\n`);
  const run = spawnSync('bibtex', ['cite'], { cwd: dir, encoding: 'utf8' });
  const bbl = readFileSync(join(dir, 'cite.bbl'), 'utf8');
  const entries = new Map(bbl.split(/(?=\\bibitem)/).map((item) => [/^\\bibitem(?:\[[^\]]*\])?\{([^}]+)\}/.exec(item)?.[1] ?? '', item.replace(/\s+/g, ' ').trim()]));
  return { status: run.status, output: run.stdout + run.stderr, blg: readFileSync(join(dir, 'cite.blg'), 'utf8'), entries };
}

describe.skipIf(!hasBibtex).each(STYLES)(`the BibTeX citation through a real bibtex, style %s${SKIPPED}`, (style) => {
  const result = hasBibtex ? runBibtex(style) : undefined;
  const entry = (page: CitedPage) => result?.entries.get(keyOf(bibtexOf(page))) ?? '';

  it('is read without an error or a warning', () => {
    expect(result?.status, result?.output).toBe(0);
    expect(result?.blg.split('\n').filter((line) => /Warning--|error message/.test(line))).toEqual([]);
    expect(result?.entries.size).toBe(CASES.length + 1); // the text before the first \bibitem, and one per entry
  });

  it.each(CASES.map((item) => ({ ...item, url: item.page.url })))('prints $url with its title as written and $month', ({ page, title, month }) => {
    expect(entry(page)).toContain(`\\url{${page.url.replace(/[{}]/g, (brace) => encodeURIComponent(brace))}}`);
    expect(entry(page)).toContain(title);
    expect(entry(page)).toContain(`${month} ${page.updated.slice(0, 4)}`);
  });

  it('keeps ICE and Boston capitalised in English and Vietnamese', () => {
    expect(entry(yearPage('en'))).toContain('ICE detainer requests to Boston police in 2025');
    expect(entry(yearPage('vi'))).toMatch(/ICE.*Boston/);
  });
});
