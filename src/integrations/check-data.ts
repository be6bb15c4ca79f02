import type { AstroIntegration } from 'astro';
import { dataDirectory, formatIssue, validateData } from '../lib/data/index.ts';
import { latestReleaseFiles } from '../lib/downloads/serve.ts';
import { checkReleases } from '../lib/releases/snapshots.ts';

/**
 * Stops `astro build` and `astro dev` before any page is made when data/ has a problem, listing them all.
 * A release that is missing, changed, or behind data/ stops a build; `astro dev` only warns of it, so that
 * a new year can be looked at before it is released.
 */
export function checkData(): AstroIntegration {
  return {
    name: 'check-data',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        const { data, issues } = validateData();
        if (!data) {
          for (const issue of issues) logger.error(formatIssue(issue));
          throw withoutStack(`${issues.length} problem(s) in ${dataDirectory()}; nothing was built.`);
        }
        let releaseIssues;
        try {
          releaseIssues = checkReleases(dataDirectory(), data.releases, latestReleaseFiles(data));
        } catch (error) {
          // The data files' problems are issues; a release folder that cannot be read is still one plain line.
          throw withoutStack(`Could not check the releases in ${dataDirectory()}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (releaseIssues.length === 0) return;
        const report = command === 'build' ? logger.error.bind(logger) : logger.warn.bind(logger);
        for (const issue of releaseIssues) report(formatIssue(issue));
        if (command === 'build') throw withoutStack(`${releaseIssues.length} problem(s) with the releases in ${dataDirectory()}; nothing was built.`);
      },
    },
  };
}

/**
 * Returns an error that stops Astro after the problems were logged, one line each. Astro prints an error's
 * stack trace when it has one; here it would only point into an integration, never at the data or setting.
 */
export function withoutStack(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
