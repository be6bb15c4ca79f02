import type { AstroIntegration } from 'astro';
import { dataDirectory, formatIssue, validateData } from '../lib/data/index.ts';

/** Stops `astro build` and `astro dev` before any page is made when data/ has a problem, listing them all. */
export function checkData(): AstroIntegration {
  return {
    name: 'check-data',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { issues } = validateData();
        if (issues.length === 0) return;
        for (const issue of issues) logger.error(formatIssue(issue));
        throw new Error(`${issues.length} problem(s) in ${dataDirectory()}; nothing was built.`);
      },
    },
  };
}
