import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDirectory, loadData } from '../../../lib/data/index.ts';
import { fileResponse } from '../../../lib/downloads/serve.ts';
import { frozenFileRoutes, readSnapshots } from '../../../lib/releases/snapshots.ts';

// Every release's .zip files, byte for byte as frozen in data/releases/<version>/: never made again from data/.
export const getStaticPaths = (() => frozenFileRoutes(readSnapshots(dataDirectory(), loadData().releases), 'zip')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => fileResponse(props['files'], `${params.name}.zip`);
