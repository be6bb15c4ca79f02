import { sort } from 'd3-array';
import type { Release } from '../data/index.ts';
import { readSnapshots, type Snapshot } from './snapshots.ts';

// What changed in each release, computed from the frozen files themselves (detainer-figures.json and
// sources.json of each release and of the one before it), never typed by hand: the figures and sources added,
// changed and removed. The release's own `changes` sentence is the reason given for them.

/** The frozen files the comparison reads. A release without one of them compares as having no rows of it. */
export const FIGURES_FILE = 'detainer-figures.json';
export const SOURCES_FILE = 'sources.json';

/** One row of a release's detainer-figures.json, as frozen (snake_case, as published). */
export interface FrozenFigure {
  year: number;
  measure: string;
  reported_by: string;
  value: number | null;
  unit: string;
  source_id: string;
  derived: boolean;
  note: string | null;
}

/** One row of a release's sources.json; its columns differ between releases (2026.11.30 added `name`). */
export type FrozenSource = { id: string } & Record<string, unknown>;

/** A figure in a release's changes: the figure as it is now (or as it was, when removed), and what differs. */
export interface FigureChange {
  year: number;
  measure: string;
  reported_by: string;
  unit: string;
  derived: boolean;
  /** The value in the release before; absent for an added figure. */
  old_value?: number | null;
  /** The value in this release; absent for a removed figure. */
  new_value?: number | null;
  /** For a changed figure, every column that differs (value, source_id, note …). */
  fields?: string[];
}

export interface SourceChange {
  id: string;
  /** For a changed source, every column that differs. */
  fields?: string[];
}

/** What one release changed, against the release before it (the first release adds everything). */
export interface ReleaseChanges {
  version: string;
  date: string;
  previous_version: string | null;
  /** The release's own words on what changed and why (releases.csv `changes`). */
  reason: string;
  figures: { added: FigureChange[]; changed: FigureChange[]; removed: FigureChange[] };
  sources: { added: SourceChange[]; changed: SourceChange[]; removed: SourceChange[] };
}

const decoder = new TextDecoder();

function frozenRows<Row>(snapshot: Snapshot | undefined, name: string): Row[] {
  const file = snapshot?.files.find((candidate) => candidate.name === name);
  return file ? (JSON.parse(decoder.decode(file.bytes)) as Row[]) : [];
}

/** Returns the key that names one figure across releases: one year, measure and agency. */
export const figureKey = (figure: Pick<FrozenFigure, 'year' | 'measure' | 'reported_by'>) =>
  `${figure.year} ${figure.measure} ${figure.reported_by}`;

/**
 * Returns the columns whose values differ between two rows. A column that one release lacks counts as empty
 * there, so a new column that is empty in a row is no change to that row.
 */
function differingFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return columns.filter((column) => (before[column] ?? null) !== (after[column] ?? null));
}

const byFigure = (rows: FigureChange[]) =>
  sort(rows, (row) => row.year, (row) => row.measure, (row) => row.reported_by);

function compareFigures(before: FrozenFigure[], after: FrozenFigure[]): ReleaseChanges['figures'] {
  const old = new Map(before.map((figure) => [figureKey(figure), figure]));
  const now = new Map(after.map((figure) => [figureKey(figure), figure]));
  const base = (figure: FrozenFigure) => ({
    year: figure.year, measure: figure.measure, reported_by: figure.reported_by, unit: figure.unit, derived: figure.derived,
  });
  const added = after.filter((figure) => !old.has(figureKey(figure))).map((figure) => ({ ...base(figure), new_value: figure.value }));
  const removed = before.filter((figure) => !now.has(figureKey(figure))).map((figure) => ({ ...base(figure), old_value: figure.value }));
  const changed = after.flatMap((figure) => {
    const previous = old.get(figureKey(figure));
    if (!previous) return [];
    const fields = differingFields({ ...previous }, { ...figure });
    return fields.length > 0 ? [{ ...base(figure), old_value: previous.value, new_value: figure.value, fields }] : [];
  });
  return { added: byFigure(added), changed: byFigure(changed), removed: byFigure(removed) };
}

function compareSources(before: FrozenSource[], after: FrozenSource[]): ReleaseChanges['sources'] {
  const old = new Map(before.map((source) => [source.id, source]));
  const now = new Set(after.map((source) => source.id));
  return {
    added: after.filter((source) => !old.has(source.id)).map((source) => ({ id: source.id })),
    changed: after.flatMap((source) => {
      const previous = old.get(source.id);
      const fields = previous ? differingFields(previous, source) : [];
      return fields.length > 0 ? [{ id: source.id, fields }] : [];
    }),
    removed: before.filter((source) => !now.has(source.id)).map((source) => ({ id: source.id })),
  };
}

/** Returns what each release changed, oldest first, from the frozen files of every release (oldest first). */
export function releaseChanges(snapshots: readonly Snapshot[]): ReleaseChanges[] {
  return snapshots.map((snapshot, index) => {
    const previous = snapshots[index - 1];
    return {
      version: snapshot.release.version,
      date: snapshot.release.date,
      previous_version: previous?.release.version ?? null,
      reason: snapshot.release.changes,
      figures: compareFigures(frozenRows(previous, FIGURES_FILE), frozenRows(snapshot, FIGURES_FILE)),
      sources: compareSources(frozenRows(previous, SOURCES_FILE), frozenRows(snapshot, SOURCES_FILE)),
    };
  });
}

/** Returns what each release in a data folder changed, oldest first, read from its frozen files. */
export const readReleaseChanges = (dataDir: string, releases: readonly Release[]) => releaseChanges(readSnapshots(dataDir, releases));

/** Returns true when a release changed no figure and no source (wording of notes counts as a change). */
export const changesNothing = (changes: ReleaseChanges) =>
  [...Object.values(changes.figures), ...Object.values(changes.sources)].every((list) => list.length === 0);

/** One earlier value of a figure: the release that corrected or removed it, and what it was before. */
export interface FigureCorrection {
  version: string;
  date: string;
  old_value: number | null;
  /** Null when the release removed the figure. */
  new_value: number | null;
}

/**
 * Returns every change of value of each reported figure, oldest first, keyed by figureKey: releases that
 * corrected a value or removed the figure. Changes of wording (a note) are not corrections of the figure.
 */
export function figureCorrections(history: readonly ReleaseChanges[]): Map<string, FigureCorrection[]> {
  const corrections = new Map<string, FigureCorrection[]>();
  const add = (change: FigureChange, release: ReleaseChanges, newValue: number | null) => {
    if (change.derived) return;
    const list = corrections.get(figureKey(change)) ?? [];
    list.push({ version: release.version, date: release.date, old_value: change.old_value ?? null, new_value: newValue });
    corrections.set(figureKey(change), list);
  };
  for (const release of history) {
    for (const change of release.figures.changed) if (change.fields?.includes('value')) add(change, release, change.new_value ?? null);
    for (const change of release.figures.removed) add(change, release, null);
  }
  return corrections;
}
