import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { SITE } from './site.ts';

// What the W3C Nu checker reports and html-validate does not (html-validate's no-redundant-role, in
// .htmlvalidate.json, catches a role that repeats an element's own; see html-validate.test.ts).
const TABLE_PARTS = 'table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td';
const SECTIONING = 'section, article, aside, nav';

/** Returns every comment in a node's subtree. */
function commentsIn(node: Node): Comment[] {
  return [...node.childNodes].flatMap((child) => (child.nodeType === 8 ? [child as Comment] : commentsIn(child)));
}

const opening = (element: Element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1);

/**
 * Returns the markup mistakes in a page that browsers forgive but assistive technology and validators do not:
 * an explicit role on a table's parts (ARIA in HTML forbids most, and the rest repeat what the element says);
 * "--" inside a comment (not XML, and "-->" can end it early); a <section> without a heading of its own.
 */
function markupMistakes(html: string): string[] {
  const { document } = parseHTML(html);
  const roles = [...document.querySelectorAll(TABLE_PARTS)].filter((element) => element.hasAttribute('role'))
    .map((element) => `explicit role on a table part: ${opening(element)}`);
  const comments = commentsIn(document).filter((comment) => comment.data.includes('--'))
    .map((comment) => `"--" inside a comment: <!--${comment.data.slice(0, 80)}-->`);
  const sections = [...document.querySelectorAll('section')]
    .filter((section) => ![...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((heading) => heading.parentElement?.closest(SECTIONING) === section))
    .map((section) => `section without a heading of its own: ${opening(section)}`);
  return [...roles, ...comments, ...sections];
}

describe.each(sitePages(SITE))('$file', ({ file }) => {
  it('puts no role on table parts, no "--" in a comment, and a heading in every section', () => {
    const mistakes = markupMistakes(readFileSync(join(SITE, file), 'utf8'));
    expect(mistakes, mistakes.join('\n')).toEqual([]);
  });
});

describe('the markup check', () => {
  it('notices each kind of mistake', () => {
    const html = `<!doctype html><html lang="en"><head><title>t</title></head><body>
      <!-- [html-validate-disable-block no-redundant-role -- a reason] -->
      <section aria-labelledby="c"><table role="table"><caption id="c">Caption</caption>
        <tbody role="rowgroup"><tr role="row"><th scope="row" role="rowheader">a</th><td role="cell">1</td></tr></tbody></table></section>
      <section aria-label="x"><p>No heading</p><article><h2>A heading that is the article's</h2></article></section>
      <section><h2>A heading</h2><p>Fine</p></section>
    </body></html>`;
    expect(markupMistakes(html)).toEqual([
      'explicit role on a table part: <table role="table">',
      'explicit role on a table part: <tbody role="rowgroup">',
      'explicit role on a table part: <tr role="row">',
      'explicit role on a table part: <th scope="row" role="rowheader">',
      'explicit role on a table part: <td role="cell">',
      '"--" inside a comment: <!-- [html-validate-disable-block no-redundant-role -- a reason] -->',
      'section without a heading of its own: <section aria-labelledby="c">',
      'section without a heading of its own: <section aria-label="x">',
    ]);
  });
});
