import { createWidget } from './create-widget.js';
import { preview } from './log.js';
import { sharedState } from './shared-state.js';
import { WIDGET_TAGS } from '../registry/widgets.js';

/** A link in a widget (the element form's fallback, or a widget's own shadow DOM) or in a part of the page marked off. */
const LEFT_ALONE = `${WIDGET_TAGS.join(',')},[data-ispeed="off" i]`;

/** Whether the element, or a shadow host around it at any depth, sits where links are left alone. */
function leftAlone(element: Element | undefined): boolean {
  return !!element && (!!element.closest(LEFT_ALONE) || leftAlone((element.getRootNode() as ShadowRoot).host));
}

/**
 * The site script: each link in `root` (and `root` itself) to a smart link
 * page of this library (`sharedState().smartLinkPages`) becomes the widget its
 * query string describes, in place, with the link inside it as its fallback:
 * the `<a><img>` keeps holding the box until the widget takes over, so
 * nothing moves. Recognised by address only: an editor may strip classes.
 * This is a reading of src/runtime/smart-link.ts's `readSmartLink`, small
 * enough for the loader (test/loader/smart-links.test.ts holds them together).
 */
export function upgradeLinks(root: ParentNode): void {
  const pages = sharedState().smartLinkPages;
  if (!pages?.size) return;
  const links = [...root.querySelectorAll('a[href]')];
  if ((root as Element).matches?.('a[href]')) links.push(root as Element);
  for (const link of links) {
    const { href } = link as HTMLAnchorElement;
    // An SVG <a> has no string href; a link without a parent has no place to fill.
    if (typeof href !== 'string' || !link.parentNode || !pages.has(href.split(/[?#]/)[0]) || leftAlone(link)) continue;
    const query = new URL(href).searchParams;
    const element = createWidget(query.get('widget') || 'banner', query, `the link ${preview(href)}`);
    if (!element) continue;
    link.replaceWith(element);
    element.append(link);
  }
}
