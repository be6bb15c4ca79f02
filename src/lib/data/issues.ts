import { showInvisible } from './characters.ts';

/** One problem found in data/, located as precisely as the problem allows. */
export interface DataIssue {
  /** Path as shown to people: relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line in the file; absent for problems with the whole file. */
  line?: number;
  /** 1-based column (field position in the header); absent when no single column is at fault. */
  column?: number;
  /** Column name, when one column is at fault. */
  field?: string;
  /** What was expected, for example "expected a whole number ≥ 0". */
  expected: string;
  /** The text that was found, shown quoted; absent when there is nothing to quote. */
  found?: string;
}

const MAX_QUOTED = 60;

/**
 * Returns the issue as one line: `file:line:column field: expected …, found "…"`, or `file:line: expected …`.
 * Invisible and control characters anywhere in it are written as <U+…>: `found "1​9"` would read as 19.
 */
export function formatIssue(issue: DataIssue): string {
  const place = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
  const found = issue.found === undefined ? '' : `, found ${quote(issue.found)}`;
  const line = issue.field ? `${place} ${issue.field}: ${issue.expected}` : `${place}: ${issue.expected}`;
  return `${showInvisible(line)}${found}`;
}

/** Escapes a workflow command's message (GitHub Actions reads %, CR and LF specially). */
const commandData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
/** Escapes a workflow command's property value, where : and , separate too. */
const commandProperty = (text: string) => commandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * Returns the issue as a GitHub Actions workflow command (`::error file=data/figures.csv,line=7,col=4::…`), so
 * that whoever edits a CSV in a pull request sees the mistake on its line in the diff.
 */
export function githubAnnotation(issue: DataIssue, level: 'error' | 'warning' | 'notice'): string {
  const properties = [`file=${commandProperty(issue.file)}`, ...(issue.line ? [`line=${issue.line}`] : []), ...(issue.column ? [`col=${issue.column}`] : [])];
  return `::${level} ${properties.join(',')}::${commandData(formatIssue(issue))}`;
}

function quote(text: string): string {
  // A very long field would drown the message; its length is what matters.
  if (text.length > MAX_QUOTED) return `${JSON.stringify(`${showInvisible(text.slice(0, MAX_QUOTED))}…`)} (${text.length} characters)`;
  return JSON.stringify(showInvisible(text));
}

/** Thrown when data/ is invalid: carries every issue, and its message lists them all. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The data has ${count}; nothing was published:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataError';
    this.issues = issues;
  }
}
