// Part of `npm run build`, the build meant for deployment: stops, with one plain line, unless SITE_URL is the
// site's public address (src/lib/site-url.ts). `npm start`, `npm run build:local` and the tests do not need it.
import { siteUrlProblem } from '../src/lib/site-url.ts';

const problem = siteUrlProblem(process.env['SITE_URL']);
if (problem) {
  console.error(problem);
  process.exit(1);
}
