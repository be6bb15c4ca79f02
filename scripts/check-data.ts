// `npm run check:data`: validates data/ (or $DATA_DIR) and prints every problem, one per line.
import { dataDirectory, formatIssue, validateData } from '../src/lib/data/index.ts';

const { data, issues } = validateData();
if (!data) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${dataDirectory()}; fix ${issues.length === 1 ? 'it' : 'them'} and run again.`);
  process.exit(1);
}
console.log(`Data is valid: ${data.figures.length} figures, ${data.sources.length} sources, ${data.measures.length} measures.`);
