import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDirectory, loadData } from '../../../lib/data/index.ts';
import { fileResponse } from '../../../lib/downloads/serve.ts';
import { frozenFileRoutes, readSnapshots } from '../../../lib/releases/snapshots.ts';

// Each release's checksums, as frozen with its files.
export const getStaticPaths = (() =>
  frozenFileRoutes(readSnapshots(dataDirectory(), loadData().releases), 'txt').map(({ params, props }) => ({ params: { version: params.version }, props }))
) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => fileResponse(props['files'], 'sha256sums.txt');
