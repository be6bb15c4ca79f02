import { loadData } from '../data/index.ts';
import { useStrings } from '../i18n/index.ts';
import { everyChart, type Chart } from './index.ts';
import type { StandaloneText } from './standalone.ts';

/** The props of a chart file's endpoint: the chart, and the words around it in a standalone file. */
export interface ChartFileProps {
  chart: Chart;
  text: StandaloneText;
}

/** Returns one static path per chart file name (/charts/<file>.svg and its siblings), for every chart. */
export function chartFilePaths(): { params: { chart: string }; props: ChartFileProps }[] {
  const t = useStrings('en');
  const text = { sourcesLabel: t('chart.sources'), notesLabel: t('chart.notes'), siteName: t('site.name') };
  return everyChart(loadData(), 'en').map((chart) => ({ params: { chart: chart.file }, props: { chart, text } }));
}
