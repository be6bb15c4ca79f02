import { describe, expect, it } from 'vitest';
import { charactersPerSentence, chineseLength, chineseSentences, wordsPerSentence } from '../../src/lib/readability-length.ts';

describe('average sentence length', () => {
  it('cuts Chinese text at 。！？ and counts each character, and each run of Latin letters or digits, as one', () => {
    const text = '波士顿警察局说，它在2025年收到57份拘留请求。这是ICE说的！标题';
    expect(chineseSentences(text)).toEqual(['波士顿警察局说，它在2025年收到57份拘留请求。', '这是ICE说的！', '标题']);
    expect(chineseLength('这是ICE说的！')).toBe(5);
    expect(charactersPerSentence([text])).toBeCloseTo((19 + 5 + 2) / 3);
  });

  it('counts words per sentence, a contraction as one word and a number as one', () => {
    expect(wordsPerSentence(["M'ap di w sa.", 'BPD di li resevwa 1\u202F234 demann.'])).toBe((4 + 6) / 2);
    expect(wordsPerSentence(['Sở Di trú và Hải quan Hoa Kỳ.'])).toBe(8);
  });

  it('refuses to score no text', () => {
    expect(() => wordsPerSentence([])).toThrow('No text to score');
  });
});
