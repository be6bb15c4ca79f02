// `npm run deploy:config`: writes deploy/nginx/boston-detainer-data.conf from the site's header policy
// (src/lib/deploy/headers.ts). A test fails while the committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nginxConfig, PRODUCTION_NGINX } from '../src/lib/deploy/host-files.ts';

mkdirSync(dirname(PRODUCTION_NGINX.path), { recursive: true });
writeFileSync(PRODUCTION_NGINX.path, nginxConfig(PRODUCTION_NGINX.options));
console.log(`Wrote ${PRODUCTION_NGINX.path}`);
