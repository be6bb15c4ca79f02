import { describe, expect, it } from 'vitest';
import { countSyllables, countText, fleschKincaidGrade, numberInWords, sayNumber, splitSentences, wordsOf } from '../../src/lib/readability.ts';

describe('countSyllables', () => {
  // Syllable counts as a dictionary gives them.
  const dictionary: Record<string, number> = {
    the: 1, cat: 1, fax: 1, clerk: 1, line: 1, times: 1, makes: 1, asked: 1, based: 1,
    police: 2, request: 2, requests: 2, customs: 2, released: 2, civil: 2, table: 2, people: 2, figure: 2, figures: 2,
    received: 2, arrived: 2, derived: 2, council: 2, warrant: 2, issued: 2, percent: 2, statement: 2, wanted: 2,
    stated: 2, added: 2, hybrid: 2, mammal: 2, creature: 2, email: 2, trust: 1, arrest: 2,
    detainer: 3, custody: 3, probable: 3, criminal: 3, agency: 3, enforcement: 3, department: 3, judicial: 3,
    statistics: 3, agencies: 3, federal: 3, national: 3, government: 3, platypus: 3, seemingly: 3, committed: 3,
    immigration: 4, removable: 4, commissioner: 4, security: 4, community: 4, sanctuary: 4, australian: 4, reptilian: 4,
    readability: 5,
  };
  it('counts the syllables of words the site uses as a dictionary does', () => {
    const counted = Object.fromEntries(Object.keys(dictionary).map((word) => [word, countSyllables(word)]));
    expect(counted).toEqual(dictionary);
  });

  it('says an abbreviation in capitals letter by letter, but ICE as a word', () => {
    expect(countSyllables('BPD')).toBe(3);
    expect(countSyllables('SJC')).toBe(3);
    expect(countSyllables('BPD’s')).toBe(3);
    expect(countSyllables('U.S.')).toBe(2);
    expect(countSyllables('ICE')).toBe(1);
  });

  it('says numbers in words, years as years', () => {
    expect(numberInWords(198)).toBe('one hundred ninety-eight');
    expect(numberInWords(57)).toBe('fifty-seven');
    expect(sayNumber('2025')).toBe('twenty twenty-five');
    expect(sayNumber('3.8')).toBe('three point eight');
    expect(sayNumber('28%')).toBe('twenty-eight percent');
    expect(sayNumber('1,234')).toBe('one thousand two hundred thirty-four');
    expect(countSyllables('198')).toBe(6);
    expect(countSyllables('28%')).toBe(5);
  });
});

describe('splitSentences and wordsOf', () => {
  it('ends a sentence at a full stop, but not after an abbreviation such as "v." or "U.S."', () => {
    expect(splitSentences('The case is Lunn v. Commonwealth, 477 Mass. 517 (2017). It was decided.')).toEqual([
      'The case is Lunn v. Commonwealth, 477 Mass. 517 (2017).', 'It was decided.',
    ]);
    expect(splitSentences('ICE is a U.S. agency. It sends “requests.” BPD says so!')).toHaveLength(3);
  });

  it('finds words, numbers and contractions', () => {
    expect(wordsOf('BPD’s count is 13.2 times ICE’s, about 28%.')).toEqual(['BPD’s', 'count', 'is', '13.2', 'times', 'ICE’s', 'about', '28%']);
  });
});

describe('fleschKincaidGrade', () => {
  it('scores a very simple sentence below grade 0', () => {
    const counts = countText(['The cat sat on the mat.']);
    expect(counts).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(fleschKincaidGrade(counts)).toBeCloseTo(-1.45, 2);
  });

  it('scores a hard sentence as a dictionary count would (13 words, 26 syllables: grade 13.08)', () => {
    const counts = countText(['The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.']);
    expect(counts).toEqual({ sentences: 1, words: 13, syllables: 26 });
    expect(fleschKincaidGrade(counts)).toBeCloseTo(13.08, 2);
  });

  it('ends a sentence at the end of every block, so a heading is not run into the text under it', () => {
    expect(countText(['Who sends it', 'ICE sends it.']).sentences).toBe(2);
  });

  it('refuses to score no text', () => {
    expect(() => fleschKincaidGrade(countText([]))).toThrow('No text to score');
  });
});
