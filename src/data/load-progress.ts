/**
 * The Department's progress file, fetched and read once per page for every
 * widget that shows it (the progress widget, a banner's unit figure), with
 * each problem told once in the console.
 */
import { warnOnce } from '../loader/log.js';
import { fetchText } from './fetch-text.js';
import { MAX_BYTES, readProgressText, type ProgressData } from './progress-file.js';

/** Problems shown one by one in the console before the rest are counted. */
const WARNED_PROBLEMS = 10;

/** `unreachable`: no file (404, network, timeout); `unreadable`: a file that is not progress data. */
export type Failure = 'unreachable' | 'unreadable';
export type Loaded = { ok: true; data: ProgressData } | { ok: false; failure: Failure };

const texts = new Map<string, ReturnType<typeof fetchText>>();
const reads = new Map<string, Promise<Loaded>>();

/** Reads the Department's JSON or CSV file once per page (and once per column mapping); never rejects. */
export function loadProgress(url: string, columns: string, month: string, timeoutMs: number): Promise<Loaded> {
  const key = JSON.stringify([url, columns, month]);
  let read = reads.get(key);
  if (!read) {
    read = (async (): Promise<Loaded> => {
      let text = texts.get(url);
      if (!text) texts.set(url, (text = fetchText(url, timeoutMs, MAX_BYTES)));
      const fetched = await text;
      if (!fetched.ok) {
        warnOnce(`the progress data ${url} could not be read: ${fetched.reason}.`);
        return { ok: false, failure: 'unreachable' };
      }
      if (fetched.encoding !== 'utf-8')
        warnOnce(
          `the progress data ${url} is not UTF-8: read as ${fetched.encoding} (Excel's plain CSV); save it as "CSV UTF-8" to be sure.`,
        );
      let result: ProgressData | string;
      try {
        result = await readProgressText(fetched.text, { columns, month });
      } catch (error) {
        result = `it could not be read (${String(error).slice(0, 80)})`;
      }
      if (typeof result === 'string') {
        warnOnce(`the progress data ${url} could not be used: ${result}.`);
        return { ok: false, failure: 'unreadable' };
      }
      for (const problem of result.problems.slice(0, WARNED_PROBLEMS))
        warnOnce(`the progress data ${url}: ${problem}.`);
      if (result.problems.length > WARNED_PROBLEMS) {
        warnOnce(
          `the progress data ${url}: ${result.problems.length - WARNED_PROBLEMS} more problem(s) like those above.`,
        );
      }
      if (result.monthSource === 'today') {
        warnOnce(
          `the progress data ${url} names no month (no month column, month attribute, "month" or "updated"): showing it as this month in Vietnam.`,
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
