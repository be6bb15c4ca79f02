import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/index.ts';

// Intl falls back to the building machine's own locale for a language ICU lacks (Haitian Creole): without the
// explicit formatting locales of src/lib/i18n/locales.ts, a build under LANG=fr_FR would differ from one under
// LANG=C. Each run prints every language's numbers, dates, plural forms and a chart.
function sampleUnder(lang: string): string {
  const run = spawnSync(process.execPath, ['tests/helpers/format-sample.ts'], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: lang, LANGUAGE: '' },
  });
  if (run.status !== 0) throw new Error(`format-sample.ts under LANG=${lang} failed:\n${run.stderr}`);
  return run.stdout;
}

describe('formatting does not depend on the building machine', () => {
  const c = sampleUnder('C');
  const french = sampleUnder('fr_FR.UTF-8');
  const haitian = sampleUnder('ht_HT.UTF-8');

  it('prints the same bytes under LANG=C, fr_FR and ht_HT, for every language', () => {
    expect(french).toBe(c);
    expect(haitian).toBe(c);
  });

  it('formats in each language, not the machine’s: the sample is not the same in every language', () => {
    const byLanguage = JSON.parse(c) as { key: string; numbers: string[]; dates: string[] }[];
    expect(byLanguage.map((entry) => entry.key)).toEqual(LOCALES.map((entry) => entry.key));
    expect(new Set(byLanguage.map((entry) => entry.dates[0])).size).toBe(byLanguage.length);
  });
});
