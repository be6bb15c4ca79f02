import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePackage } from '../../../src/lib/catalog/package.ts';
import type { DataPackage } from '../../../src/lib/catalog/types.ts';
import { loadData } from '../../../src/lib/data/index.ts';
import { readSnapshots } from '../../../src/lib/releases/snapshots.ts';
import { codeSnippets, type SnippetId } from '../../../src/lib/views/code-snippets.ts';
import { TODAY } from '../../helpers/fixture-data.ts';

const data = loadData({ dataDir: 'data', today: TODAY });
const pkg = describePackage(data);
const snapshots = readSnapshots('data', data.releases);
const SITE = new URL('https://data.example.org/');
const codeOf = (id: SnippetId, snippets = codeSnippets(pkg, snapshots, SITE)) => snippets.find((snippet) => snippet.id === id)?.code ?? '';

describe('code that loads the data', () => {
  it('comes in Python, R, JavaScript, a spreadsheet formula and the shell', () => {
    expect(codeSnippets(pkg, snapshots, SITE).map((snippet) => snippet.id)).toEqual(['python', 'r', 'javascript', 'spreadsheet', 'shell']);
  });

  it('reads value as a decimal number (it holds percentages too), years as whole numbers and derived as true or false', () => {
    expect(codeOf('python')).toContain('dtype={"year": "Int64", "value": "Float64", "derived": "boolean"},');
    expect(codeOf('r')).toContain('year = col_integer(),\n    value = col_double(),\n    derived = col_logical(),\n    .default = col_character()');
    expect(codeOf('javascript')).toContain('year: number(row.year),\n  value: number(row.value),\n  derived: row.derived === "true",');
  });

  it('keeps an empty cell, and only an empty cell, as "not reported", never 0', () => {
    expect(codeOf('python')).toContain('keep_default_na=False,\n    na_values=[""],');
    expect(codeOf('r')).toContain('na = ""');
    expect(codeOf('javascript')).toContain('const number = (text) => (text === "" ? null : Number(text));');
  });

  it('takes each reader\'s types from the one description of the columns', () => {
    // One more whole-number column in the figures table: each reader reads it as one, with no change to the code.
    const withCount: DataPackage = {
      ...pkg,
      datasets: pkg.datasets.map((dataset) => (dataset.id !== 'detainer-figures' ? dataset : {
        ...dataset, columns: [...dataset.columns, { name: 'rank', type: 'integer', unit: 'count', description: '', constraints: {} }],
      })),
    };
    const snippets = codeSnippets(withCount, snapshots, SITE);
    expect(codeOf('python', snippets)).toContain('"derived": "boolean", "rank": "Int64"}');
    expect(codeOf('r', snippets)).toContain('rank = col_integer(),');
    expect(codeOf('javascript', snippets)).toContain('rank: number(row.rank),');
  });

  it('loads the latest files from their absolute URL once the site\'s address is known, and from the root-relative path without it', () => {
    expect(codeSnippets(pkg, snapshots, SITE).slice(0, 4).map((snippet) => snippet.urls)).toEqual([
      ['https://data.example.org/data/detainer-figures.csv'],
      ['https://data.example.org/data/detainer-figures.csv'],
      ['https://data.example.org/data/detainer-figures.csv'],
      ['https://data.example.org/data/detainer-requests-by-year.csv'],
    ]);
    expect(codeOf('spreadsheet')).toBe('=IMPORTDATA("https://data.example.org/data/detainer-requests-by-year.csv")');
    const local = codeSnippets(pkg, snapshots, undefined);
    expect(local.flatMap((snippet) => snippet.urls).every((url) => url.startsWith('/data/'))).toBe(true);
    expect(local.map((snippet) => snippet.code).join('\n')).not.toContain('://');
  });

  it('downloads the latest frozen release, the files its sha256sums.txt lists, and checks them with sha256sum -c', () => {
    const latest = data.releases.at(-1)?.version ?? '';
    const listed = readFileSync(`data/releases/${latest}/sha256sums.txt`, 'utf8').trim().split('\n').map((line) => line.split(/\s+\*?/)[1]);
    const shell = codeSnippets(pkg, snapshots, SITE).find((snippet) => snippet.id === 'shell');
    expect(shell?.version).toBe(latest);
    expect(shell?.urls).toEqual([...listed, 'sha256sums.txt'].map((name) => `https://data.example.org/data/v${latest}/${name}`));
    const lines = shell?.code.split('\n') ?? [];
    expect(lines[0]).toBe(`mkdir -p boston-detainer-data-v${latest} && cd boston-detainer-data-v${latest}`);
    expect(lines.at(-1)).toBe('sha256sum -c sha256sums.txt');
  });

  it('leaves the shell out while no release is frozen (astro dev before npm run release)', () => {
    expect(codeSnippets(pkg, [], SITE).map((snippet) => snippet.id)).toEqual(['python', 'r', 'javascript', 'spreadsheet']);
  });
});
