/**
 * Colours as the browser resolves them: any CSS colour (rgb(), color(srgb …),
 * a system colour, a colour with alpha over the backgrounds below it) painted
 * on a 1 px canvas and read back, then WCAG contrast ratios between them.
 */
export type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Paints the layers bottom first (on white) and returns the pixel. */
export function composite(...layers: string[]): Rgb {
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    context.fillStyle = layer;
    context.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The backgrounds behind an element, outermost first, up to the first opaque one (crossing shadow roots). */
export function backgroundLayers(element: Element): string[] {
  const layers: string[] = [];
  for (
    let node: Element | null = element;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent') continue;
    layers.unshift(colour);
    if (composite(colour).join() === composite('#000', colour).join()) break;
  }
  return layers;
}

/** The colour an element's own background shows as, over what is behind it. */
export function backgroundOf(element: Element): Rgb {
  return composite(...backgroundLayers(element));
}

/** A system colour (Highlight, CanvasText, ButtonBorder…) as this page resolves it now. */
export function systemColour(name: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return composite(colour);
}
