import { expect } from '@open-wc/testing';
import { detectPlatform } from '../../src/runtime/platform.js';

// Real user-agent strings, as each browser sends them.
const UA = {
  androidChrome:
    'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidZalo:
    'Mozilla/5.0 (Linux; Android 12; Redmi Note 11 Build/SKQ1.211103.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100739 ZaloTheme/light ZaloLanguage/vi',
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iPadLegacy:
    'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  iPadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windowsCocCoc:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/125.0.212 Chrome/119.0.6045.212 Safari/537.36',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
};

describe('detectPlatform', () => {
  it('sends Android phones, including in-app browsers, to Google Play', () => {
    expect(detectPlatform({ userAgent: UA.androidChrome, maxTouchPoints: 5 })).to.equal('android');
    expect(detectPlatform({ userAgent: UA.androidZalo, maxTouchPoints: 5 })).to.equal('android');
  });

  it('sends iPhones and iPads to the iOS link', () => {
    expect(detectPlatform({ userAgent: UA.iPhoneSafari, maxTouchPoints: 5 })).to.equal('ios');
    expect(detectPlatform({ userAgent: UA.iPadLegacy, maxTouchPoints: 5 })).to.equal('ios');
  });

  it('tells an iPadOS 13+ tablet in desktop mode from a Mac by its touch points', () => {
    expect(detectPlatform({ userAgent: UA.iPadDesktopMode, maxTouchPoints: 5 })).to.equal('ios');
    expect(detectPlatform({ userAgent: UA.macSafari, maxTouchPoints: 0 })).to.equal('desktop');
  });

  it('treats Windows, macOS and Linux browsers as desktop', () => {
    expect(detectPlatform({ userAgent: UA.windowsChrome })).to.equal('desktop');
    expect(detectPlatform({ userAgent: UA.windowsCocCoc })).to.equal('desktop');
    expect(detectPlatform({ userAgent: UA.linuxFirefox })).to.equal('desktop');
  });

  it('trusts User-Agent Client Hints where the browser gives them', () => {
    expect(detectPlatform({ userAgent: UA.windowsChrome, uaDataPlatform: 'Android' })).to.equal('android');
    expect(detectPlatform({ userAgent: '', uaDataPlatform: 'iOS' })).to.equal('ios');
    expect(detectPlatform({ userAgent: UA.androidChrome, uaDataPlatform: 'Windows' })).to.equal('android');
  });
});
