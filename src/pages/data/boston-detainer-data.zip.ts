import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data/index.ts';
import { ARCHIVE } from '../../lib/downloads/release-set.ts';
import { fileResponse, latestReleaseFiles } from '../../lib/downloads/serve.ts';

export const GET: APIRoute = () => fileResponse(latestReleaseFiles(loadData()), ARCHIVE);
