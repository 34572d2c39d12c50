/**
 * The portal a visitor came from, for `utm_source`: the host of
 * `document.referrer`. The Department's pages (go.html, embed.html,
 * print.html) are not the portal, so their own host would credit the Department.
 */
const HOST_NAME = /^[a-z0-9.-]{1,253}$/;

/** The referring page's host name, or undefined without an http(s) referrer. */
export function referrerHost(referrer: string = document.referrer): string | undefined {
  try {
    const url = new URL(referrer);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && HOST_NAME.test(url.hostname)) return url.hostname;
  } catch {
    // No referrer (typed, scanned, or a no-referrer policy): nothing to credit.
  }
  return undefined;
}
