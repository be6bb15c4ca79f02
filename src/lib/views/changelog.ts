import { formatDate } from '../format.ts';
import { useStrings, type Locale } from '../i18n/index.ts';
import type { Release } from '../data/index.ts';
import type { Snapshot } from '../releases/snapshots.ts';
import { releaseFilePath } from '../urls.ts';
import { fileView, type FileView } from './catalog.ts';

export interface ReleaseView {
  /** The entry's id on the page, for example v2026.11.23. */
  id: string;
  version: string;
  /** YYYY-MM-DD. */
  isoDate: string;
  heading: string;
  date: string;
  isLatest: boolean;
  changes: string;
  filesCaption: string;
  files: FileView[];
}

/** Returns every release as the changelog page shows it, newest first, with its frozen files. */
export function changelogView(releases: readonly Release[], snapshots: readonly Snapshot[], locale: Locale): ReleaseView[] {
  const t = useStrings(locale);
  const latest = releases.at(-1)?.version;
  return releases.toReversed().map((release) => {
    const snapshot = snapshots.find((candidate) => candidate.release.version === release.version);
    return {
      id: `v${release.version}`,
      version: release.version,
      isoDate: release.date,
      heading: t('changelog.version', { version: release.version }),
      date: t('changelog.released', { date: formatDate(release.date, locale) }),
      isLatest: release.version === latest,
      changes: release.changes,
      filesCaption: t('changelog.files', { version: release.version }),
      files: (snapshot?.files ?? []).map((file) => fileView(file, releaseFilePath(release.version, file.name), locale)),
    };
  });
}
