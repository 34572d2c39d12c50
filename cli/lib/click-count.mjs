// Counts visits to the smart link page (go.html) per unit, month, platform
// and referring portal, from access-log requests. What is left out, and why:
//  - bots and link-preview fetchers (BOT_PATTERN, documented in the README);
//  - prefetches, where the log records the Sec-Purpose or Purpose header;
//  - failed requests and anything but GET;
//  - repeats: one visitor (IP and user agent) opening the same unit's link
//    again within 30 minutes counts once. The IP is held only in memory,
//    for that half hour, and never written out.
import { createHash } from 'node:crypto';

/** User agents that are not a person tapping a link. Matched case-insensitively anywhere in the user agent. */
export const BOT_WORDS = [
  'bot', // Googlebot, bingbot, coccocbot, YandexBot, Applebot, Zalo's and Telegram's link previews
  'crawl',
  'spider',
  'slurp',
  'facebookexternalhit',
  'facebookcatalog',
  'headlesschrome',
  'lighthouse',
  'preview', // Skype, WhatsApp-style link previews
  'curl/',
  'wget/',
  'python-requests',
  'python-urllib',
  'go-http-client',
  'java/',
  'okhttp',
  'ispeed-widgets', // this tool's own check-portals
];
const BOT_PATTERN = new RegExp(BOT_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

export const REPEAT_WINDOW_MS = 30 * 60 * 1000;

export function platformOf(userAgent) {
  if (/android/i.test(userAgent)) return 'android';
  if (/iphone|ipad|ipod/i.test(userAgent)) return 'ios';
  return 'desktop';
}

/** The referring page's host, lower case, or '' for none (a scanned QR code, a typed address). */
export function portalOf(referrer) {
  if (!referrer) return '';
  try {
    const url = new URL(referrer);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

export class ClickCount {
  /**
   * @param {{ page: string, monthOf: (time: number) => string, unitOf: (raw: string) => string }} rules
   *   page: the smart link page's file name; monthOf: the campaign month of a time;
   *   unitOf: a unit code as the library writes it, or '' for none.
   */
  constructor({ page, monthOf, unitOf }) {
    this.page = page;
    this.monthOf = monthOf;
    this.unitOf = unitOf;
    /** "unit\0month\0platform\0portal" → clicks */
    this.counts = new Map();
    /** digest of "ip, user agent, unit" → time last counted; pruned as the log moves on. */
    this.recent = new Map();
    this.left = { bots: 0, prefetches: 0, repeats: 0, failed: 0 };
    this.latest = -Infinity;
    this.pruneAt = 10000;
  }

  /** A cheap test on the raw line before it is parsed: most lines are not for the smart link page. */
  mentions(line) {
    return line.includes(this.page);
  }

  add(request) {
    const [path, query = ''] = request.target.split('?', 2);
    if (!path.endsWith(`/${this.page}`) && path !== this.page) return;
    if (request.method !== 'GET' || request.status < 200 || request.status > 399) {
      this.left.failed++;
      return;
    }
    if (BOT_PATTERN.test(request.userAgent) || !request.userAgent) {
      this.left.bots++;
      return;
    }
    if (request.extra.includes('prefetch') || request.extra.includes('prerender')) {
      this.left.prefetches++;
      return;
    }
    const unit = this.unitOf(new URLSearchParams(query).get('unit') ?? '');
    // A digest, not the text: no IP in memory in clear, and no slice of the log's read buffer kept alive.
    const visitor = createHash('sha256').update(`${request.client}\0${request.userAgent}\0${unit}`).digest('base64');
    const last = this.recent.get(visitor);
    if (last !== undefined && Math.abs(request.time - last) < REPEAT_WINDOW_MS) {
      this.left.repeats++;
      return;
    }
    this.recent.set(visitor, request.time);
    this.forgetOld(request.time);
    const key = [unit, this.monthOf(request.time), platformOf(request.userAgent), portalOf(request.referrer)].join(
      '\0',
    );
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Drops visitors last seen more than the window before the latest request, so memory follows the traffic of half an hour. */
  forgetOld(time) {
    if (time <= this.latest) return;
    this.latest = time;
    if (this.recent.size < this.pruneAt) return;
    for (const [visitor, seen] of this.recent) if (time - seen >= REPEAT_WINDOW_MS) this.recent.delete(visitor);
    // Half an hour of real visitors may be many: prune again only when their number has doubled.
    this.pruneAt = Math.max(10000, this.recent.size * 2);
  }

  /** `{unit, month, platform, portal, clicks}`, sorted by unit, month, platform and portal. */
  records() {
    return [...this.counts]
      .map(([key, clicks]) => {
        const [unit, month, platform, portal] = key.split('\0');
        return { unit, month, platform, portal, clicks };
      })
      .sort(
        (a, b) =>
          a.unit.localeCompare(b.unit) ||
          a.month.localeCompare(b.month) ||
          a.platform.localeCompare(b.platform) ||
          a.portal.localeCompare(b.portal),
      );
  }
}
