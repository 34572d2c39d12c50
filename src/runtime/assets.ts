import { fetchJson } from './fetch-json.js';
import { preview, warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';

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

const SAFE_FILE = /^(?!.*\.\.)(?!\/)[\w.\-/]+$/;

/** Returns the manifest, or the reason it is not one. */
export function validateManifest(data: unknown): AssetManifest | string {
  if (!data || typeof data !== 'object') return 'not a JSON object';
  const manifest = data as Partial<AssetManifest>;
  if (manifest.schema !== 'ispeed-widgets/assets') return 'schema is not "ispeed-widgets/assets"';
  if (manifest.version !== 1) return `version ${preview(manifest.version)} is not supported (expected 1)`;
  if (!Array.isArray(manifest.assets)) return 'assets is not a list';
  for (const [index, entry] of manifest.assets.entries()) {
    const where = `assets[${index}]`;
    if (!entry || typeof entry !== 'object') return `${where} is not an object`;
    if (!ASSET_KINDS.includes(entry.kind)) return `${where}.kind "${preview(entry.kind)}" is not one of ${ASSET_KINDS.join(', ')}`;
    if (typeof entry.file !== 'string' || !SAFE_FILE.test(entry.file)) return `${where}.file is not a plain relative file name`;
    if (entry.file2x !== undefined && (typeof entry.file2x !== 'string' || !SAFE_FILE.test(entry.file2x)))
      return `${where}.file2x is not a plain relative file name`;
    for (const key of ['width', 'height'] as const) {
      const value = entry[key];
      if (value === undefined && entry.kind === 'document') continue;
      if (!Number.isInteger(value) || (value as number) <= 0) return `${where}.${key} is not a positive whole number`;
    }
    if (entry.alt !== undefined && (typeof entry.alt !== 'object' || Object.values(entry.alt).some((v) => typeof v !== 'string')))
      return `${where}.alt is not an object of strings`;
  }
  return manifest as AssetManifest;
}

export const MANIFEST_TIMEOUT_MS = 3000;

async function fetchManifest(base: string, timeoutMs: number): Promise<AssetManifest | undefined> {
  const url = new URL('manifest.json', base).href;
  const result = await fetchJson(url, timeoutMs);
  const checked = result.ok ? validateManifest(result.data) : result.reason;
  if (typeof checked !== 'string') return checked;
  warnOnce(`the artwork manifest ${url} could not be used: ${checked}. Using the built-in design.`);
  return undefined;
}

/** The manifest at an asset base, fetched once per page. Never rejects. */
export function loadManifest(base: string, timeoutMs = MANIFEST_TIMEOUT_MS, own?: AssetManifest): Promise<AssetManifest | undefined> {
  if (own) return Promise.resolve(own);
  const { manifests } = sharedState();
  let pending = manifests.get(base) as Promise<AssetManifest | undefined> | undefined;
  if (!pending) {
    pending = fetchManifest(base, timeoutMs);
    manifests.set(base, pending);
  }
  return pending;
}

declare const __ISPEED_BUILT_IN_ART__: AssetManifest | undefined;

/**
 * The library's own manifest, put into the code by the build (the SVG
 * banner entries of assets/manifest.json): the widgets then never fetch it
 * from the Department's host, which would need CORS headers that most such
 * hosts do not send, while the artwork itself is an <img>, which needs none.
 * Undefined when running from source, where the file is fetched.
 */
export function builtInManifest(): AssetManifest | undefined {
  return typeof __ISPEED_BUILT_IN_ART__ === 'object' ? __ISPEED_BUILT_IN_ART__ : undefined;
}

/** The banner artwork for a size in a language, else in Vietnamese, else any. */
export function findBanner(manifest: AssetManifest, size: string, lang: string): AssetEntry | undefined {
  const banners = manifest.assets.filter((entry) => entry.kind === 'banner' && entry.size === size);
  return (
    banners.find((entry) => entry.lang === lang) ?? banners.find((entry) => entry.lang === 'vi') ?? banners[0]
  );
}
