import {
  LANGUAGE_CODE,
  LINK_NAMES,
  type Platform,
  type ResolvedConfig,
  type WidgetConfig,
} from '../registry/config-types.js';
import { DEFAULT_LINKS, safeHttpUrl } from './links.js';
import { preview, warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';
import { addTranslations } from './translations.js';
import { SHARED_OPTIONS, optionKey, type OptionSpec } from '../registry/shared-options.js';
import { CONFIG_ATTRIBUTES } from '../registry/widgets.js';
import { slugify } from '../registry/unit-code.js';
import { defaultSmartLink } from './smart-link.js';

/** Unit codes are pure (src/registry/), so src/data/ can make them too; still exported here beside normalizeUnit. */
export { slugify };

/** Where a value came from, named in console messages so a webmaster can find it. */
type Source = string;

const MAX_TEXT = 200;

export function normalizeEnum<T extends string>(value: unknown, allowed: readonly T[], what: Source): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // Case-insensitive ("H" or "h", "Dark" or "dark"), answered in the allowed spelling.
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const match = allowed.find((option) => option.toLowerCase() === text);
  if (match) return match;
  warnOnce(`${what}: unknown value "${preview(value)}"; expected one of ${allowed.join(', ')}. Using the default.`);
  return undefined;
}

export function normalizeUnit(value: unknown, what: Source): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    warnOnce(`${what}: "${preview(value)}" is not a unit code; leaving the unit out.`);
    return undefined;
  }
  const slug = slugify(value);
  if (!slug) {
    warnOnce(`${what}: "${preview(value)}" has no letters or digits; leaving the unit out.`);
    return undefined;
  }
  if (slug !== value) warnOnce(`${what}: unit "${preview(value)}" was turned into the code "${slug}".`);
  return slug;
}

export function normalizeLang(value: unknown, what: Source): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && LANGUAGE_CODE.test(value.trim())) return value.trim().toLowerCase();
  warnOnce(`${what}: "${preview(value)}" is not a language code such as "vi" or "en"; ignoring it.`);
  return undefined;
}

export function normalizeAssetBase(value: unknown, what: Source): string | undefined {
  const href = safeHttpUrl(value, what);
  if (!href) return undefined;
  return href.endsWith('/') ? href : `${href}/`;
}

export function normalizeDays(value: unknown, what: Source, min = 0, max = 3650): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const days = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof days === 'number' && Number.isFinite(days) && days >= min && days <= max) return days;
  warnOnce(`${what}: "${preview(value)}" is not a number of days from ${min} to ${max}; using the default.`);
  return undefined;
}

/** Reads one raw value of a shared option into the config layer, checked as the registry says. */
function applyOption(config: WidgetConfig, spec: OptionSpec, raw: unknown, what: Source): void {
  const key = optionKey(spec);
  if (key.startsWith('links.')) {
    const href = safeHttpUrl(raw, what);
    if (href) config.links = { ...config.links, [key.slice(6)]: href };
    return;
  }
  const target = config as Record<string, unknown>;
  if (spec.type === 'lang') target[key] = normalizeLang(raw, what);
  else if (spec.type === 'unit') target[key] = normalizeUnit(raw, what);
  else if (spec.type === 'folder') target[key] = normalizeAssetBase(raw, what);
  else if (spec.type === 'url') target[key] = safeHttpUrl(raw, what);
  else if (spec.type === 'integer') target[key] = normalizeDays(raw, what, spec.min, spec.max);
  // `auto` where it is not a value is the default of a detected setting (the platform): no value.
  else if (spec.type === 'enum')
    target[key] = raw === 'auto' && !spec.values.includes(raw) ? undefined : normalizeEnum(raw, spec.values, what);
}

const SHARED: readonly OptionSpec[] = Object.values(SHARED_OPTIONS);

export { CONFIG_ATTRIBUTES };

