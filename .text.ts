import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
for (const slug of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(`dist/${slug}/index.html`, 'utf8'));
  console.log('=====', slug);
  for (const e of document.querySelectorAll('main :is(h1,h2,p,li)')) console.log(e.tagName, e.textContent.replace(/\s+/g,' ').trim());
}
