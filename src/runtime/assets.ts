import { validateManifest, type AssetEntry, type AssetManifest } from '../data/asset-manifest.js';
import { fetchJson } from './fetch-json.js';
import { warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';

export {
  ASSET_KINDS,
  validateManifest,
  type AssetEntry,
  type AssetKind,
  type AssetManifest,
} from '../data/asset-manifest.js';

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
export function loadManifest(
  base: string,
  timeoutMs = MANIFEST_TIMEOUT_MS,
  own?: AssetManifest,
): Promise<AssetManifest | undefined> {
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
  return banners.find((entry) => entry.lang === lang) ?? banners.find((entry) => entry.lang === 'vi') ?? banners[0];
}
