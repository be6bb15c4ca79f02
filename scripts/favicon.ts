// `npm run favicon`: draws public/favicon.ico from public/favicon.svg, at 16, 32 and 48 px, for browsers that
// ask for /favicon.ico whatever the page says. Run it after changing the SVG, and commit both files.
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const SIZES = [16, 32, 48];
const svg = readFileSync('public/favicon.svg');
const images = await Promise.all(SIZES.map((size) => sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toBuffer()));

// An ICO file: a 6-byte header, a 16-byte entry per image, then the images (PNG, which every browser reads in ICO).
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length + 16 * images.length;
const entries = images.map((image, index) => {
  const size = SIZES[index] ?? 0;
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size % 256, 0);
  entry.writeUInt8(size % 256, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(image.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += image.length;
  return entry;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...entries, ...images]));
console.log(`public/favicon.ico: ${SIZES.join(', ')} px, ${offset} bytes`);
