/**
 * What each unit's banner brings, beside its samples: whether its portal
 * carries the banner (`ispeed-widgets check-portals` → portals.json, .csv or
 * .xlsx) and the visits its links sent through the smart link
 * (`ispeed-widgets clicks` → clicks.json, .csv or .xlsx). Both files are read
 * here for the report page and the command line alike, checked record by
 * record: a wrong record is left out and said, never trusted. No DOM.
 */
import { MONTH_PATTERN } from '../registry/campaign.js';
import { slugify } from '../registry/unit-code.js';
import { readCsv } from './csv.js';
import type { DataMessage } from './message-format.js';
import { parseCount, type UnitType } from './progress-file.js';
import { shiftMonth, vietnamDate } from './vietnam-time.js';

/**
 * The tables `check-portals` and `clicks` write, in each language: their
 * column headings and words, which the report reads back from a CSV or a
 * workbook.
 */
export const PORTAL_TABLE = {
  vi: {
    columns: ['Mã đơn vị', 'Tên đơn vị', 'Địa chỉ cổng', 'Banner trên cổng', 'Tìm thấy', 'Ngày kiểm tra', 'Ghi chú'],
    yes: 'có',
    no: 'không',
    unknown: 'không đọc được',
  },
  en: {
    columns: ['Unit code', 'Unit name', 'Portal address', 'Banner on portal', 'Found', 'Checked', 'Notes'],
    yes: 'yes',
    no: 'no',
    unknown: 'not read',
  },
};

export const CLICK_TABLE = {
  vi: { columns: ['Mã đơn vị', 'Tháng', 'Nền tảng', 'Cổng dẫn đến', 'Lượt bấm'], none: '(không có)' },
  en: { columns: ['Unit code', 'Month', 'Platform', 'Referring portal', 'Clicks'], none: '(none)' },
};

export interface PortalCheck {
  /** true: the banner is there; false: it is not; null: the portal could not be read or has no address. */
  banner: boolean | null;
  /** When the portal was read (ISO time). */
  checked: string;
  /** False when the unit has no portal address in the Department's list. */
  hasAddress: boolean;
}

export interface ClickRecord {
  /** The unit the link named; '' for a visit whose link named none. */
  unit: string;
  month: string;
  platform: string;
  portal: string;
  clicks: number;
}

/** The two files, as read (either may be missing). */
export interface Activity {
  portals?: Map<string, PortalCheck>;
  clicks?: ClickRecord[];
}

/** A file read, with what was left out; or why it cannot be used. */
export type ActivityRead<Value> = { ok: true; value: Value; notes: DataMessage[] } | { ok: false; reason: DataMessage };

/**
 * A unit's banner on the report: yes, no, the portal could not be read, the
 * unit has no portal address, or the check does not name the unit.
 */
export type BannerStatus = 'yes' | 'no' | 'unread' | 'noAddress' | 'unchecked';

export interface UnitActivity {
  /** Undefined when no portal check was given. */
  banner?: BannerStatus;
  /** The day the portal was checked (YYYY-MM-DD, in Vietnam). */
  bannerChecked?: string;
  /** Clicks in the report's month; undefined when no clicks file was given. */
  clicks?: number;
  /** Clicks the month before, when the clicks file covers it. */
  previousClicks?: number;
}

export interface ActivityTally {
  units: number;
  /** Units whose portal carries the banner. */
  banner: number;
  clicks: number;
  previousClicks?: number;
}

/** What the report says of the two files as a whole. */
export interface ActivitySummary {
  portals: boolean;
  clicks: boolean;
  /** The month before the report's, when the clicks file has it. */
  previousMonth?: string;
  totals: Record<'all' | UnitType, ActivityTally>;
  /** Units the portal check or the clicks name that the samples file does not (they are not added to the table). */
  notInSamples: string[];
  /** Their clicks in the report's month. */
  notInSamplesClicks: number;
  /** Clicks in the report's month whose link named no unit. */
  unattributed: number;
  /** The clicks file has no visit in the report's month. */
  noClicksThisMonth: boolean;
}

