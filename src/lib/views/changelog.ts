import { formatDate } from '../format.ts';
import { DEFAULT_LOCALE, useStrings, type Locale } from '../i18n/index.ts';
import type { SiteData } from '../data/index.ts';
import { releaseDownloads } from '../downloads/release-set.ts';
import { releaseChanges } from '../releases/changes.ts';
import type { Snapshot } from '../releases/snapshots.ts';
import { releaseChangesPath, releaseFilePath } from '../urls.ts';
import { fileView, type FileView } from './catalog.ts';
import { changesView, type ChangesView } from './release-changes.ts';

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
  /** "en" when the release's message has no translation yet and is shown in English. */
  changesLang: 'en' | undefined;
  filesCaption: string;
  files: FileView[];
  /** Frozen before releases had a ZIP: its ZIP is made from its files, and its sha256sums.txt does not list it. */
  isArchiveLater: boolean;
  /** What the release changed, computed from its frozen files; null when they are not readable. */
  whatChanged: (ChangesView & { basis: string; json: string }) | null;
}

/**
 * Returns every release as the changelog page shows it, newest first, with its frozen files and what it
 * changed. `data` is the data in the page's language (for the names of measures and sources).
 */
export function changelogView(data: SiteData, snapshots: readonly Snapshot[], locale: Locale): ReleaseView[] {
  const t = useStrings(locale);
  const { releases } = data;
  const latest = releases.at(-1)?.version;
  const history = releaseChanges(snapshots);
  return releases.toReversed().map((release) => {
    const snapshot = snapshots.find((candidate) => candidate.release.version === release.version);
    const changes = history.find((entry) => entry.version === release.version);
    const downloads = snapshot ? releaseDownloads(snapshot) : { files: [], isArchiveLater: false };
    return {
      id: `v${release.version}`,
      version: release.version,
      isoDate: release.date,
      heading: t('changelog.version', { version: release.version }),
      date: t('changelog.released', { date: formatDate(release.date, locale) }),
      isLatest: release.version === latest,
      changes: release.changes,
      changesLang: locale !== DEFAULT_LOCALE && release.changes === snapshot?.release.changes ? 'en' : undefined,
      filesCaption: t('changelog.files', { version: release.version }),
      files: downloads.files.map((file) => fileView(file, releaseFilePath(release.version, file.name), locale)),
      isArchiveLater: downloads.isArchiveLater,
      whatChanged: changes ? {
        ...changesView(changes, data, locale),
        basis: changes.previous_version ? t('changes.against', { previous: changes.previous_version }) : t('changes.first'),
        json: releaseChangesPath(release.version),
      } : null,
    };
  });
}
