/**
 * A banner's one line about its own unit ("Xã Ea Kao: 124/300 mẫu tháng 11"),
 * read from the Department's progress file with the progress widget's own
 * reader and cache, so the file is fetched once per page. The loader brings
 * this module only to a banner that has a progress file.
 */
import { TARGET_SAMPLES } from '../../registry/campaign.js';
import { warnOnce } from '../../loader/log.js';
import { loadProgress } from '../../data/load-progress.js';
import { latestMonth } from '../../data/progress-file.js';

const TIMEOUT_MS = 5000;

export interface UnitFigure {
  name: string;
  samples: number;
  target: number;
  /** YYYY-MM */
  month: string;
}

/** The unit's figure in the file's latest month, or undefined (said once in the console). Never rejects. */
export async function unitFigure(src: string, unit: string): Promise<UnitFigure | undefined> {
  const loaded = await loadProgress(src, '', '', TIMEOUT_MS);
  if (!loaded.ok) return undefined;
  const month = latestMonth(loaded.data.rows);
  const row = month
    ? loaded.data.rows.find((candidate) => candidate.unit === unit && candidate.month === month)
    : undefined;
  if (!row) {
    warnOnce(
      `the progress data ${src} has no row for the unit "${unit}"${month ? ` in ${month}` : ''}; the banner shows no figure.`,
    );
    return undefined;
  }
  return {
    name: row.name || unit,
    samples: row.samples,
    target: loaded.data.target ?? TARGET_SAMPLES,
    month: row.month,
  };
}
