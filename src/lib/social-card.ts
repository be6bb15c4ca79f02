import { wrapText } from './charts/text-layout.ts';

/** The size social sites expect of a shared link's image. */
export const CARD = { width: 1200, height: 630 } as const;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns the social image path for a page: /og/home.png for the home page, /og/years-2025.png for /years/2025/. */
export function socialImagePath(pathname: string): string {
  const slug = pathname.replace(/^\/|\/$/g, '').replace(/\.html$/, '').replaceAll('/', '-');
  return `/og/${slug || 'home'}.png`;
}

/** Returns the first lines of a text, the last of them ending in an ellipsis if the text goes on. */
const firstLines = (lines: string[], count: number) =>
  lines.length <= count ? lines : [...lines.slice(0, count - 1), `${lines[count - 1] ?? ''}…`];

/** Returns the SVG of a page's social image: the site's name, the page's title and its description. */
export function socialCardSvg(page: { siteName: string; title: string; description: string }): string {
  const titleLines = firstLines(wrapText(page.title, 1000, 60), 3);
  const descriptionLines = firstLines(wrapText(page.description, 1000, 30), 3);
  const titleTop = 200;
  const descriptionTop = titleTop + titleLines.length * 76 + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    '<rect width="24" height="100%" fill="#0b3d73"/>',
    '<g font-family="DejaVu Sans, Verdana, sans-serif">',
    `<text x="90" y="110" font-size="34" font-weight="bold" fill="#0b57a4">${escapeXml(page.siteName)}</text>`,
    ...titleLines.map((line, index) => `<text x="90" y="${titleTop + index * 76}" font-size="60" font-weight="bold" fill="#1b1b1b">${escapeXml(line)}</text>`),
    ...descriptionLines.map((line, index) => `<text x="90" y="${descriptionTop + index * 44}" font-size="30" fill="#4f5459">${escapeXml(line)}</text>`),
    '</g>',
    '</svg>',
  ].join('\n');
}
