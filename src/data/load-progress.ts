/**
 * The Department's progress file, fetched and read once per page for every
 * widget that shows it (the progress widget, a banner's unit figure), with
 * each problem told once in the console.
 *
 * A file whose address ends in `.js` is progress.js, the data as a classic
 * script: run with <script src> (no CORS needed) when it is on the loader's
 * own host, refused from any other; read as data, through CORS, when the
 * loader's tag is pinned with `integrity` (see src/runtime/data-script.ts).
 * JSON and CSV are fetched, which needs CORS from a host other than the page's.
 */
import { warnOnce } from '../loader/log.js';
import { REPORT_BY_DAY } from '../registry/campaign.js';
import { corsHint, loadDataScript, loaderTag, scriptRefusal } from '../runtime/data-script.js';
import { fetchText } from './fetch-text.js';
import en from './locales/en.json';
import { formatMessage, type DataMessage } from './message-format.js';
import {
  MAX_BYTES,
  isUnusable,
  readProgressData,
  readProgressText,
  type ProgressData,
  type ReadResult,
} from './progress-file.js';
import { isScriptAddress, progressScriptData } from './progress-script.js';

/** Problems shown one by one in the console before the rest are counted. */
const WARNED_PROBLEMS = 10;

/** `unreachable`: no file (404, network, timeout, refused); `unreadable`: a file that is not progress data. */
export type Failure = 'unreachable' | 'unreadable';
export type Loaded = { ok: true; data: ProgressData } | { ok: false; failure: Failure };

/** A file's content as read: text to parse, data a script registered, or why there is none. */
type Source =
  { ok: true; text: string; encoding?: string } | { ok: true; data: unknown } | { ok: false; reason: string };

const sources = new Map<string, Promise<Source>>();
const reads = new Map<string, Promise<Loaded>>();

/** Console messages are in English: only its words come with the widgets. */
const english = (message: DataMessage) => formatMessage(en, message, 'en');

async function readSource(url: string, timeoutMs: number): Promise<Source> {
  if (isScriptAddress(url) && !loaderTag().pinned) {
    const refused = scriptRefusal(url);
    return refused ? { ok: false, reason: `refused: ${refused}` } : loadDataScript(url, timeoutMs);
  }
  const fetched = await fetchText(url, timeoutMs, MAX_BYTES);
  if (!fetched.ok)
    return { ok: false, reason: `${fetched.reason}${fetched.reason.startsWith('not a file') ? corsHint(url) : ''}` };
  if (!isScriptAddress(url)) return fetched;
  const script = progressScriptData(fetched.text);
  return script.ok ? script : { ok: false, reason: english({ code: 'notScript' }) };
}

/** Reads the Department's progress file once per page (and once per column mapping and month); never rejects. */
export function loadProgress(url: string, columns: string, month: string, timeoutMs: number): Promise<Loaded> {
  const key = JSON.stringify([url, columns, month]);
  let read = reads.get(key);
  if (!read) {
    read = (async (): Promise<Loaded> => {
      let source = sources.get(url);
      if (!source) sources.set(url, (source = readSource(url, timeoutMs)));
      const found = await source;
      if (!found.ok) {
        warnOnce(`the progress data ${url} could not be read: ${found.reason}.`);
        return { ok: false, failure: 'unreachable' };
      }
      if ('encoding' in found && found.encoding !== 'utf-8')
        warnOnce(
          `the progress data ${url} is not UTF-8: read as ${found.encoding} (Excel's plain CSV); save it as "CSV UTF-8" to be sure.`,
        );
      let result: ReadResult;
      try {
        result =
          'text' in found
            ? await readProgressText(found.text, { columns, month })
            : await readProgressData(found.data, { columns, month });
      } catch (error) {
        result = { unusable: { code: 'failed', values: { detail: String(error).slice(0, 80) } } };
      }
      if (isUnusable(result)) {
        const { code, values } = result.unusable;
        const fix =
          code === 'duplicateColumns'
            ? `; keep one, or name it with columns="${(values?.field as { field: string }).field}:…"`
            : code === 'missingColumn' || code === 'noHeader'
              ? '; name the columns with columns="unit:…,samples:…"'
              : '';
        warnOnce(`the progress data ${url} could not be used: ${english(result.unusable)}${fix}.`);
        return { ok: false, failure: 'unreadable' };
      }
      // The notes (rows skipped as totals or signatures, the totals' check) are for the Department's tools.
      const said = result.problems;
      for (const problem of said.slice(0, WARNED_PROBLEMS)) warnOnce(`the progress data ${url}: ${english(problem)}.`);
      if (said.length > WARNED_PROBLEMS) {
        warnOnce(`the progress data ${url}: ${said.length - WARNED_PROBLEMS} more problem(s) like those above.`);
      }
      if (result.monthSource === 'today') {
        warnOnce(
          `the progress data ${url} names no month: showing ${result.rows[0]?.month ?? 'none'}, the month units report today in Vietnam (the month just ended until the ${REPORT_BY_DAY}th).`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { ok: true, data: result };
    })().catch((error: unknown) => {
      warnOnce(`the progress data ${url} could not be used: ${String(error).slice(0, 80)}.`);
      return { ok: false, failure: 'unreadable' } as const;
    });
    reads.set(key, read);
  }
  return read;
}
