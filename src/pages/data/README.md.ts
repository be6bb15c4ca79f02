import type { APIRoute } from 'astro';
import { loadData } from '../../lib/data/index.ts';
import { README } from '../../lib/downloads/release-readme.ts';
import { fileResponse, latestReleaseFiles } from '../../lib/downloads/serve.ts';

export const GET: APIRoute = () => fileResponse(latestReleaseFiles(loadData()), README);
