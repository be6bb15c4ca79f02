// Flesch–Kincaid grade level, computed from counts of sentences, words and syllables. Syllables are counted
// by rule (vowel groups, with the usual corrections for silent endings), numbers by how they are said, and
// capitalised abbreviations by their letters, because that is how a reader says "BPD".

/** The counts a readability score is computed from. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

// Words the rules count wrongly, with their syllables. Keep it to words the site uses.
const EXCEPTIONS: Record<string, number> = {
  ice: 1, // ICE is said as the word "ice"
  every: 2,
  business: 2,
  people: 2,
  police: 2,
  area: 3,
  idea: 3,
  create: 2,
  created: 3,
  being: 2,
  real: 1,
  really: 2,
  via: 2,
  commonwealth: 3,
  apa: 3,
  mla: 3,
  email: 2,
  emails: 2,
  online: 2,
  someone: 2,
  somewhere: 2,
  anyone: 3,
  everyone: 3,
  whole: 1,
  fire: 1,
  hour: 1,
  our: 1,
  does: 1,
  goes: 1,
  done: 1,
  gone: 1,
  one: 1,
  once: 1,
  says: 1,
  said: 1,
  cause: 1,
  causes: 2,
  because: 2,
  became: 2,
  become: 2,
  release: 2,
  released: 2,
  releases: 3,
  nation: 2,
  national: 3,
  notified: 3,
  notify: 3,
  whether: 2,
  where: 1,
  there: 1,
  here: 1,
  were: 1,
  more: 1,
  before: 2,
  site: 1,
  sites: 1,
  page: 1,
  pages: 2,
  state: 1,
  states: 1,
  rule: 1,
  rules: 1,
  ruled: 1,
  ruling: 2,
  time: 1,
  times: 1,
  line: 1,
  lines: 1,
  made: 1,
  make: 1,
  take: 1,
  same: 1,
  name: 1,
  named: 1,
  case: 1,
  cases: 2,
  since: 1,
  judge: 1,
  judges: 2,
  office: 2,
  officer: 3,
  officers: 3,
  service: 2,
  unique: 2,
  court: 1,
  courts: 1,
  spokesperson: 3,
};

// Letters that are not said in one syllable when an abbreviation is spelled out.
const LETTER_SYLLABLES: Record<string, number> = { w: 3 };

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Returns a whole number from 0 to 999,999 in words, for example "one hundred ninety-eight". */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999_999) throw new Error(`No words for ${value}`);
  if (value < 20) return ONES[value] ?? '';
  if (value < 100) return [TENS[Math.floor(value / 10)], value % 10 ? ONES[value % 10] : ''].filter(Boolean).join('-');
  if (value < 1000) {
    const rest = value % 100;
    return `${ONES[Math.floor(value / 100)]} hundred${rest ? ` ${numberInWords(rest)}` : ''}`;
  }
  const rest = value % 1000;
  return `${numberInWords(Math.floor(value / 1000))} thousand${rest ? ` ${numberInWords(rest)}` : ''}`;
}

/** Returns how a number as written ("2,024", "3.8", "28%") is said, in words; a year as a year ("twenty twenty-five"). */
export function sayNumber(token: string): string {
  if (/^(1[1-9]|20)[1-9]\d$/.test(token)) return `${numberInWords(Number(token.slice(0, 2)))} ${numberInWords(Number(token.slice(2)))}`;
  const percent = token.endsWith('%');
  const [whole = '0', fraction] = token.replace(/[%,]/g, '').split('.');
  const digits = fraction ? ` point ${[...fraction].map((digit) => ONES[Number(digit)]).join(' ')}` : '';
  return `${numberInWords(Number(whole))}${digits}${percent ? ' percent' : ''}`;
}

