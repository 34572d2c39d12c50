/**
 * What the configurator reads from the network to check the embed code: the
 * integrity hashes beside ispeed.js, the artwork folder's manifest and the
 * progress data file. Each result is kept as data and put into words when
 * drawn, so switching the interface language rewords it.
 */
import type { LitElement, ReactiveController } from 'lit';
import { TooLarge, fetchChecked, fetchJson } from '../../runtime/fetch-json.js';
import { decodeText } from '../../data/decode.js';
import { describe, type DataMessage } from '../../data/messages.js';
import {
  MAX_BYTES,
  isUnusable,
  latestMonth,
  parseProgressJson,
  parseProgressText,
  type ReadResult,
} from '../../data/progress-file.js';
import { isScriptAddress, progressScriptData } from '../../data/progress-script.js';
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

/**
 * What reading the progress data file gave: the file's units in its latest
 * month, or why it cannot be used, put into words in the interface's language
 * when drawn. `portal`: the file reads here, on the Department's host, but a
 * portal of another host could not read it; the preview then fails it too.
 */
export type DataFileStatus =
  | { url: ''; state: 'none' }
  | { url: string; state: 'checking' }
  | { url: string; state: 'read'; units: number; month: string }
  | { url: string; state: 'unusable'; reason?: (lang: string) => string; portal?: boolean };

/** The file as fetched here, and whether its host sends CORS (which a portal of another host needs to fetch it). */
async function fetchWithCors(
  url: string,
): Promise<{ ok: true; text: string; cors: boolean } | { ok: false; reason: string }> {
  const result = await fetchChecked(url, 5000, 'a file', async (response) => {
    if (Number(response.headers.get('content-length')) > MAX_BYTES)
      throw new TooLarge(`the file is over the limit of ${MAX_BYTES} bytes`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_BYTES) throw new TooLarge(`the file is over the limit of ${MAX_BYTES} bytes`);
    // A same-origin answer shows every header; one from another origin was read through CORS already.
    const cors = response.headers.has('access-control-allow-origin') || new URL(url).origin !== location.origin;
    return { text: decodeText(bytes).text, cors };
  });
  return result.ok ? { ok: true, ...result.data } : result;
}

/**
 * Reads the progress data file as its address is typed (after a pause), with
 * the widget's own reader, the way a portal of another host would: a
 * progress.js only from the host of ispeed.js, a JSON or CSV file only from a
 * host that sends CORS.
 */
export class DataFileCheck implements ReactiveController {
  status: DataFileStatus = { url: '', state: 'none' };
  private timer = 0;

  /**
   * @param monthAsked - The month field, read when the file is: the month of a file without a month column.
   * @param distFolder - The folder of the ispeed.js the embed code loads.
   * @param changed - Told when the status changes (the preview follows it).
   */
  constructor(
    private readonly host: LitElement,
    private readonly monthAsked: () => string,
    private readonly distFolder: () => string = () => location.href,
    private readonly changed: () => void = () => {},
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
    const unusable = (message: DataMessage, portal = false) =>
      this.update({ url, state: 'unusable', reason: (lang) => describe(message, lang), portal });
    const script = isScriptAddress(url);
    const loaderOrigin = new URL(this.distFolder()).origin;
    if (script && new URL(url).origin !== loaderOrigin)
      return unusable(
        { code: 'scriptOtherHost', values: { host: new URL(url).origin, loaderHost: loaderOrigin } },
        true,
      );
    const fetched = await fetchWithCors(url);
    if (this.status.url !== url) return;
    if (!fetched.ok) return unusable({ code: 'failed', values: { detail: fetched.reason } });
    if (!script && !fetched.cors) return unusable({ code: 'needsCors' }, true);
    const month = this.monthAsked().trim() || undefined;
    let data: ReadResult;
    if (script) {
      const found = progressScriptData(fetched.text);
      if (!found.ok) return unusable({ code: 'notScript' });
      data = parseProgressJson(found.data, { month });
    } else data = parseProgressText(fetched.text, { month });
    if (isUnusable(data)) return unusable(data.unusable);
    const latest = latestMonth(data.rows);
    if (!latest) return this.update({ url, state: 'unusable' });
    const units = new Set(data.rows.filter((row) => row.month === latest).map((row) => row.unit)).size;
    this.update({ url, state: 'read', units, month: latest });
  }

  private update(status: DataFileStatus): void {
    const portal = this.status.state === 'unusable' && this.status.portal;
    this.status = status;
    this.host.requestUpdate();
    if (portal !== (status.state === 'unusable' && status.portal)) this.changed();
  }
}
