import type { Platform } from '../registry/config-types.js';

export interface PlatformHints {
  userAgent: string;
  /** `navigator.maxTouchPoints`: tells an iPad in desktop mode from a Mac. */
  maxTouchPoints?: number;
  /** `navigator.userAgentData.platform`, where the browser offers it. */
  uaDataPlatform?: string;
}

/** Which store a visitor's device installs from; desktop gets the QR code. */
export function detectPlatform({ userAgent, maxTouchPoints = 0, uaDataPlatform }: PlatformHints): Platform {
  if (uaDataPlatform === 'Android') return 'android';
  if (uaDataPlatform === 'iOS') return 'ios';
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/i.test(userAgent)) return 'ios';
  // iPadOS 13+ asks for desktop sites and reports itself as a Mac; a Mac has no touch screen.
  if (/Macintosh/i.test(userAgent) && maxTouchPoints > 1) return 'ios';
  return 'desktop';
}

let cached: Platform | undefined;

/** The current visitor's platform, detected once per page. */
export function currentPlatform(): Platform {
  if (!cached) {
    const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
    cached = detectPlatform({
      userAgent: nav.userAgent,
      maxTouchPoints: nav.maxTouchPoints,
      uaDataPlatform: nav.userAgentData?.platform,
    });
  }
  return cached;
}
