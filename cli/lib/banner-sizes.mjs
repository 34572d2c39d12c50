// Sorts artwork into the standard banner sizes by its pixel size: an exact
// match, or the same aspect ratio (within 2%) at a larger scale, e.g. a 2x
// file for high-density screens. Everything else is "other".

/**
 * @param {readonly string[]} sizes the campaign's fixed sizes (FIXED_BANNER_SIZES, src/registry/campaign.ts)
 * @returns {{ size: string, scale: number }}
 */
export function sizeClass(width, height, sizes) {
  for (const size of sizes) {
    const [w, h] = size.split('x').map(Number);
    if (width === w && height === h) return { size, scale: 1 };
  }
  for (const size of sizes) {
    const [w, h] = size.split('x').map(Number);
    const ratio = width / height / (w / h);
    if (width > w && Math.abs(ratio - 1) <= 0.02) return { size, scale: Math.round((width / w) * 100) / 100 };
  }
  return { size: 'other', scale: 1 };
}
