import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from '../../src/lib/site-url.ts';

describe('SITE_URL for a deployment build', () => {
  it('is required, and says how to set it', () => {
    expect(siteUrlProblem(undefined)).toMatch(/^SITE_URL is not set.*SITE_URL=https:\/\/your\.domain\/ npm run build/);
    expect(siteUrlProblem('')).toMatch(/^SITE_URL is not set/);
  });

  it('must be an absolute http or https address with no query or fragment', () => {
    expect(siteUrlProblem('/site/')).toMatch(/not an absolute address/);
    expect(siteUrlProblem('ftp://example.org/')).toMatch(/expected an http or https address/);
    expect(siteUrlProblem('https://example.org/?a=1')).toMatch(/expected no query or fragment/);
    expect(siteUrlProblem('https://detainers.example.org/')).toBeNull();
  });
});
