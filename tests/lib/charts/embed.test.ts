import { describe, expect, it } from 'vitest';
import { embedFrameSize, oembedLink, oembedResponse, renderEmbedCode } from '../../../src/lib/charts/embed.ts';
import { requestsByYearChart } from '../../../src/lib/charts/index.ts';
import { loadData, localizeData } from '../../../src/lib/data/index.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'tests/fixtures/base', today: TODAY });
const SITE = new URL('https://data.example.org/');
const chart = requestsByYearChart(data, 'en');
const spanish = requestsByYearChart(localizeData(data, 'es'), 'es', 2024);

describe('embed code', () => {
  it('is an iframe of the chart’s embed page, named by its title, as wide as its column and as tall as its frame', () => {
    expect(renderEmbedCode(chart, 'en', SITE)).toBe(`<iframe src="https://data.example.org/embed/requests-by-year/" title="${chart.title}" width="100%" height="${embedFrameSize(chart).height}" style="border:0" loading="lazy"></iframe>`);
    expect(renderEmbedCode(spanish, 'es', undefined)).toMatch(/^<iframe src="\/es\/embed\/requests-by-year-2024\/" /);
  });

  it('escapes a title that holds a quote or an ampersand', () => {
    expect(renderEmbedCode({ ...chart, title: 'BPD & ICE: "two counts"' }, 'en', SITE)).toContain('title="BPD &amp; ICE: &quot;two counts&quot;"');
  });
});

describe('oEmbed', () => {
  it('answers with a rich response: the embed code, its frame’s size, the chart’s title and the site as provider', () => {
    expect(oembedResponse(spanish, 'es', SITE, 'Datos')).toEqual({
      version: '1.0',
      type: 'rich',
      title: spanish.title,
      provider_name: 'Datos',
      provider_url: 'https://data.example.org/',
      html: renderEmbedCode(spanish, 'es', SITE),
      width: embedFrameSize(spanish).width,
      height: embedFrameSize(spanish).height,
    });
    expect(Number.isInteger(embedFrameSize(chart).width) && Number.isInteger(embedFrameSize(chart).height)).toBe(true);
  });

  it('writes root-relative URLs when the site’s address is not set, never a made-up domain', () => {
    const response = oembedResponse(chart, 'en', undefined, 'Site');
    expect(response.provider_url).toBe('/');
    expect(response.html).toContain('src="/embed/requests-by-year/"');
  });

  it('is found by a discovery link beside the embed page, in the chart’s language', () => {
    expect(oembedLink(spanish, 'es', SITE)).toEqual({ href: 'https://data.example.org/es/embed/requests-by-year-2024/oembed.json', title: spanish.title });
    expect(oembedLink(chart, 'en', undefined).href).toBe('/embed/requests-by-year/oembed.json');
  });
});
