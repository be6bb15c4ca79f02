import type { AstroIntegration } from 'astro';
import { contactEmailNotice, type BuildNotice } from '../lib/metadata/dcat-us.ts';

/**
 * Stops `astro build` when CONTACT_EMAIL is not an email address, and ends a deployment build (SITE_URL set) that
 * has none with a warning saying what /data.json lacks and how to give it (src/lib/metadata/dcat-us.ts).
 */
export function contactEmail(): AstroIntegration {
  let notice: BuildNotice | null = null;
  return {
    name: 'contact-email',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        notice = contactEmailNotice(process.env['CONTACT_EMAIL'] || undefined, config.site ? new URL(config.site) : undefined);
        if (notice?.level === 'error') {
          // Astro prints an error's stack trace when it has one; here it would only point into this file.
          const error = new Error(notice.message);
          error.stack = '';
          throw error;
        }
      },
      // At the end, where a warning is read rather than scrolled past.
      'astro:build:done': ({ logger }) => {
        if (notice?.level === 'warn') logger.warn(notice.message);
      },
    },
  };
}
