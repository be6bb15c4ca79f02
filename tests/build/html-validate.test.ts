import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { SITE } from './site.ts';

// Rules: .htmlvalidate.json at the root (html-validate:recommended and :document, nothing turned off).
const validator = new HtmlValidate();

describe.each(sitePages(SITE))('$file', ({ file }) => {
  it('is valid HTML: no html-validate error', async () => {
    const report = await validator.validateFile(join(SITE, file));
    const errors = report.results.flatMap((result) => result.messages)
      .filter((message) => message.severity === 2)
      .map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
