/**
 * dist/print.js: the poster page (print.html) renders one widget from its
 * URL parameters, as a poster, and opens the print dialog once it has drawn.
 * Parameters are checked by pageOptions, then passed on as attributes.
 *
 * A unit name prints only from the Department's published list of units:
 * `units` in its `department.json` (see page-department.ts), or, the older
 * way, a list named on the script tag, `<script src="print.js"
 * data-units="units.json">` (a JSON list of names, or of `{ "code", "name" }`).
 * The poster credits the portal it came from: the QR card's attributed link
 * (its `href`), else the host of `document.referrer`.
 */
import type {} from '../../loader/api.js';
import { fetchJson } from '../../runtime/fetch-json.js';
import { warnOnce } from '../../loader/log.js';
import { unitNames } from '../department-file.js';
import { applyDepartment } from './page-department.js';
import { pageOptions } from './page-options.js';
import { posterTitle } from './page-title.js';

/** What a poster may carry: the QR card's own settings. */
const ALLOWED = [
  'href',
  'level',
  'paper',
  'lang',
  'unit',
  'unit-name',
  'theme',
  'links-android',
  'links-ios',
  'links-qr',
];

const script = document.currentScript;
const unitsFile = script?.dataset.units;

/** The unit names of a `data-units` list, or undefined when none is named (or its list cannot be read: then no name is printed). */
async function loadUnits(): Promise<readonly string[] | undefined> {
  if (!unitsFile) return undefined;
  const url = new URL(unitsFile, location.href);
  const result =
    url.origin === location.origin
      ? await fetchJson(url.href, 5000)
      : { ok: false as const, reason: "not on this page's own address" };
  const names =
    result.ok && Array.isArray(result.data)
      ? result.data
          .map((unit: unknown) => (typeof unit === 'string' ? unit : (unit as { name?: unknown } | null)?.name))
          .filter((name): name is string => typeof name === 'string')
      : undefined;
  if (!names)
    warnOnce(
      `the list of units ${url.href} could not be read (${result.ok ? 'not a list' : result.reason}); no unit name is printed.`,
    );
  return names ?? [];
}

async function renderPoster(): Promise<void> {
  const department = await applyDepartment(script);
  const params = new URLSearchParams(location.search);
  const units = unitNames(department) ?? (params.has('unit-name') ? await loadUnits() : undefined);
  const options = pageOptions(params, ALLOWED, { units });
  const paper = params.get('paper') === 'a5' ? 'a5' : 'a4';
  document.documentElement.classList.add(paper);
  if (options.lang) document.documentElement.lang = options.lang;
  document.title = posterTitle(document.documentElement.lang);
  const element = window.ISpeed?.render('#poster', {
    widget: params.get('widget') ?? 'qr-card',
    size: 'poster',
    actions: 'none',
    ...options,
  });
  if (!element) return;
  await customElements.whenDefined(element.localName);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  if (params.get('autoprint') !== '0') requestAnimationFrame(() => window.print());
}

// `data-ready` on <html> once the poster is drawn (or refused), for tests and the Department's own checks.
void renderPoster().finally(() => (document.documentElement.dataset.ready = ''));
