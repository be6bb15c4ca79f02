// `npm run favicon`: draws public/favicon.ico from public/favicon.svg, at 16, 32 and 48 px, for browsers that
// ask for /favicon.ico whatever the page says. Run it after changing the SVG, and commit both files.
import { readFileSync, writeFileSync } from 'node:fs';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';

const SIZES = [16, 32, 48];
const svg = readFileSync('public/favicon.svg');
// Each size drawn from the SVG itself (sharp), so that small sizes stay sharp; png-to-ico packs them in one file.
const images = await Promise.all(SIZES.map((size) => sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toBuffer()));
const ico = await pngToIco(images);
writeFileSync('public/favicon.ico', ico);
console.log(`public/favicon.ico: ${SIZES.join(', ')} px, ${ico.length} bytes`);
