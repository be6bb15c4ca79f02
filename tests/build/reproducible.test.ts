import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../helpers/site-files.ts';
import { SITE_WITH_URL, SITE_WITH_URL_AGAIN } from './site.ts';

// The published checksums, the frozen releases and anyone's citation of a file depend on a build giving the same
// bytes every time: two deployment builds of the same commit, one after the other, must not differ in any file.
const digest = (site: string, file: string) => createHash('sha256').update(readFileSync(join(site, file))).digest('hex');

describe('two builds of the same commit', () => {
  it('write the same files, byte for byte, social images and chart PNGs included', () => {
    const files = siteFiles(SITE_WITH_URL);
    expect(files.filter((file) => file.endsWith('.png')).length).toBeGreaterThan(100);
    expect(siteFiles(SITE_WITH_URL_AGAIN)).toEqual(files);
    expect(files.filter((file) => digest(SITE_WITH_URL, file) !== digest(SITE_WITH_URL_AGAIN, file))).toEqual([]);
  });
});
