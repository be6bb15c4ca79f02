// Prints, as JSON, what every language's formatting gives for a set of values: run by
// tests/lib/format-machine-locale.test.ts under two different LANG values, which must print the same bytes.
import { requestsByYearChart } from '../../src/lib/charts/requests-by-year.ts';
import { loadData } from '../../src/lib/data/index.ts';
import { TODAY } from './fixture-data.ts';
import { formatCount, formatDate, formatDayAndMonth, formatPercent, formatRatio } from '../../src/lib/format.ts';
import { LOCALES, translate } from '../../src/lib/i18n/index.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const sample = LOCALES.map(({ key }) => ({
  key,
  resolved: new Intl.NumberFormat(LOCALES.find((entry) => entry.key === key)?.format).resolvedOptions().locale,
  numbers: [formatCount(1234567, key), formatPercent(28, key), formatPercent(12.5, key), formatRatio(3.8, key)],
  dates: [formatDate('2026-11-30', key), formatDate('2025-01-05', key), formatDayAndMonth('2026-07-04', key)],
  plurals: [0, 1, 2, 1234].map((count) => translate(key, 'home.headline', { year: '2025', count })),
  chart: requestsByYearChart(data, key).svg,
}));
process.stdout.write(JSON.stringify(sample, null, 1));
