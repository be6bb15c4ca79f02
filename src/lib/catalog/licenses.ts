import type { License } from './types.ts';

/** The data: facts compiled from public records, dedicated to the public domain. */
export const DATA_LICENSE: License = {
  id: 'CC0-1.0',
  title: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** The site's own text. */
export const TEXT_LICENSE: License = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
