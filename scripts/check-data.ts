// `npm run check:data`: validates data/ (or $DATA_DIR) and prints every problem, one per line. Under GitHub
// Actions each line is a workflow command as well, so that a pull request shows each mistake on its line.
import { dataDirectory, formatIssue, githubAnnotation, validateData, type DataIssue } from '../src/lib/data/index.ts';
import { latestReleaseFiles } from '../src/lib/downloads/serve.ts';
import { checkReleases } from '../src/lib/releases/snapshots.ts';

const inGitHubActions = process.env['GITHUB_ACTIONS'] === 'true';
/** Prints an issue as one line, and under GitHub Actions as an annotation of its file and line too. */
function report(issue: DataIssue, level: 'error' | 'warning' | 'notice', prefix = '') {
  (level === 'error' ? console.error : console.log)(`${prefix}${formatIssue(issue)}`);
  if (inGitHubActions) console.log(githubAnnotation(issue, level));
}

try {
  const { data, issues, untranslated } = validateData();
  if (!data) {
    for (const issue of issues) report(issue, 'error');
    console.error(`\n${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${dataDirectory()}; fix ${issues.length === 1 ? 'it' : 'them'} and run again.`);
    process.exit(1);
  }
  console.log(`Data is valid: ${data.figures.length} figures, ${data.sources.length} sources, ${data.measures.length} measures, ${data.releases.length} ${data.releases.length === 1 ? 'release' : 'releases'}.`);
  // Not a mistake in the data, but the build will stop on it until a release is made (see data/README.md).
  const unreleased = checkReleases(dataDirectory(), data.releases, latestReleaseFiles(data));
  for (const issue of unreleased) report(issue, 'warning', 'Before building: ');
  // Not a mistake either: these cells are shown in English on the pages of that language until translated.
  for (const issue of untranslated) report(issue, 'notice', 'Not translated yet: ');
} catch (error) {
  // The data files' own problems are listed above; anything else (a release folder that cannot be read) is
  // still one plain line: a stack trace would point into this code, not at the file.
  console.error(`Could not check ${dataDirectory()}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