/** Config keys to their option: `dismissDays`, `links.android`, and older spellings such as `progress`. */
const BY_KEY = new Map<string, OptionSpec>(
  SHARED.flatMap((spec) => [
    [optionKey(spec), spec] as const,
    ...(spec.aliases ?? []).map((alias) => [alias, spec] as const),
  ]),
);

/** An older spelling still works, with one note naming the current one. */
function noteAlias(spec: OptionSpec, used: string, what: Source): void {
  if (used !== optionKey(spec))
    warnOnce(`${what}: "${used}" is now called "${optionKey(spec)}"; the old name still works.`);
}

function withoutUndefined(config: WidgetConfig): WidgetConfig {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) if (value !== undefined) out[key] = value;
  return out as WidgetConfig;
}

/** Reads `<name>` attributes (or `data-<name>` with a prefix) into a checked config layer. */
export function readAttributes(element: Element, prefix = ''): WidgetConfig {
  const config: WidgetConfig = {};
  const tag = element.localName;
  for (const spec of SHARED) {
    const name = prefix + spec.attr;
    const raw = element.getAttribute(name);
    if (raw !== null) applyOption(config, spec, raw, `<${tag} ${name}>`);
  }
  return withoutUndefined(config);
}

/** Checks a config object from `window.ISpeedConfig` or `ISpeed.config()`. */
export function readObject(input: unknown, what: Source): WidgetConfig {
  const config: WidgetConfig = {};
  if (input === undefined || input === null) return config;
  if (typeof input !== 'object' || Array.isArray(input) || input instanceof Node) {
    warnOnce(
      `${what} must be an object such as { unit: "xa-ea-kao" }, got ${preview(input instanceof Element ? `<${input.localName}>` : typeof input)}; ignoring it.`,
    );
    return config;
  }
  // Key by key: an odd key (`constructor`, `__proto__`) or a value that cannot
  // be read (a throwing getter, a BigInt) drops that key only, with a note.
  for (const key of Object.keys(input)) {
    try {
      readKey(config, input as Record<string, unknown>, key, what);
    } catch (error) {
      warnOnce(`${what}.${preview(key)} could not be read (${String(error)}); ignoring it.`);
    }
  }
  return withoutUndefined(config);
}

/** One key of a config object into `config`: a known option, `links`, or a note. */
function readKey(config: WidgetConfig, input: Record<string, unknown>, key: string, what: Source): void {
  const spec = BY_KEY.get(key);
  if (key === 'links') {
    const links = input.links;
    if (!links || typeof links !== 'object') {
      warnOnce(`${what}.links must be an object such as { android: "https://…" }; ignoring it.`);
      return;
    }
    for (const name of Object.keys(links)) {
      try {
        const link = BY_KEY.get(`links.${name}`);
        if (link) applyOption(config, link, (links as Record<string, unknown>)[name], `${what}.links.${name}`);
        else warnOnce(`${what}.links.${preview(name)} is not a known link; known: ${LINK_NAMES.join(', ')}.`);
      } catch (error) {
        warnOnce(`${what}.links.${preview(name)} could not be read (${String(error)}); ignoring it.`);
      }
    }
  } else if (key === 'translations' || key === 'widgets') {
    // Handled by the API (translations) and the loader; not a widget option.
  } else if (spec && !key.startsWith('links.')) {
    // The current name wins over an older one given beside it.
    if (key !== optionKey(spec) && Object.hasOwn(input, optionKey(spec))) return;
    noteAlias(spec, key, what);
    applyOption(config, spec, input[key], `${what}.${key}`);
  } else {
    warnOnce(`${what}.${preview(key)} is not a known setting; ignoring it.`);
  }
}

/** Later layers win; links merge key by key. */
export function mergeConfig(...layers: WidgetConfig[]): WidgetConfig {
  const out: WidgetConfig = {};
  for (const layer of layers) {
    const { links, ...rest } = layer;
    Object.assign(out, rest);
    if (links) out.links = { ...out.links, ...links };
  }
  return out;
}

