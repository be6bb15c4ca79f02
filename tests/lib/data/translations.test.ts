import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/issues.ts';
import { validateData } from '../../../src/lib/data/load.ts';
import { fixtureData, TODAY } from '../../helpers/fixture-data.ts';

describe('data labels in other languages', () => {
  it('are not required: a language with no file yet shows them in English, and check:data says so, naming the file', () => {
    const dir = fixtureData('translations-missing', {});
    rmSync(join(dir, 'translations', 'vi.csv'));
    const { data, issues, untranslated } = validateData({ dataDir: dir, today: TODAY });
    expect(issues).toEqual([]);
    expect(data?.translations.vi?.size).toBe(0);
    expect(untranslated.map(formatIssue).map((message) => message.replace(`${dir}/`, ''))).toContainEqual(expect.stringMatching(/^translations\/vi\.csv: expected the data's labels in Tiếng Việt, found no file yet/));
  });
});
