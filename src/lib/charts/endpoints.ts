import { loadData, localizeData } from '../data/index.ts';
import { localeEntry, localeOf, localeParams, useStrings } from '../i18n/index.ts';
import { everyChart, type Chart } from './index.ts';
import type { StandaloneText } from './standalone.ts';

/** The props of a chart file's endpoint: the chart, and the words around it in a standalone file. */
export interface ChartFileProps {
  chart: Chart;
  text: StandaloneText;
}

/** Returns one static path per chart file name and language (/charts/<file>.svg, /es/charts/<file>.svg …), for every chart. */
export function chartFilePaths(): { params: { locale: string | undefined; chart: string }; props: ChartFileProps }[] {
  const data = loadData();
  return localeParams().flatMap(({ locale }) => {
    const t = useStrings(localeOf(locale));
    const text = { sourcesLabel: t('chart.sources'), notesLabel: t('chart.notes'), colon: t('punct.colon'), listSeparator: t('punct.listSeparator'), siteName: t('site.name'), lang: localeEntry(localeOf(locale)).tag };
    return everyChart(localizeData(data, localeOf(locale)), localeOf(locale)).map((chart) => ({ params: { locale, chart: chart.file }, props: { chart, text } }));
  });
}
