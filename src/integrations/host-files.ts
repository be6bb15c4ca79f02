import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cloudflareHeaders, netlifyHeaders, NGINX_POLICY_FILE, nginxPolicyMap } from '../lib/deploy/host-files.ts';
import { pagePolicyOf, siteFiles } from '../lib/deploy/site-files.ts';

/**
 * After the build, writes the host's _headers into the output from the site's header policy, with the pages'
 * own Content-Security-Policy: Cloudflare Pages' form by default, Netlify's with DEPLOY_HOST=netlify; and the
 * same policy as an nginx map that deploy/'s configuration includes (see the README's deployment notes).
 */
export function hostFiles(): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const host = process.env['DEPLOY_HOST'] === 'netlify' ? 'netlify' : 'cloudflare';
        const pagePolicy = pagePolicyOf(root);
        writeFileSync(join(root, '_headers'), host === 'netlify' ? netlifyHeaders(siteFiles(root), pagePolicy) : cloudflareHeaders(pagePolicy));
        writeFileSync(join(root, NGINX_POLICY_FILE), `${nginxPolicyMap(pagePolicy)}\n`);
        logger.info(`_headers written for ${host === 'netlify' ? 'Netlify' : 'Cloudflare Pages'}`);
      },
    },
  };
}
