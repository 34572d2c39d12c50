import jsQR from 'jsqr';

/** Reads a QR code from pixels, as a phone's scanner would. */
export function decodeCanvas(canvas: HTMLCanvasElement): string | undefined {
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(data, width, height)?.data;
}

/** Draws an image source onto a white canvas of the given width. */
export function toCanvas(
  source: CanvasImageSource & { width: number; height: number },
  width = 600,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round((source.height / source.width) * width);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Renders SVG text as an image (the test page has no CSP, so a blob: URL is fine here). */
export async function svgToImage(text: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function decodeSvgText(text: string, width = 600): Promise<string | undefined> {
  return decodeCanvas(toCanvas(await svgToImage(text), width));
}

/** Decodes the QR code drawn inline in a widget's shadow root. */
export async function decodeInlineSvg(svg: SVGSVGElement, width = 400): Promise<string | undefined> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(width));
  // The centre mark's colours come from the shadow root's CSS: inline them for the standalone copy.
  for (const element of copy.querySelectorAll('.mark-bg')) element.setAttribute('fill', '#0b5cad');
  for (const element of copy.querySelectorAll('.mark-line')) element.setAttribute('stroke', '#fff');
  for (const element of copy.querySelectorAll('.mark-line')) element.setAttribute('fill', 'none');
  for (const element of copy.querySelectorAll('.mark-hub')) element.setAttribute('fill', '#fff');
  return decodeSvgText(new XMLSerializer().serializeToString(copy), width);
}

export async function decodePng(blob: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return decodeCanvas(canvas);
}

/**
 * Decodes the QR code as the browser painted it on screen (a screenshot of
 * the element's area), the way a phone's camera sees it.
 */
export async function decodeOnScreen(element: Element): Promise<string | undefined> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const margin = 12;
  const base64 = await executeServerCommand<string, object>('screenshot-area', {
    x: Math.max(0, box.left - margin),
    y: Math.max(0, box.top - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  });
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return decodePng(new Blob([bytes], { type: 'image/png' }));
}
