/**
 * The rules an artwork folder's manifest.json must meet (assets/manifest.schema.json
 * describes the same). One implementation for the widgets, which ignore a
 * manifest that breaks them, and for `ispeed-widgets assets verify`, which
 * fails on it, so the two cannot disagree. Pure functions: no DOM, and it runs in Node.
 */

export const ASSET_KINDS = ['banner', 'icon', 'illustration', 'badge', 'document'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** One file in `manifest.json`; see the README for the schema. */
export interface AssetEntry {
  kind: AssetKind;
  /** File name relative to the asset base, e.g. `banner-300x250-vi.svg`. */
  file: string;
  /** A twice-as-large version for high-density screens, if any. */
  file2x?: string;
  /** Pixel size of `file`; absent for documents (PDF). */
  width?: number;
  height?: number;
  /** Banner size class, e.g. `300x250`; `other` for art that fits none. */
  size?: string;
  lang?: string;
  alt?: Record<string, string>;
  sha256?: string;
  /** Where `assets pull` found the file. */
  source?: string;
}

export interface AssetManifest {
  schema: 'ispeed-widgets/assets';
  version: 1;
  assets: AssetEntry[];
}

/** No '..', no leading '/', no scheme: a name that stays inside the asset base. */
const SAFE_FILE = /^(?!.*\.\.)(?!\/)[\w.\-/]+$/;

/** A value from the file, shortened, so a huge one cannot flood the console or the terminal (core's preview, repeated: this module imports nothing from the browser side). */
function preview(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

function entryProblems(value: unknown, where: string): string[] {
  if (!value || typeof value !== 'object') return [`${where} is not an object`];
  const entry = value as Partial<Record<keyof AssetEntry, unknown>>;
  const problems: string[] = [];
  if (!ASSET_KINDS.includes(entry.kind as AssetKind))
    problems.push(`${where}.kind "${preview(entry.kind)}" is not one of ${ASSET_KINDS.join(', ')}`);
  if (typeof entry.file !== 'string' || !SAFE_FILE.test(entry.file))
    problems.push(`${where}.file is not a plain relative file name`);
  if (entry.file2x !== undefined && (typeof entry.file2x !== 'string' || !SAFE_FILE.test(entry.file2x)))
    problems.push(`${where}.file2x is not a plain relative file name`);
  for (const key of ['width', 'height'] as const) {
    const size = entry[key];
    if (size === undefined && entry.kind === 'document') continue;
    if (!Number.isInteger(size) || (size as number) <= 0)
      problems.push(`${where}.${key} is not a positive whole number`);
  }
  const { alt } = entry;
  // null is an object to typeof, and Object.values(null) throws: refuse it like any other non-object.
  if (
    alt !== undefined &&
    (alt === null || typeof alt !== 'object' || Object.values(alt).some((text) => typeof text !== 'string'))
  )
    problems.push(`${where}.alt is not an object of strings`);
  return problems;
}

/** Every reason the widgets would refuse this manifest, in the order they check; empty when they accept it. */
export function manifestProblems(data: unknown): string[] {
  if (!data || typeof data !== 'object') return ['not a JSON object'];
  const manifest = data as Partial<Record<keyof AssetManifest, unknown>>;
  if (manifest.schema !== 'ispeed-widgets/assets') return ['schema is not "ispeed-widgets/assets"'];
  if (manifest.version !== 1) return [`version ${preview(manifest.version)} is not supported (expected 1)`];
  if (!Array.isArray(manifest.assets)) return ['assets is not a list'];
  return manifest.assets.flatMap((entry, index) => entryProblems(entry, `assets[${index}]`));
}

/** Returns the manifest, or the reason it is not one (its first problem). */
export function validateManifest(data: unknown): AssetManifest | string {
  const [problem] = manifestProblems(data);
  return problem ?? (data as AssetManifest);
}
