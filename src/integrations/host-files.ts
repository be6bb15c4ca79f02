import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cloudflareHeaders, netlifyHeaders } from '../lib/deploy/host-files.ts';
import { siteFiles } from '../lib/deploy/site-files.ts';

/**
 * After the build, writes the host's _headers into the output from the site's header policy: Cloudflare Pages'
 * form by default, Netlify's with DEPLOY_HOST=netlify (see the README's deployment notes).
 */
export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const host = process.env['DEPLOY_HOST'] === 'netlify' ? 'netlify' : 'cloudflare';
        writeFileSync(join(root, '_headers'), host === 'netlify' ? netlifyHeaders(siteFiles(root)) : cloudflareHeaders());
        logger.info(`_headers written for ${host === 'netlify' ? 'Netlify' : 'Cloudflare Pages'}`);
      },
    },
  };
}
