import { describe, expect, it } from 'vitest';
import { appendReleaseRow, isoToday, nextVersion, releaseMessage } from '../../../src/lib/releases/new-release.ts';

describe('a new release’s row', () => {
  it('is versioned by its date, and a second release the same day gets .2, a third .3', () => {
    expect(nextVersion([{ version: '2026.11.30' }], '2027-01-05')).toBe('2027.01.05');
    expect(nextVersion([{ version: '2027.01.05' }], '2027-01-05')).toBe('2027.01.05.2');
    expect(nextVersion([{ version: '2027.01.05' }, { version: '2027.01.05.2' }], '2027-01-05')).toBe('2027.01.05.3');
    // A day's version never matches another day's by prefix: 2027.01.0 is not 2027.01.05.
    expect(nextVersion([{ version: '2027.01.15' }], '2027-01-01')).toBe('2027.01.01');
  });

  it('is dated today in UTC, as check:data compares dates', () => {
    expect(isoToday(new Date('2027-01-05T23:30:00-05:00'))).toBe('2027-01-06');
  });

  it('is appended in the file’s own line endings, quoted where it must be, after a missing last line break', () => {
    expect(appendReleaseRow('version,date,changes\r\n', { version: '2027.01.05', date: '2027-01-05', changes: 'Adds 2026, "as BPD says".' }))
      .toBe('version,date,changes\r\n2027.01.05,2027-01-05,"Adds 2026, ""as BPD says""."\r\n');
    expect(appendReleaseRow('version,date,changes\na,b,c', { version: 'v', date: 'd', changes: 'Plain.' })).toBe('version,date,changes\na,b,c\nv,d,Plain.\n');
  });

  it('needs a message: empty or blank is refused, as is one too long for releases.csv', () => {
    expect(releaseMessage([])).toEqual({ error: expect.stringContaining('Say what changed') });
    expect(releaseMessage(['  '])).toEqual({ error: expect.stringContaining('Say what changed') });
    expect(releaseMessage(['x'.repeat(501)])).toEqual({ error: expect.stringContaining('at most 500') });
    expect(releaseMessage(['Adds', 'a year.'])).toEqual({ message: 'Adds a year.' });
  });
});
