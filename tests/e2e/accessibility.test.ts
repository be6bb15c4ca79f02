import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { SAMPLED_PAGES, useBrowser, useVisit } from './session.ts';

const browser = useBrowser();

describe.each(SAMPLED_PAGES)('$path', ({ path }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in the ${colorScheme} colour scheme`, () => {
      const visited = useVisit(browser, path, { colorScheme });

      it('has no axe-core violation of WCAG 2.0, 2.1 or 2.2 at level A or AA', async () => {
        const violations = await axeViolations(visited().page);
        expect(violations, violations.join('\n')).toEqual([]);
      });
    });
  }
});
