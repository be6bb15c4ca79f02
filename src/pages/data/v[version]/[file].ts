import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDirectory, loadData } from '../../../lib/data/index.ts';
import { fileResponse } from '../../../lib/downloads/serve.ts';
import { readSnapshots } from '../../../lib/releases/snapshots.ts';

// Every release's files, byte for byte as frozen in data/releases/<version>/: never made again from data/.
export const getStaticPaths = (() =>
  readSnapshots(dataDirectory(), loadData().releases).flatMap((snapshot) =>
    snapshot.files.map((file) => ({ params: { version: snapshot.release.version, file: file.name }, props: { files: snapshot.files } })))
) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => fileResponse(props['files'], params.file ?? '');
