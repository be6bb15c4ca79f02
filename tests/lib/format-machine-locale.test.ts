import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/i18n/index.ts';

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

  it('formats in each language, not the machine’s: no other language writes dates as English does, and a language’s own month names are used', () => {
    const byLanguage = JSON.parse(c) as { key: string; numbers: string[]; dates: string[] }[];
    expect(byLanguage.map((entry) => entry.key)).toEqual(LOCALES.map((entry) => entry.key));
    const english = byLanguage.find((entry) => entry.key === DEFAULT_LOCALE)?.dates[0];
    for (const entry of byLanguage.filter((candidate) => candidate.key !== DEFAULT_LOCALE)) expect(entry.dates[0], entry.key).not.toBe(english);
    for (const { key, months } of LOCALES.filter((entry): entry is typeof entry & { months: readonly string[] } => 'months' in entry)) {
      expect(byLanguage.find((entry) => entry.key === key)?.dates, key).toEqual([`30 ${months[10]} 2026`, `5 ${months[0]} 2025`, `4 ${months[6]}`]);
    }
  });
});
