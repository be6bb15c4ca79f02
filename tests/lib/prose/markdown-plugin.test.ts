import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/index.ts';
import { prosePlugin } from '../../../src/lib/prose/markdown-plugin.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

/** Renders Markdown as Astro does, with the frontmatter the page would have. */
async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const plugin = prosePlugin({ loadData: () => loadData({ dataDir: 'data', today: TODAY }) });
  const { html } = await markdownToHtml(markdown, { mdastPlugins: [plugin], data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } });
  return html;
}

describe('the prose Markdown plugin', () => {
  it('fills figures, numbers citations and links the first use of terms', async () => {
    const html = await render('BPD received {{count 2025 BPD detainer_requests}} requests.{{cite bpd-letter-2025}} BPD says so.');
    expect(html).toBe('<p><a href="/glossary/#bpd" class="term">BPD</a> received 57 requests.<sup><a href="/sources/#bpd-letter-2025" class="cite" aria-label="Source 1: BPD letter to the City Clerk">[1]</a></sup> BPD says so.</p>\n');
  });

  it('fills figures in a heading or a link, but links nothing there', async () => {
    const html = await render('## ICE counted {{count 2024 ICE detainer_requests}}\n\n[What ICE says](/x/) and then ICE.');
    expect(html).toContain('<h2>ICE counted 198</h2>');
    expect(html).toContain('<a href="/x/">What ICE says</a> and then <a href="/glossary/#ice" class="term">ICE</a>.');
  });

  it('does not link again a term the summary has linked, and numbers citations after the summary’s', async () => {
    const summary = 'ICE sends requests.{{cite wbur-fax}}';
    const html = await render('ICE and BPD.{{cite report-2025}}', { summary });
    expect(html).toBe('<p>ICE and <a href="/glossary/#bpd" class="term">BPD</a>.<sup><a href="/sources/#report-2025" class="cite" aria-label="Source 2: News report on the 2025 figures">[2]</a></sup></p>\n');
  });

  it('counts a heading that names a term, as in the glossary, as the term’s first use', async () => {
    const html = await render('## Custody\n\nBeing held in custody by ICE.');
    expect(html).toContain('<p>Being held in custody by <a href="/glossary/#ice" class="term">ICE</a>.</p>');
  });

  it('marks what a definition rests on with a line under it, in the words of en.ts', async () => {
    const general = await render('## Bail\n\nMoney paid to go free.\n\n{{definition general}}\n\nUnder the Trust Act, so.{{cite wbur-fax}}');
    expect(general).toContain('<p>Money paid to go free.</p>\n<p class="definition-basis" data-basis="general"><em>General explanation, not from the sources.</em></p>');
    const sourced = await render('## ICE\n\nA federal agency.{{cite wbur-fax}}\n\n{{definition sourced}}');
    expect(sourced).toContain('<p class="definition-basis" data-basis="sourced"><em>Explanation based on the sources cited.</em></p>');
    const site = await render('## Derived\n\nWorked out here.\n\n{{definition site}}');
    expect(site).toContain('<p class="definition-basis" data-basis="site"><em>This site’s own term, not from the sources.</em></p>');
  });

  it('refuses a cited general definition, an uncited sourced one, and a marking out of place', async () => {
    await expect(render('## Removable\n\nCould be made to leave.{{cite report-2025}}\n\n{{definition general}}'))
      .rejects.toThrow('{{definition general}}: the definition above cites a source');
    await expect(render('## Derived\n\nWorked out.{{cite report-2025}}\n\n{{definition site}}')).rejects.toThrow('{{definition site}}: the definition above cites a source');
    await expect(render('## ICE\n\nA federal agency.\n\n{{definition sourced}}')).rejects.toThrow('{{definition sourced}}: the definition above cites no source');
    // The count starts again at each heading: the entry above's citation does not count for the next.
    await expect(render('## ICE\n\nAn agency.{{cite wbur-fax}}\n\n{{definition sourced}}\n\n## Bail\n\nMoney.\n\n{{definition sourced}}')).rejects.toThrow('cites no source');
    await expect(render('## Bail\n\nMoney. {{definition general}}')).rejects.toThrow('{{definition …}} goes on a line of its own');
    await expect(render('## Bail\n\nMoney.\n\n{{definition general}}\n\n{{definition general}}')).rejects.toThrow('one per entry');
    await expect(render('## Bail\n\nMoney.\n\n{{definition common}}')).rejects.toThrow('{{definition common}}: write {{definition general}}, {{definition site}} or {{definition sourced}}');
  });

  it('stops the build with the placeholder named when a figure is not in data/', async () => {
    await expect(render('{{count 1999 BPD detainer_requests}}')).rejects.toThrow('{{count 1999 BPD detainer_requests}}: no such figure in data/figures.csv');
  });
});
