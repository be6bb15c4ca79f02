export { loadData, validateData, dataDirectory, type LoadOptions } from './load.ts';
export { DataError, formatIssue, githubAnnotation, type DataIssue } from './issues.ts';
export type { Agency, Figure, Measure, Release, SiteData, Source } from './model.ts';
export { titleOrName } from './model.ts';
export { localizeData } from './translations.ts';
