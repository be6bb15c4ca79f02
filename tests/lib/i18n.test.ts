import { describe, expect, it } from 'vitest';
import { formatLocales, translate, translateParts } from '../../src/lib/i18n/index.ts';
import { describeChange } from '../../src/lib/views/figure-view.ts';

describe('UI strings', () => {
  it('chooses the plural form from the count and formats numbers', () => {
    expect(translate('en', 'home.headline', { year: '2030', count: 1 })).toBe('In 2030, Boston police say they received 1 detainer request from ICE');
    expect(translate('en', 'home.headline', { year: '2030', count: 1234 })).toBe('In 2030, Boston police say they received 1,234 detainer requests from ICE');
  });

  it('gives 0 the plural form of each language: plural in English and Spanish, singular in Brazilian Portuguese', () => {
    expect(translate('en', 'count.transfers_to_ice_custody', { count: 0 })).toBe('0 transfers to ICE custody');
    expect(translate('es', 'count.transfers_to_ice_custody', { count: 0 })).toBe('0 traslados a la custodia de ICE');
    expect(new Intl.PluralRules(formatLocales('pt-br')).select(0)).toBe('one');
    expect(translate('pt-br', 'count.transfers_to_ice_custody', { count: 0 })).toBe('0 transferência para a custódia do ICE');
    expect(translate('pt-br', 'count.transfers_to_ice_custody', { count: 2 })).toBe('2 transferências para a custódia do ICE');
  });

  it('refuses a string that is missing a parameter', () => {
    expect(() => translate('en', 'home.headline', { count: 3 })).toThrow('String "home.headline" needs {year}');
  });

  it('cuts a string into text and named slots for links', () => {
    expect(translateParts('en', 'figure.via', ['source', 'via'])).toEqual([
      { slot: 'source' }, { text: ', as described in the ' }, { slot: 'via' },
    ]);
  });

  it('describes small-base changes in counts, larger ones with a ratio too', () => {
    const change = { year: 2022, previousYear: 2021, value: 12, previous: 2, difference: 10, ratio: null, sourceIds: [] };
    expect(describeChange(change, 'en')).toBe('Up from 2 in 2021: 10 more (derived).');
    expect(describeChange({ ...change, year: 2025, previousYear: 2024, value: 57, previous: 15, difference: 42, ratio: 3.8 }, 'en'))
      .toBe('Up from 15 in 2024: 42 more (derived), 3.8 times as many (derived).');
    expect(describeChange({ ...change, value: 1, previous: 2, difference: -1 }, 'en')).toBe('Down from 2 in 2021: 1 fewer (derived).');
  });
});
