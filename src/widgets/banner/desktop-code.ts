import { html, nothing, svg, type TemplateResult } from 'lit';
import { warnOnce } from '../../loader/log.js';
import { sharedState } from '../../loader/shared-state.js';
import type { BannerSize } from '../../registry/widgets.js';
import { keepAppName } from '../../runtime/app-name.js';
import type { TFunction } from '../../runtime/i18n.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import type { ScanCode } from './scan-code.js';

/** The code's room in each size that shows it (px): the tower's column, a fluid row's height. */
const CODE_ROOM: Partial<Record<BannerSize, number>> = { '300x600': 172, '160x600': 136, fluid: 120 };

/** The QR code a tall desktop banner shows beside its call to action, so a desktop visitor scans without a click. */
export class DesktopCode extends KeyedLoad<ScanCode> {
  /**
   * Fetches the encoder once the banner renders, so it never delays the
   * takeover; a link too long for a code, or an encoder that fails to load,
   * leaves the banner with its button (said once in the console).
   */
  update(url: string): void {
    const { loadElement } = sharedState();
    if (!loadElement) return;
    this.run(url, () =>
      loadElement('scan-code')
        .then((module) => (module as typeof import('./scan-code.js')).scanCode(url))
        .catch((error: unknown) => {
          warnOnce(`the banner's QR code could not be made (${String(error)}); the banner keeps its button only.`);
          throw error;
        }),
    );
  }

  /** The code block: a white square holds its place at once, and the code is drawn in it when the encoder arrives. */
  render(size: BannerSize, t: TFunction): TemplateResult | typeof nothing {
    if (this.state.status === 'failed') return nothing;
    const code = this.value;
    const room = CODE_ROOM[size] ?? 120;
    // Whole pixels per module, as the QR card draws it: uneven modules are misread.
    const side = code ? Math.max(2, Math.floor(room / code.modules)) * code.modules : room;
    // The box keeps the placeholder's size whatever the code's (its link's length sets its
    // modules), so the code arriving moves nothing below it; the code sits centred, on whole pixels.
    const box = Math.max(room, side);
    const offset = Math.floor((box - side) / 2);
    const drawing = code
      ? svg`<svg x=${offset} y=${offset} width=${side} height=${side} viewBox="0 0 ${code.modules} ${code.modules}"
          ><rect width=${code.modules} height=${code.modules} fill="#fff"></rect><path d=${code.path} fill="#000"></path></svg>`
      : svg`<rect width=${box} height=${box} fill="#fff"></rect>`;
    return html`<figure part="code" class="code">
      <svg class=${code ? 'qr' : 'qr-placeholder'} role=${code ? 'img' : nothing} aria-hidden=${code ? nothing : 'true'}
        aria-label=${code ? t('qr.label', { host: new URL(code.url).host }) : nothing} data-modules=${code?.modules ?? nothing}
        width=${box} height=${box} viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges"
        >${drawing}</svg>
      <figcaption class="code-caption">${keepAppName(t('banner.scan'))}</figcaption>
    </figure>`;
  }
}
