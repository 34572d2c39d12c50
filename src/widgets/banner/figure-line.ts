import { warnOnce } from '../../loader/log.js';
import { sharedState } from '../../loader/shared-state.js';
import type { TFunction } from '../../runtime/i18n.js';
import { safeHttpUrl } from '../../runtime/links.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import type { UnitFigure } from './unit-figure.js';

/** The card's line about its unit's samples this month, read beside the banner (never holding it back). */
export class FigureLine extends KeyedLoad<UnitFigure | undefined> {
  /**
   * Asks for the unit's figure when the banner has a progress file and a
   * unit; its code and the file load beside the banner, which renders at once.
   */
  update(raw: string | null, unit: string): void {
    const src = raw ? safeHttpUrl(raw, '<ispeed-banner src>') : undefined;
    const { loadElement } = sharedState();
    this.run(src && unit ? `${src}|${unit}` : '', () =>
      src && unit && loadElement
        ? loadElement('unit-figure')
            .then((module) => (module as typeof import('./unit-figure.js')).unitFigure(src, unit))
            .catch((error: unknown) => {
              warnOnce(`the banner's unit figure could not be loaded (${String(error)}); the banner shows none.`);
              return undefined;
            })
        : undefined,
    );
  }

  /** "Xã Ea Kao: 124/300 mẫu tháng 11", in the banner's language, once the figure is known. */
  text(language: string, t: TFunction): string | undefined {
    const figure = this.value;
    if (!figure) return undefined;
    const [year, month] = figure.month.split('-').map(Number);
    const number = new Intl.NumberFormat(language === 'en' ? 'en' : 'vi');
    let monthName = String(month);
    try {
      monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      );
    } catch {
      // An added language the browser cannot name months in: the number stays.
    }
    return t('banner.figure', {
      name: figure.name,
      count: number.format(figure.samples),
      target: number.format(figure.target),
      month,
      monthName,
    });
  }
}
