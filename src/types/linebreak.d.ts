// The `linebreak` package (UAX #14 line breaking) ships no types; this is the part the site uses.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may break: its index in the text, and whether the break is required. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
