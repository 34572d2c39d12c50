/**
 * What the configurator reads from the network to check the embed code: the
 * integrity hashes beside ispeed.js, the artwork folder's manifest and the
 * progress data file. Each result is kept as data and put into words when
 * drawn, so switching the interface language rewords it.
 */
import type { LitElement, ReactiveController } from 'lit';
import { parseDepartment, type Department } from '../../data/department.js';
import { fetchJson } from '../../runtime/fetch-json.js';
import { fetchText } from '../../data/fetch-text.js';
import { MAX_BYTES, latestMonth, parseProgressText } from '../../data/progress-file.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import { asFolder } from './state.js';

/** The hashes of integrity.json in the dist folder, or undefined when it cannot be read (no SRI form then). */
export async function readIntegrity(distFolder: string): Promise<Record<string, string> | undefined> {
  const result = await fetchJson(new URL('integrity.json', distFolder).href, 5000);
  const hashes = result.ok ? (result.data as Record<string, unknown> | null) : undefined;
  return hashes && typeof hashes === 'object' && typeof hashes['ispeed.js'] === 'string'
    ? (hashes as Record<string, string>)
    : undefined;
}

/**
 * department.json beside the library: `absent` when the host has none (404),
 * else what parseDepartment made of it, with one sentence per thing left out.
 * A file that cannot be read or parsed counts as a department with nothing
 * set (no CORS), with the reason as its problem.
 */
export type DepartmentFile =
  { state: 'loading' } | { state: 'absent' } | { state: 'read'; department: Department; problems: string[] };

/** Reads department.json from the library's folder (same origin), with the one parser every page uses. */
export async function readDepartment(distFolder: string): Promise<DepartmentFile> {
  const result = await fetchJson(new URL('department.json', distFolder).href, 5000);
  if (!result.ok && result.reason === 'HTTP 404') return { state: 'absent' };
  if (!result.ok)
    return {
      state: 'read',
      department: parseDepartment({}).department,
      problems: [`department.json: ${result.reason}.`],
    };
  return { state: 'read', ...parseDepartment(result.data) };
}

/** Whether the artwork folder can be read: when not, the widget uses its built-in design, and the preview says so. */
export class ArtworkCheck {
  /** The manifest address that could not be read, or '', per folder. */
  private readonly manifest: KeyedLoad<string>;

  constructor(private readonly host: LitElement) {
    this.manifest = new KeyedLoad(host);
  }

  /** The manifest that could not be read, or ''. */
  get unreadable(): string {
    return this.manifest.value ?? '';
  }

  /** Checks the folder once per address (an empty or invalid one needs no check). */
  check(folder: string | undefined): void {
    const shown = this.unreadable;
    this.manifest.run(folder ?? '', () => {
      if (!folder) return '';
      const url = new URL('manifest.json', asFolder(folder)).href;
      return fetchJson(url, 3000).then((result) => (result.ok ? '' : url));
    });
    // Checked after a render: a warning about the previous folder goes at once.
    if (this.unreadable !== shown) this.host.requestUpdate();
  }
}

/** What reading the progress data file gave: the file's units in its latest month, or the reader's reason. */
export type DataFileStatus =
  | { url: ''; state: 'none' }
  | { url: string; state: 'checking' }
  | { url: string; state: 'read'; units: number; month: string }
  /** `reason` is the reader's (English, as the widget logs it); undefined: no row could be used. */
  | { url: string; state: 'unusable'; reason?: string };

/** Reads the progress data file as its address is typed (after a pause), with the widget's own reader. */
export class DataFileCheck implements ReactiveController {
  status: DataFileStatus = { url: '', state: 'none' };
  private timer = 0;

  /** @param monthAsked - The month field, read when the file is: the month of a file without a month column. */
  constructor(
    private readonly host: LitElement,
    private readonly monthAsked: () => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Reads the file at `url` unless it is the one already read (an empty address clears the result). */
  check(url: string | undefined): void {
    if ((url ?? '') === this.status.url) return;
    clearTimeout(this.timer);
    if (!url) {
      this.update({ url: '', state: 'none' });
      return;
    }
    this.update({ url, state: 'checking' });
    this.timer = window.setTimeout(() => void this.read(url), 300);
  }

  private async read(url: string): Promise<void> {
    const fetched = await fetchText(url, 5000, MAX_BYTES);
    const data = fetched.ok
      ? parseProgressText(fetched.text, { month: this.monthAsked().trim() || undefined })
      : fetched.reason;
    if (this.status.url !== url) return;
    if (typeof data === 'string') return this.update({ url, state: 'unusable', reason: data });
    const month = latestMonth(data.rows);
    if (!month) return this.update({ url, state: 'unusable' });
    const units = new Set(data.rows.filter((row) => row.month === month).map((row) => row.unit)).size;
    this.update({ url, state: 'read', units, month });
  }

  private update(status: DataFileStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
