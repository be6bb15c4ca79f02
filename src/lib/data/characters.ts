// Characters that no cell of data/ has a reason to hold, because a reader cannot see them or because they
// change how the text around them is shown: control characters (C0, DEL and C1, the tab included: a value
// is one line of plain text), format characters (zero-width spaces and joiners, the word joiner, the soft
// hyphen, bidirectional embeddings, overrides and isolates, a byte-order mark), the other "default
// ignorable" characters (variation selectors, Hangul fillers …), and the Unicode line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
// In a message, spaces other than U+0020 are shown by their code too: "1 9" with a no-break space reads as "1 9".
const SHOWN_BY_CODE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Zs}]/gu;

/** Returns a character's code point as it is written in messages, for example "U+200B". */
export const codeOf = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Returns each invisible or control character in the text, with its 1-based position. */
export function invisibleCharacters(text: string): { code: string; position: number }[] {
  return [...text.matchAll(INVISIBLE)].map((match) => ({ code: codeOf(match[0]), position: [...text.slice(0, match.index)].length + 1 }));
}

/** Returns the text without its invisible and control characters. */
export const withoutInvisible = (text: string) => text.replace(INVISIBLE, '');

/** Returns the text with every invisible, control or unusual space character written as <U+…>, so that a message shows it. */
export const showInvisible = (text: string) =>
  text.replace(SHOWN_BY_CODE, (character) => (character === ' ' ? character : `<${codeOf(character)}>`));
