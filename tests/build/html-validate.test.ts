import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { SITE } from './site.ts';

// Rules: .htmlvalidate.json at the root (html-validate:recommended and :document, nothing turned off). Ids
// follow HTML's own rule ("relaxed"), which allows the dots of release anchors such as #v2026.11.23, part of
// published URLs. Subresource integrity is required of resources from other origins ("crossorigin"): the
// site loads none, and a hash on its own stylesheet would protect nothing. role="region" is allowed on an
// element other than <section>: the box that scrolls a wide table is a region named by the table's caption,
// but no section of the outline, which would need a heading (src/components/ChartTable.astro). What
// html-validate does not check, tests/build/markup.test.ts does.
// Without a loader, HtmlValidate reads no configuration file and applies its recommended preset alone.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(sitePages(SITE))('$file', ({ file }) => {
  it('is valid HTML: no html-validate error', async () => {
    const report = await validator.validateFile(resolve(SITE, file));
    const errors = report.results.flatMap((result) => result.messages)
      .filter((message) => message.severity === 2)
      .map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('the configuration', () => {
  it('rejects a role that repeats what the element already says, and allows a named region on a <div>', async () => {
    const rules = async (body: string) => (await validator.validateString(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, resolve('check.html')))
      .results.flatMap((result) => result.messages).filter((message) => message.severity === 2).map((message) => message.ruleId);
    expect(await rules('<table role="table"><tbody><tr role="row"><td role="cell">1</td></tr></tbody></table>')).toEqual(['no-redundant-role', 'no-redundant-role', 'no-redundant-role']);
    expect(await rules('<div role="region" aria-labelledby="c" tabindex="0"><table><caption id="c">C</caption><tbody><tr><td>1</td></tr></tbody></table></div>')).toEqual([]);
  });
});