const MAX_RECORDS = 200_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The records of a JSON array, or of a CSV or workbook table with `columns` (by heading, in either language); undefined when it is neither. */
function recordsOf(
  text: string,
  headings: Record<'vi' | 'en', string[]>,
  fields: string[],
  cell: (field: string, value: string) => unknown,
): Record<string, unknown>[] | undefined | 'notJson' {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('[') || body.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(body);
      return Array.isArray(json) && json.every(isRecord) ? json : undefined;
    } catch {
      return 'notJson';
    }
  }
  const firstLine = body.slice(0, body.search(/\r|\n|$/));
  const delimiter = ['\t', ';', ','].reduce((best, mark) =>
    firstLine.split(mark).length > firstLine.split(best).length ? mark : best,
  );
  const rows = readCsv(body, delimiter, MAX_RECORDS + 5);
  const normal = (heading: string) => heading.trim().normalize('NFC').toLowerCase();
  // The heading row: the first (of a few, after any title rows) that names the unit column in either language.
  for (const [index, row] of rows.slice(0, 5).entries()) {
    const cells = row.map(normal);
    for (const lang of ['vi', 'en'] as const) {
      const columns = fields.map((_, field) => cells.indexOf(normal(headings[lang][field])));
      if (columns[0] === -1 || columns.filter((column) => column >= 0).length < 2) continue;
      return rows
        .slice(index + 1)
        .filter((cellsOfRow) => cellsOfRow.some((value) => value.trim()))
        .map((cellsOfRow) =>
          Object.fromEntries(
            fields.flatMap((field, position) =>
              columns[position] >= 0 ? [[field, cell(field, (cellsOfRow[columns[position]] ?? '').trim())]] : [],
            ),
          ),
        );
    }
  }
  return undefined;
}

const PORTAL_FIELDS = ['unit', 'name', 'url', 'banner', 'found', 'checked'];

/** A banner cell of check-portals' table, in either language. */
function bannerCell(value: string): boolean | null | undefined {
  const word = value.toLowerCase();
  if (word === PORTAL_TABLE.vi.yes || word === PORTAL_TABLE.en.yes) return true;
  if (word === PORTAL_TABLE.vi.no || word === PORTAL_TABLE.en.no) return false;
  if (word === PORTAL_TABLE.vi.unknown || word === PORTAL_TABLE.en.unknown) return null;
  return undefined;
}

