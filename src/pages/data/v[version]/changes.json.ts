import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDirectory, loadData } from '../../../lib/data/index.ts';
import { jsonResponse } from '../../../lib/downloads/serve.ts';
import { readReleaseChanges } from '../../../lib/releases/changes.ts';

// What each release changed, as JSON: /data/v<version>/changes.json, computed from the frozen files of the
// release and of the one before it (src/lib/releases/changes.ts).
export const getStaticPaths = (() => readReleaseChanges(dataDirectory(), loadData().releases)
  .map((changes) => ({ params: { version: changes.version }, props: { changes } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props['changes']);
