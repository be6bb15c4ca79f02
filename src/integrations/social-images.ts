import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { socialCardSvg, socialImagePath } from '../lib/social-card.ts';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []);

/**
 * After the build, draws a social image for every page that asks for one (its og:image), from the page's own
 * title and description, so that every page, whatever made it, gets one.
 */
export function socialImages(): AstroIntegration {
  return {
    name: 'social-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const file of htmlFiles(root)) {
          const { document } = parseHTML(readFileSync(file, 'utf8'));
          const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
          if (!image) continue;
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const out = join(root, socialImagePath(path));
          const svg = socialCardSvg({
            siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
            title: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
            description: document.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '',
          });
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
          count += 1;
        }
        logger.info(`${count} social images drawn`);
      },
    },
  };
}
