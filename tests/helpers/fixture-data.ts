import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, validateData } from '../../src/lib/data/index.ts';

const BASE = 'tests/fixtures/base';
const OUTPUT = 'tests/.output/fixtures';
/** The day the tests read data/ on, so that "no future date" does not depend on the clock: its latest release's day. */
export const TODAY = new Date('2026-12-07T12:00:00Z');
/** The day the fixture folders' dates are checked on: their "future" dates (2026-12-01, 2026-12) are after it. */
export const FIXTURE_TODAY = new Date('2026-11-30T12:00:00Z');

/**
 * Returns a data folder made of the base fixture with some files replaced: each value is the path of a
 * fixture file to copy, or `{ text }` to write.
 */
export function fixtureData(name: string, replace: Record<string, string | { text: string }>): string {
  const dir = join(OUTPUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(BASE, dir, { recursive: true });
  for (const [file, content] of Object.entries(replace)) {
    if (typeof content === 'string') cpSync(content, join(dir, file));
    else writeFileSync(join(dir, file), content.text);
  }
  return dir;
}

/** Validates a data folder and returns its messages, with the folder's path cut from the front. */
export function messagesFor(dir: string): string[] {
  const { issues } = validateData({ dataDir: dir, today: FIXTURE_TODAY });
  return issues.map((issue) => formatIssue(issue).replace(`${dir}/`, ''));
}
