import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDirectory, loadData } from '../../../lib/data/index.ts';
import { fileResponse } from '../../../lib/downloads/serve.ts';
import { releaseDownloads } from '../../../lib/downloads/release-set.ts';
import { frozenFileRoutes, readSnapshots } from '../../../lib/releases/snapshots.ts';

// Every release's ZIP, byte for byte as frozen in data/releases/<version>/ (never made again from data/), or,
// for a release frozen before releases had one, made from its frozen files (releaseDownloads).
export const getStaticPaths = (() =>
  frozenFileRoutes(readSnapshots(dataDirectory(), loadData().releases), 'zip', (snapshot) => releaseDownloads(snapshot).files)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => fileResponse(props['files'], `${params.name}.zip`);
