import type { APIRoute } from 'astro';
import { dataDirectory, loadData } from '../../lib/data/index.ts';
import { useStrings } from '../../lib/i18n/index.ts';
import { renderReleaseFeed } from '../../lib/metadata/atom-feed.ts';
import { readReleaseChanges } from '../../lib/releases/changes.ts';
import { changesAsText, changesView } from '../../lib/views/release-changes.ts';

// The feed is in English, like the downloads it announces.
export const GET: APIRoute = ({ site }) => {
  const data = loadData();
  const history = readReleaseChanges(dataDirectory(), data.releases);
  const changesOf = (version: string) => {
    const changes = history.find((entry) => entry.version === version);
    return changes && changesAsText(changesView(changes, data, 'en'), 'en');
  };
  return new Response(renderReleaseFeed(data.releases, useStrings('en'), site, changesOf), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
