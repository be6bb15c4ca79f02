import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { latestReleaseFiles } from '../../../src/lib/downloads/serve.ts';
import { contactEmailNotice, dcatCatalog, NON_FEDERAL_SCHEMA } from '../../../src/lib/metadata/dcat-us.ts';
import { errorsOf, nonFederalCatalogValidator, SCHEMA_SKIPPED } from '../../helpers/dcat-us-schema.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const pkg = describePackage(data);
const files = latestReleaseFiles(data);
const site = new URL('https://data.example.org/');

describe('the DCAT-US catalog', () => {
  it('declares Project Open Data’s non-federal schema, and the one schema version that schema admits', () => {
    const catalog = dcatCatalog(pkg, files, site);
    expect(NON_FEDERAL_SCHEMA).toBe('https://raw.githubusercontent.com/GSA/ckanext-datajson/main/ckanext/datajson/pod_schema/non-federal-v1.1/catalog.json');
    expect(catalog.describedBy).toBe(NON_FEDERAL_SCHEMA);
    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
  });

  it('gives every field the non-federal schema requires, and no federal agency’s codes', () => {
    const [dataset] = dcatCatalog(pkg, files, site).dataset;
    expect(dataset).toMatchObject({ accessLevel: 'public', publisher: { name: 'Boston Detainer Data' }, contactPoint: { fn: 'Boston Detainer Data' } });
    for (const key of ['title', 'description', 'identifier']) expect(dataset, key).toHaveProperty(key, expect.stringMatching(/./));
    expect(dataset).not.toHaveProperty('bureauCode');
    expect(dataset).not.toHaveProperty('programCode');
  });

  it(`is valid against the non-federal schema, with and without a contact address${SCHEMA_SKIPPED}`, ({ skip }) => {
    const validate = nonFederalCatalogValidator();
    if (!validate) return skip();
    for (const email of [undefined, 'data@example.org']) {
      expect(validate(dcatCatalog(pkg, files, site, email)), errorsOf(validate).join('; ')).toBe(true);
    }
    // The check does fail: no publisher, and an address that is not one.
    const [dataset] = dcatCatalog(pkg, files, site, 'not an address').dataset;
    const { publisher: _publisher, ...withoutPublisher } = dataset ?? {};
    expect(validate({ ...dcatCatalog(pkg, files, site), dataset: [withoutPublisher] })).toBe(false);
    expect(errorsOf(validate)).toEqual(['/dataset/0 must have required property \'publisher\'', expect.stringMatching(/^\/dataset\/0\/contactPoint\/hasEmail must match pattern/)]);
  });
});

describe('CONTACT_EMAIL in a build', () => {
  it('is asked for by a warning in a deployment build that has none, naming the variable and what /data.json lacks', () => {
    for (const unset of [undefined, '']) {
      const notice = contactEmailNotice(unset, site);
      expect(notice?.level).toBe('warn');
      expect(notice?.message).toMatch(/^CONTACT_EMAIL is not set, so \/data\.json gives no contact email address \(contactPoint\.hasEmail\)/);
      expect(notice?.message).toContain('CONTACT_EMAIL=someone@your.domain');
    }
  });

  it('is not asked for in a build only to look at the site (no SITE_URL)', () => {
    expect(contactEmailNotice(undefined, undefined)).toBeNull();
  });

  it('says nothing when it is an address, and stops the build when it is not one', () => {
    expect(contactEmailNotice('data@example.org', site)).toBeNull();
    expect(contactEmailNotice('data@example.org', undefined)).toBeNull();
    for (const wrong of ['mailto:data@example.org', 'data', 'data@example', 'a b@example.org', 'data@example.org ']) {
      expect(contactEmailNotice(wrong, site), wrong).toEqual({ level: 'error', message: expect.stringMatching(/^CONTACT_EMAIL is ".*", which is not an email address/) });
      expect(contactEmailNotice(wrong, undefined)?.level, wrong).toBe('error');
    }
  });
});
