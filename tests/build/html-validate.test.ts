import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { SITE } from './site.ts';

// Rules: .htmlvalidate.json at the root (html-validate:recommended and :document, nothing turned off). Ids
// follow HTML's own rule ("relaxed"), which allows the dots of release anchors such as #v2026.11.23, part of
// published URLs. Subresource integrity is required of resources from other origins ("crossorigin"): the
// site loads none, and a hash on its own stylesheet would protect nothing. One component turns one rule off
// for its own block, saying why in the directive (src/components/ColumnTable.astro).
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
