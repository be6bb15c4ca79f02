import { lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import type { DataIssue } from './issues.ts';

/**
 * The largest data file read. The files hold a few kilobytes (one row per figure or source); a file of
 * megabytes is the wrong file, and reading it whole on every build would only slow the build down.
 */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * Returns the text of a UTF-8 file, or the one issue that stops it being read: missing, a folder, a broken
 * or looping symbolic link, not a regular file, too large, unreadable, or not UTF-8. Never throws for
 * these, so that each becomes one plain line naming the file rather than a stack trace.
 */
export function readText(path: string, file: string): { text: string } | { issue: DataIssue } {
  const problem = fileProblem(path);
  if (problem) return { issue: { file, expected: problem } };
  try {
    return decodeUtf8(readFileSync(path), file);
  } catch (error) {
    return { issue: { file, expected: `expected a file that can be read, found ${describeError(error)}` } };
  }
}

/** Returns what is wrong with the path as a data file, or undefined when it is a regular file of a sensible size. */
function fileProblem(path: string): string | undefined {
  let isLink: boolean;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? 'expected this file, found none' : `expected a file that can be read, found ${describeError(error)}`;
  }
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return 'expected a file, found a folder';
    if (!stats.isFile()) return 'expected a file, found a special file (a pipe, socket or device)';
    if (stats.size > MAX_FILE_BYTES) return `expected a file of at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes, found ${stats.size.toLocaleString('en')} bytes`;
    return undefined;
  } catch (error) {
    if (isLink && codeOf(error) === 'ENOENT') return `expected a file, found a symbolic link to ${readlinkSync(path)}, which does not exist`;
    if (isLink && codeOf(error) === 'ELOOP') return 'expected a file, found a symbolic link that leads back to itself';
    return `expected a file that can be read, found ${describeError(error)}`;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

function describeError(error: unknown): string {
  const code = codeOf(error);
  if (code === 'EACCES' || code === 'EPERM') return 'one this user may not read (permission denied)';
  return `an error (${code ?? String(error)})`;
}

function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark, which spreadsheets often write. One
    // anywhere else stays in the text, and the CSV reader refuses it as an invisible character.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
    const at = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return { issue: { file, line, expected: `expected UTF-8 text, found a byte that is not UTF-8 at character ${column} (save the file as UTF-8)` } };
  }
}