/** Layer 2: `window.ISpeedConfig` with what `ISpeed.config()` added over it. */
export function globalConfig(): WidgetConfig {
  let fromWindow: WidgetConfig = {};
  try {
    fromWindow = readObject((globalThis as { ISpeedConfig?: unknown }).ISpeedConfig, 'window.ISpeedConfig');
  } catch (error) {
    // A getter that throws, a revoked proxy: a page's bug must not break the widgets.
    warnOnce(`window.ISpeedConfig could not be read (${String(error)}); ignoring it.`);
  }
  return mergeConfig(fromWindow, sharedState().runtimeConfig);
}

function addConfiguredTranslations(options: unknown, what: Source): void {
  try {
    if (!options || typeof options !== 'object' || options instanceof Node) return;
    const translations = (options as { translations?: unknown }).translations;
    if (translations === undefined) return;
    if (!translations || typeof translations !== 'object') {
      warnOnce(`${what}.translations must be an object such as { ede: {...} }; ignoring it.`);
      return;
    }
    for (const lang of Object.keys(translations)) {
      try {
        addTranslations(lang, (translations as Record<string, unknown>)[lang]);
      } catch (error) {
        warnOnce(`${what}.translations.${preview(lang)} could not be read (${String(error)}); ignoring it.`);
      }
    }
  } catch (error) {
    warnOnce(`${what}.translations could not be read (${String(error)}); ignoring them.`);
  }
}

/**
 * Reads what the loader queued (script tags' data-*, `ISpeed.config()`,
 * `ISpeed.addTranslations()`, `window.ISpeedConfig.translations`) into the
 * checked layers, in the order it came. Cheap when nothing is queued.
 */
export function applyPendingInput(): void {
  const state = sharedState();
  while (state.pending.length) {
    const input = state.pending.shift()!;
    try {
      if (input.kind === 'script')
        state.scriptConfig = mergeConfig(state.scriptConfig, readAttributes(input.script, 'data-'));
      else if (input.kind === 'config') {
        state.runtimeConfig = mergeConfig(state.runtimeConfig, readObject(input.options, 'ISpeed.config()'));
        addConfiguredTranslations(input.options, 'ISpeed.config()');
      } else if (input.kind === 'page-config') addConfiguredTranslations(input.options, 'window.ISpeedConfig');
      else addTranslations(input.lang, input.resources);
    } catch (error) {
      warnOnce(`a setting could not be read (${String(error)}); ignoring it.`);
    }
  }
}

/** A closed sticky bar stays closed this many days unless configured. */
export const DEFAULT_DISMISS_DAYS = SHARED_OPTIONS.dismissDays.default;

/**
 * The options a widget renders from: defaults < window.ISpeedConfig (and
 * ISpeed.config) < script-tag data-* < the element's attributes.
 */
export function resolveConfig(element: Element, defaults: { assetBase: string; platform: Platform }): ResolvedConfig {
  applyPendingInput();
  const merged = mergeConfig(globalConfig(), sharedState().scriptConfig, readAttributes(element));
  const smartLink = merged.smartLink ?? smartLinkBesideScript() ?? '';
  return {
    lang: merged.lang ?? '',
    unit: merged.unit ?? '',
    theme: merged.theme ?? SHARED_OPTIONS.theme.default,
    assetBase: merged.assetBase ?? defaults.assetBase,
    platform: merged.platform ?? defaults.platform,
    // QR codes open the smart link unless the qr link was set.
    links: { ...DEFAULT_LINKS, ...(smartLink ? { qr: smartLink } : {}), ...merged.links },
    dismissDays: merged.dismissDays ?? DEFAULT_DISMISS_DAYS,
    progressSrc: merged.progressSrc ?? '',
    smartLink,
  };
}

/**
 * `go.html` beside the script that loaded the library (the loader or the
 * bundle), unless that is a public CDN. Not beside an ES module: a bundler
 * moves the code away from the library's folder.
 */
function smartLinkBesideScript(): string | undefined {
  const { scriptBase, scriptBaseFromModule } = sharedState();
  return scriptBaseFromModule ? undefined : defaultSmartLink(scriptBase);
}