/** Returns the number of syllables in one word by rule; numbers as said, abbreviations letter by letter. */
export function countSyllables(word: string): number {
  if (/^\d[\d,]*(\.\d+)?%?$/.test(word)) {
    return sayNumber(word).split(/[\s-]+/).reduce((sum, part) => sum + countSyllables(part), 0);
  }
  const letters = word.replace(/['’]s$/, '').replace(/[^A-Za-z]/g, '');
  if (letters === '') return 0;
  const lower = letters.toLowerCase();
  const exception = EXCEPTIONS[lower];
  if (exception !== undefined) return exception;
  // An abbreviation in capitals (BPD, SJC, U.S.) is said letter by letter.
  if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase()) {
    return [...lower].reduce((sum, letter) => sum + (LETTER_SYLLABLES[letter] ?? 1), 0);
  }
  return syllablesByRule(lower);
}

// After Greg Fast's Lingua::EN::Syllable rules: count vowel groups, then correct for endings and vowel
// pairs that are said as one syllable or as two.
// A silent "e" before "-ment", "-ful" or "-ness" (statement) and "-ed" or "-es" endings that add no
// syllable (asked, makes) are said as one with the group before them.
const SAID_AS_ONE = [/cial/, /tia/, /cius/, /cious/, /giu/, /ion/, /iou/, /sia$/, /.ely$/, /[^aeiouytd]ed$/,
  /[^aeiouycgsxz]es$/, /[^aeiouyl]e(?:ment|ful|ness)/];
const SAID_AS_TWO = [/ia/, /riet/, /dien/, /iu/, /io/, /ii/, /[aeiouym]bl$/, /[aeiou]{3}/, /^mc/, /ism$/,
  /([^aeiouy])\1l$/, /[^l]lien/, /^coa[dglx]./, /[^gq]ua[^auieo]/, /dnt$/];

function syllablesByRule(word: string): number {
  if (word.length <= 3) return 1;
  const stem = word.endsWith('e') && !/[^aeiouy]le$/.test(word) ? word.slice(0, -1) : word;
  const groups = stem.split(/[^aeiouy]+/).filter(Boolean).length;
  const ones = SAID_AS_ONE.filter((pattern) => pattern.test(word)).length;
  const twos = SAID_AS_TWO.filter((pattern) => pattern.test(word)).length;
  return Math.max(1, groups - ones + twos);
}

// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS = new Set(['v', 'vs', 'mass', 'mr', 'mrs', 'ms', 'dr', 'e.g', 'i.e', 'u.s']);

/**
 * Returns the sentences of a block of text (a paragraph, a list item, a heading). A no-break space joins, as
 * it does inside a number ("1 234" in French-style formatting).
 */
export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const token of block.split(/[^\S\u00A0\u202F]+/).filter(Boolean)) {
    current.push(token);
    const bare = token.replace(/["'”’)\]]+$/, '');
    const ends = /[.!?]$/.test(bare) && !ABBREVIATIONS.has(bare.slice(0, -1).toLowerCase().replace(/^[("'“‘[]+/, ''));
    if (ends) {
      sentences.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}

/** Returns the words of a sentence: runs of letters (with inner apostrophes and hyphens) or numbers. */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/\d[\d,]*(?:\.\d+)?%?|[A-Za-z]+(?:['’.-][A-Za-z]+)*\.?/g) ?? [];
}

/** Returns the sentence, word and syllable counts of text given as blocks; a block always ends a sentence. */
export function countText(blocks: string[]): TextCounts {
  const sentences = blocks.flatMap(splitSentences).map(wordsOf).filter((words) => words.length > 0);
  const words = sentences.flat();
  // A hyphenated word is said as its parts.
  const syllables = words.reduce((sum, word) => sum + word.split(/(?<=[A-Za-z])-(?=[A-Za-z])/).reduce((inner, part) => inner + countSyllables(part), 0), 0);
  return { sentences: sentences.length, words: words.length, syllables };
}

/** Returns the Flesch–Kincaid grade level of the counts: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade({ sentences, words, syllables }: TextCounts): number {
  if (sentences === 0 || words === 0) throw new Error('No text to score');
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
