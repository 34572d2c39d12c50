/**
 * What each unit's banner brings, beside its samples: whether its portal
 * carries the banner (`ispeed-widgets check-portals` → portals.json) and the
 * visits its links sent through the smart link (`ispeed-widgets clicks` →
 * clicks.json). Both files are read here for the report page and the command
 * line alike, checked field by field: a wrong record is left out and said,
 * never trusted. No DOM.
 */
import { MONTH_PATTERN } from '../registry/campaign.js';
import { slugify } from '../registry/unit-code.js';

export interface PortalCheck {
  /** true: the banner is there; false: it is not; null: the portal could not be read or has no address. */
  banner: boolean | null;
  /** When the portal was read (ISO time). */
  checked: string;
  /** False when the unit has no portal address in the Department's list. */
  hasAddress: boolean;
}

export interface ClickRecord {
  unit: string;
  month: string;
  platform: string;
  portal: string;
  clicks: number;
}

export interface UnitActivity {
  banner: boolean | null;
  bannerChecked?: string;
  hasAddress: boolean;
  /** Clicks this month; undefined when no clicks file was given. */
  clicks?: number;
  /** Clicks the month before, for the change. */
  previousClicks?: number;
}

export interface Activity {
  portals?: Map<string, PortalCheck>;
  clicks?: ClickRecord[];
  problems: string[];
}

const MAX_RECORDS = 200_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** portals.json as `check-portals` writes it; undefined (with a problem) when it is not one. */
export function readPortalCheck(json: unknown, problems: string[]): Map<string, PortalCheck> | undefined {
  if (!Array.isArray(json) || !json.every(isRecord) || !json.some((record) => 'banner' in record)) {
    problems.push('portals.json: not the file check-portals writes (an array of {unit, url, banner, found, checked}).');
    return undefined;
  }
  const portals = new Map<string, PortalCheck>();
  let wrong = 0;
  for (const record of json.slice(0, MAX_RECORDS)) {
    const unit = typeof record.unit === 'string' ? slugify(record.unit) : '';
    const banner = record.banner;
    const checked =
      typeof record.checked === 'string' && !Number.isNaN(Date.parse(record.checked)) ? record.checked : '';
    if (!unit || !(banner === true || banner === false || banner === null) || !checked) {
      wrong++;
      continue;
    }
    portals.set(unit, { banner, checked, hasAddress: typeof record.url === 'string' && record.url !== '' });
  }
  if (wrong) problems.push(`portals.json: ${wrong} records without a unit, a banner status or a time were left out.`);
  return portals;
}

/** clicks.json as `ispeed-widgets clicks` writes it; undefined (with a problem) when it is not one. */
export function readClicks(json: unknown, problems: string[]): ClickRecord[] | undefined {
  if (
    !Array.isArray(json) ||
    !json.every(isRecord) ||
    (json.length > 0 && !json.some((record) => 'clicks' in record))
  ) {
    problems.push(
      'clicks.json: not the file "ispeed-widgets clicks" writes (an array of {unit, month, platform, portal, clicks}).',
    );
    return undefined;
  }
  const clicks: ClickRecord[] = [];
  let wrong = 0;
  for (const record of json.slice(0, MAX_RECORDS)) {
    const count = record.clicks;
    const month = record.month;
    if (
      typeof record.unit !== 'string' ||
      typeof month !== 'string' ||
      !MONTH_PATTERN.test(month) ||
      typeof count !== 'number' ||
      !Number.isSafeInteger(count) ||
      count < 0
    ) {
      wrong++;
      continue;
    }
    clicks.push({
      unit: slugify(record.unit),
      month,
      platform: typeof record.platform === 'string' ? record.platform : '',
      portal: typeof record.portal === 'string' ? record.portal : '',
      clicks: count,
    });
  }
  if (wrong)
    problems.push(`clicks.json: ${wrong} records without a unit, a month like 2026-11 or a count were left out.`);
  return clicks;
}

/** The month before `month` (`2026-01` → `2025-12`). */
export function monthBefore(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** Sums a unit's clicks per month, once for every unit. */
function clicksByUnitMonth(clicks: ClickRecord[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const record of clicks) {
    const key = `${record.unit} ${record.month}`;
    sums.set(key, (sums.get(key) ?? 0) + record.clicks);
  }
  return sums;
}

/**
 * Each unit's banner status and clicks for `month`. A unit the portal check
 * does not name is "not checked" (`banner: null`, no date); a unit without
 * a portal address is marked, not dropped.
 */
export function activityByUnit(units: readonly string[], month: string, activity: Activity): Map<string, UnitActivity> {
  const sums = activity.clicks ? clicksByUnitMonth(activity.clicks) : undefined;
  const before = monthBefore(month);
  const result = new Map<string, UnitActivity>();
  for (const unit of units) {
    const check = activity.portals?.get(unit);
    const row: UnitActivity = { banner: check?.banner ?? null, hasAddress: check?.hasAddress ?? true };
    if (check) row.bannerChecked = check.checked;
    if (sums) {
      row.clicks = sums.get(`${unit} ${month}`) ?? 0;
      row.previousClicks = sums.get(`${unit} ${before}`) ?? 0;
    }
    result.set(unit, row);
  }
  return result;
}
