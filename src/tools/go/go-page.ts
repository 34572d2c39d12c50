/**
 * dist/go.js: the smart link page (go.html). It reads the query, then
 *  - sends an Android phone to the Department's Android link and an iPhone or
 *    iPad to its iOS link, with `location.replace` (the smart link stays out
 *    of the history), crediting the unit and the portal;
 *  - shows a desktop visitor the QR code of this same smart link (so the phone
 *    that scans it is sent on in turn), the three facts, the steps to turn on
 *    automatic measurement (the guide's own data) and the links.
 * The links are the Department's (`department.json` beside this page, same
 * origin only) over the safe defaults: never an address from the query. No
 * cookie, no storage, nothing from another host, and no HTML from strings:
 * it runs under a strict CSP with Trusted Types.
 */
import { QUIET_ZONE, buildMatrix, modulePath } from '../../runtime/qr.js';
import { currentPlatform } from '../../runtime/platform.js';
import { withAttribution } from '../../runtime/links.js';
import { aroundAppName } from '../../runtime/app-name-text.js';
import { completeSmartLink } from '../../runtime/smart-link.js';
import { translatorOf, type TFunction } from '../../runtime/translate.js';
import { warnOnce } from '../../loader/log.js';
import { PLATFORMS, type Links, type Platform } from '../../registry/config-types.js';
import { builtInGuide, GUIDE_PLATFORMS } from '../../widgets/guide/built-in-guide.js';
import { departmentLinks, loadDepartment } from '../department-file.js';
import { referrerHost } from '../referrer.js';
import { destination, readRequest, type GoRequest } from './go-request.js';
import { GO_WORDS } from './go-words.js';

/** The code's side on screen: about this many px, in whole pixels per module. */
const CODE_SIDE = 240;

const script = document.currentScript as HTMLScriptElement | null;
/** The folder of go.html and go.js: the Department's ispeed-widgets folder. */
const folder = new URL('./', script?.src || location.href).href;

/** Text as nodes, each "i-Speed" in a `.app-name` span, which keeps it on one line. */
function words(text: string): (string | Node)[] {
  return aroundAppName(text).map((part, index) => {
    if (index % 2 === 0) return part;
    const name = document.createElement('span');
    name.className = 'app-name';
    name.textContent = part;
    return name;
  });
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (text !== undefined) node.append(...words(text));
  if (className) node.className = className;
  return node;
}

/** The page's words in its language: the title, `lang`, and every `data-word` element. */
function applyLanguage(t: TFunction, lang: string): void {
  document.documentElement.lang = lang;
  document.title = t('go.title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-word]'))
    node.replaceChildren(...words(t(node.dataset.word!)));
}

function setLinks(t: TFunction, links: Links, credit: { unit: string; host: string }): void {
  for (const name of ['android', 'ios', 'web'] as const) {
    const link = document.getElementById(`link-${name}`) as HTMLAnchorElement | null;
    if (link) link.href = withAttribution(links[name], credit);
  }
  const web = document.getElementById('link-web');
  if (web) web.textContent = t('go.web', { host: new URL(links.web).host });
}

/** This same smart link, for a phone to scan: the widget, unit and language, and the portal credited. */
function scanLink(request: GoRequest, host: string): string {
  return completeSmartLink(`${location.origin}${location.pathname}`, request.widget, {
    unit: request.unit,
    lang: request.lang,
    utm_source: host,
  });
}

function renderCode(t: TFunction, url: string): void {
  const box = document.getElementById('code');
  if (!box) return;
  let matrix;
  try {
    matrix = buildMatrix(url, 'M');
  } catch (error) {
    warnOnce(`the QR code could not be made (${String(error)}); the links below remain.`);
    return;
  }
  const modules = matrix.size + 2 * QUIET_ZONE;
  const side = Math.max(3, Math.round(CODE_SIDE / modules)) * modules;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [name, value] of [
    ['class', 'qr'],
    ['role', 'img'],
    ['aria-label', t('qr.label', { host: location.host })],
    ['width', String(side)],
    ['height', String(side)],
    ['viewBox', `0 0 ${modules} ${modules}`],
    ['shape-rendering', 'crispEdges'],
    ['data-href', url],
  ])
    svg.setAttribute(name, value);
  const ground = document.createElementNS(ns, 'rect');
  ground.setAttribute('width', String(modules));
  ground.setAttribute('height', String(modules));
  ground.setAttribute('fill', '#fff');
  const dark = document.createElementNS(ns, 'path');
  dark.setAttribute('d', modulePath(matrix));
  dark.setAttribute('fill', '#000');
  svg.append(ground, dark);
  box.replaceChildren(svg);
}

/** The guide's steps for both phones, from its own data in the page's language. */
function renderSteps(lang: string): void {
  const guide = builtInGuide(lang);
  document.getElementById('steps-title')!.replaceChildren(...words(guide.title));
  document.getElementById('steps-intro')!.replaceChildren(...words(guide.intro ?? ''));
  const platforms = GUIDE_PLATFORMS.map((name) => {
    const { label, steps } = guide.platforms[name];
    const section = element('section');
    const list = element('ol');
    for (const step of steps) {
      const item = element('li');
      item.append(element('strong', step.title), ...words(step.text));
      if (step.note) item.append(element('span', step.note, 'step-note'));
      list.append(item);
    }
    section.append(element('h3', label), list);
    return section;
  });
  document.getElementById('platforms')!.replaceChildren(...platforms);
  document.getElementById('steps')!.hidden = false;
}

function platformOf(request: GoRequest): Platform {
  const forced = request.options.platform;
  return (PLATFORMS as readonly string[]).includes(forced) ? (forced as Platform) : currentPlatform();
}

async function route(): Promise<void> {
  const request = readRequest(location.search, warnOnce);
  const t = translatorOf([GO_WORDS], request.lang);
  if (request.lang !== 'vi') applyLanguage(t, request.lang);
  const theme = request.options.theme;
  if (theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches))
    document.documentElement.classList.add('dark');
  const platform = platformOf(request);
  if (platform !== 'desktop') document.documentElement.classList.add('routing');

  const department = await loadDepartment(folder);
  const links = departmentLinks(department);
  // Who sent the visitor: the portal named in the link (a scanned code has no referrer), else the referring page.
  const host = request.source || referrerHost() || '';
  const credit = { unit: request.unit, host };
  setLinks(t, links, credit);
  const next = destination(platform, links, credit);
  if (next) {
    location.replace(next);
    return;
  }
  renderCode(t, scanLink(request, host));
  document.querySelector<HTMLElement>('.scan')!.hidden = false;
  renderSteps(request.lang);
  if (department.name) {
    const footer = document.getElementById('department')!;
    footer.textContent = department.name;
    footer.hidden = false;
  }
  document.documentElement.dataset.ready = platform;
}

route().catch((error: unknown) => {
  // The static links stay: they work without this script.
  warnOnce(`the smart link page could not finish (${String(error)}); the links on the page still work.`);
});
