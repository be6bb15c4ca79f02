import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { latestReleaseFiles } from '../../../src/lib/downloads/serve.ts';
import { useStrings } from '../../../src/lib/i18n/index.ts';
import { dcatCatalog } from '../../../src/lib/metadata/dcat-us.ts';
import { renderReleaseFeed } from '../../../src/lib/metadata/atom-feed.ts';
import { datasetJsonLd } from '../../../src/lib/metadata/schema-org.ts';
import { publicUrl } from '../../../src/lib/urls.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const pkg = describePackage(data);
const files = latestReleaseFiles(data);
const site = new URL('https://data.example.org/');
const t = useStrings('en');

describe('addresses in the metadata', () => {
  it('are root-relative while the site’s address is unknown, and absolute once SITE_URL gives it', () => {
    expect(publicUrl('/data/sources.csv', undefined)).toBe('/data/sources.csv');
    expect(publicUrl('/data/sources.csv', site)).toBe('https://data.example.org/data/sources.csv');
  });

  it('in JSON-LD, DCAT-US and the feed, never name a domain unless it is given', () => {
    const unknown = JSON.stringify([datasetJsonLd(pkg, files, undefined), dcatCatalog(pkg, files, undefined)]) + renderReleaseFeed(data.releases, t, undefined);
    expect(unknown).not.toMatch(/example\.org|localhost/);
    expect(datasetJsonLd(pkg, files, undefined).distribution.map((item) => item.contentUrl)).toContain('/data/detainer-figures.csv');
    expect(datasetJsonLd(pkg, files, site).distribution.map((item) => item.contentUrl)).toContain('https://data.example.org/data/detainer-figures.csv');
    expect(dcatCatalog(pkg, files, site).dataset[0]?.distribution.map((item) => item.downloadURL)).toContain('https://data.example.org/data/sources.json');
    expect(renderReleaseFeed(data.releases, t, site)).toContain('href="https://data.example.org/data/feed.xml"');
  });

  it('give DCAT-US a contact address only when one is configured', () => {
    expect(dcatCatalog(pkg, files, site).dataset[0]?.contactPoint).toEqual({ '@type': 'vcard:Contact', fn: 'Boston Detainer Data' });
    expect(dcatCatalog(pkg, files, site, 'data@example.org').dataset[0]?.contactPoint).toMatchObject({ hasEmail: 'mailto:data@example.org' });
  });
});
