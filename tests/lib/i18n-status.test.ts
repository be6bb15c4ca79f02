import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { proseTranslation, uiTranslation } from '../../src/lib/i18n/status.ts';

describe('what a translated page says of its translation', () => {
  it('calls a page reviewed only with a reviewer and a day', () => {
    expect(proseTranslation({ status: 'reviewed', reviewer: 'A. Reviewer', reviewed: new Date('2027-01-15T00:00:00Z'), isOutdated: false }, true))
      .toEqual({ status: 'reviewed', reviewer: 'A. Reviewer', reviewed: '2027-01-15', isOutdated: false, isTranslated: true });
    expect(proseTranslation({ status: 'reviewed', isOutdated: false }, true).status).toBe('draft');
    expect(proseTranslation({ status: 'draft', isOutdated: true }, true)).toEqual({ status: 'draft', isOutdated: true, isTranslated: true });
  });

  it('says a page with no translation yet is shown in English', () => {
    expect(proseTranslation(null, false)).toEqual({ status: 'draft', isOutdated: false, isTranslated: false });
  });

  it('calls every language’s strings a draft until the locale table names a reviewer', () => {
    for (const entry of LOCALES) expect(uiTranslation(entry.key).status).toBe(entry.review ? 'reviewed' : 'draft');
  });
});