/** check-portals' file (portals.json, or its CSV or workbook as text): each unit's banner status. */
export function readPortals(text: string): ActivityRead<Map<string, PortalCheck>> {
  const headings = { vi: PORTAL_TABLE.vi.columns, en: PORTAL_TABLE.en.columns };
  const records = recordsOf(text, headings, PORTAL_FIELDS, (field, value) =>
    field === 'banner' ? bannerCell(value) : value,
  );
  if (records === 'notJson') return { ok: false, reason: { code: 'activityNotJson' } };
  if (!records || (records.length > 0 && !records.some((record) => 'banner' in record)))
    return { ok: false, reason: { code: 'notPortals' } };
  const portals = new Map<string, PortalCheck>();
  let wrong = 0;
  for (const record of records.slice(0, MAX_RECORDS)) {
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
  const notes: DataMessage[] = wrong ? [{ code: 'portalsLeftOut', values: { count: wrong } }] : [];
  if (records.length && !portals.size) return { ok: false, reason: { code: 'notPortals' } };
  return { ok: true, value: portals, notes };
}

const CLICK_FIELDS = ['unit', 'month', 'platform', 'portal', 'clicks'];

/** The clicks file (clicks.json, or its CSV or workbook as text): visits per unit, month, platform and portal. */
export function readClicks(text: string): ActivityRead<ClickRecord[]> {
  const headings = { vi: CLICK_TABLE.vi.columns, en: CLICK_TABLE.en.columns };
  const records = recordsOf(text, headings, CLICK_FIELDS, (field, value) => {
    if (field === 'clicks') return parseCount(value) ?? value;
    if (field === 'unit' || field === 'portal')
      return value === CLICK_TABLE.vi.none || value === CLICK_TABLE.en.none ? '' : value;
    return value;
  });
  if (records === 'notJson') return { ok: false, reason: { code: 'activityNotJson' } };
  if (!records || (records.length > 0 && !records.some((record) => 'clicks' in record)))
    return { ok: false, reason: { code: 'notClicks' } };
  const clicks: ClickRecord[] = [];
  let wrong = 0;
  for (const record of records.slice(0, MAX_RECORDS)) {
    const { clicks: count, month } = record;
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
  if (records.length && !clicks.length) return { ok: false, reason: { code: 'notClicks' } };
  return { ok: true, value: clicks, notes: wrong ? [{ code: 'clicksLeftOut', values: { count: wrong } }] : [] };
}

/** A unit's banner status from the check, or "not checked" when the check does not name it. */
function bannerOf(check: PortalCheck | undefined): BannerStatus {
  if (!check) return 'unchecked';
  if (check.banner === true) return 'yes';
  if (check.banner === false) return 'no';
  return check.hasAddress ? 'unread' : 'noAddress';
}

/**
 * Each unit's banner status and clicks for `month`, and the totals per
 * type. Every unit of the report keeps its row whatever the files say (a
 * unit without a portal address is marked, not dropped); the units the
 * files name that the report does not are counted apart, not added, since
 * their samples are unknown and a code typed two ways is the usual cause.
 */
export function joinActivity(
  units: readonly { unit: string; type: UnitType }[],
  month: string,
  activity: Activity,
): { rows: Map<string, UnitActivity>; summary: ActivitySummary } {
  const sums = new Map<string, number>();
  const months = new Set<string>();
  for (const record of activity.clicks ?? []) {
    months.add(record.month);
    const key = `${record.unit} ${record.month}`;
    sums.set(key, (sums.get(key) ?? 0) + record.clicks);
  }
  const before = shiftMonth(month, -1);
  const hasBefore = months.has(before);
  const tally = (): ActivityTally => ({ units: 0, banner: 0, clicks: 0, ...(hasBefore ? { previousClicks: 0 } : {}) });
  const totals = { all: tally(), commune: tally(), agency: tally(), other: tally() };
  const rows = new Map<string, UnitActivity>();
  for (const { unit, type } of units) {
    const row: UnitActivity = {};
    if (activity.portals) {
      const check = activity.portals.get(unit);
      row.banner = bannerOf(check);
      if (check) row.bannerChecked = vietnamDate(new Date(check.checked));
    }
    if (activity.clicks) {
      row.clicks = sums.get(`${unit} ${month}`) ?? 0;
      if (hasBefore) row.previousClicks = sums.get(`${unit} ${before}`) ?? 0;
    }
    rows.set(unit, row);
    for (const total of [totals.all, totals[type]]) {
      total.units++;
      if (row.banner === 'yes') total.banner++;
      total.clicks += row.clicks ?? 0;
      if (total.previousClicks !== undefined) total.previousClicks += row.previousClicks ?? 0;
    }
  }
  const named = new Set([
    ...(activity.portals?.keys() ?? []),
    ...(activity.clicks ?? []).map((record) => record.unit).filter(Boolean),
  ]);
  const notInSamples = [...named].filter((unit) => !rows.has(unit)).sort();
  const outside = new Set(notInSamples);
  let notInSamplesClicks = 0;
  for (const record of activity.clicks ?? [])
    if (record.month === month && outside.has(record.unit)) notInSamplesClicks += record.clicks;
  return {
    rows,
    summary: {
      portals: Boolean(activity.portals),
      clicks: Boolean(activity.clicks),
      ...(hasBefore ? { previousMonth: before } : {}),
      totals,
      notInSamples,
      notInSamplesClicks,
      unattributed: sums.get(` ${month}`) ?? 0,
      noClicksThisMonth: Boolean(activity.clicks) && !months.has(month),
    },
  };
}

/** What the report notes about the two files once joined: units the samples file lacks, clicks without a unit, a month the clicks do not cover. */
export function activityNotes(summary: ActivitySummary, month: string): DataMessage[] {
  const notes: DataMessage[] = [];
  if (summary.noClicksThisMonth) notes.push({ code: 'noClicksThisMonth', values: { month: { month } } });
  if (summary.notInSamples.length) {
    const shown = summary.notInSamples.slice(0, 10);
    const more = summary.notInSamples.length - shown.length;
    notes.push({
      code: 'notInSamples',
      values: {
        count: summary.notInSamples.length,
        units: { list: more ? [...shown, `…(+${more})`] : shown },
        clicks: summary.notInSamplesClicks,
      },
    });
  }
  if (summary.unattributed) notes.push({ code: 'clicksWithoutUnit', values: { count: summary.unattributed } });
  return notes;
}
