import type { APIRoute } from 'astro';
import { describePackage } from '../lib/catalog/package.ts';
import { loadData } from '../lib/data/index.ts';
import { jsonResponse, latestReleaseFiles } from '../lib/downloads/serve.ts';
import { dcatCatalog } from '../lib/metadata/dcat-us.ts';

// DCAT-US asks for a contact address; CONTACT_EMAIL gives it when the site has one. None is invented.
export const GET: APIRoute = ({ site }) => {
  const data = loadData();
  const catalog = dcatCatalog(describePackage(data), latestReleaseFiles(data), site, process.env['CONTACT_EMAIL'] || undefined);
  return jsonResponse(catalog);
};
