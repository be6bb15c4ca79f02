import { describe, expect, it } from 'vitest';
import { proseSchema, sentenceCount } from '../../../src/lib/content/schema.ts';

const schema = proseSchema(['wbur-fax', 'report-2025']);
const valid = {
  title: 'What is an ICE detainer request?',
  summary: 'A detainer request is a civil request.{{cite wbur-fax}} It asks the police to tell ICE first.',
  updated: '2026-11-23',
  sources: ['wbur-fax'],
};
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the frontmatter of a prose page', () => {
  it('accepts a title, a summary of two or three sentences, a date and known sources', () => {
    const result = schema.parse(valid);
    expect(result.updated.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(result.related).toEqual([]);
  });

  it('counts sentences, not the full stops in placeholders or numbers', () => {
    expect(sentenceCount('That is {{times 2025 BPD detainer_requests}} the number. It rose.')).toBe(2);
    expect(sentenceCount('ICE says 13.2 times as many. BPD disagrees. Both are shown.')).toBe(3);
    expect(sentenceCount('波士顿警察局称收到了{{count 2025 BPD detainer_requests}}份扣留请求。这是2024年的{{times 2025 BPD detainer_requests}}。')).toBe(2);
  });

  it('names each mistake so that a writer can fix it', () => {
    expect(messages({ ...valid, summary: 'Only one sentence.' })).toEqual(['summary: write the summary in two or three sentences']);
    expect(messages({ ...valid, summary: 'One. Two. Three. Four.' })).toEqual(['summary: write the summary in two or three sentences']);
    expect(messages({ ...valid, sources: ['wbur-fax', 'wbur'] })).toEqual(['sources.1: no source "wbur" in data/sources.csv']);
    expect(messages({ ...valid, sources: [] })).toEqual(['sources: name the sources the page rests on']);
    expect(messages({ ...valid, updated: 'last week' })).toEqual(['updated: expected the date the text was last changed, as YYYY-MM-DD']);
    expect(messages({ ...valid, related: ['Not A Slug'] })).toEqual(['related.0: expected a page slug: lowercase words joined by hyphens']);
    expect(messages({ ...valid, author: 'Someone' })).toHaveLength(1);
  });
});
