import type { AstroIntegration } from 'astro';
import { contactEmailNotice, type BuildNotice } from '../lib/metadata/dcat-us.ts';
import { withoutStack } from './check-data.ts';

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
        if (notice?.level === 'error') throw withoutStack(notice.message);
      },
      // At the end, where a warning is read rather than scrolled past.
      'astro:build:done': ({ logger }) => {
        if (notice?.level === 'warn') logger.warn(notice.message);
      },
    },
  };
}
