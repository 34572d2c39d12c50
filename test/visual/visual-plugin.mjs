// web-test-runner commands for the visual regression test (test/visual/):
// the browser says what to photograph, Node takes the screenshot, compares
// it with the committed reference and writes the evidence of a failure.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOLERANCE, comparePixels, decodePng, encodePng } from './png-diff.mjs';

export const REFERENCE_DIR = 'test/visual/reference';
/** Git-ignored (test/.generated/): the actual screenshot and a diff image of each failure. */
export const OUTPUT_DIR = 'test/.generated/visual';
/** `VISUAL_UPDATE=1` (npm run test:visual:update) writes the references instead of comparing. */
const UPDATE = process.env.VISUAL_UPDATE === '1';

const percent = (share) => `${(share * 100).toFixed(3)}%`;

function compare(name, png) {
  const referenceFile = join(REFERENCE_DIR, `${name}.png`);
  const actualFile = join(OUTPUT_DIR, `${name}.actual.png`);
  const diffFile = join(OUTPUT_DIR, `${name}.diff.png`);
  rmSync(actualFile, { force: true });
  rmSync(diffFile, { force: true });
  if (UPDATE) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    // Re-encoded: UPNG's lossless PNG is about a sixth smaller than Chromium's.
    writeFileSync(referenceFile, encodePng(decodePng(png)));
    return { ok: true, updated: true };
  }
  const fail = (message, diff) => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(actualFile, png);
    if (diff) writeFileSync(diffFile, encodePng(diff));
    return { ok: false, message: `${name}: ${message}; see ${actualFile}${diff ? ` and ${diffFile}` : ''}` };
  };
  if (!existsSync(referenceFile)) return fail(`no reference ${referenceFile} (npm run test:visual:update makes it)`);
  const actual = decodePng(png);
  const reference = decodePng(readFileSync(referenceFile));
  const result = comparePixels(actual, reference, TOLERANCE);
  if (!result.sameSize)
    return fail(
      `the group is ${actual.width}x${actual.height} px, its reference ${reference.width}x${reference.height}`,
    );
  if (result.share > TOLERANCE.maxShare) {
    const { left, top, right, bottom } = result.box;
    return fail(
      `${result.differing} px differ (${percent(result.share)}, at most ${percent(TOLERANCE.maxShare)} allowed), within x ${left}-${right}, y ${top}-${bottom}`,
      result.diff,
    );
  }
  return { ok: true, differing: result.differing };
}

/**
 * A screenshot the page has finished painting: taken again until two in a
 * row are the same bytes, as Playwright's own toHaveScreenshot does. On a
 * loaded machine Chromium once delivered a frame whose banners were only
 * partly painted (backgrounds and most text missing) although the DOM was
 * complete; a second shot showed them whole.
 */
async function stableScreenshot(page, clip, name, attempts = 5) {
  // QR codes are covered: they encode the smart link beside the library, whose address has the test
  // server's port, which another run on the machine can change (their content is decoded in other tests).
  const mask = [page.locator('iframe').first().contentFrame().locator('svg.qr')];
  const shoot = () =>
    page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css', mask, maskColor: '#7f7f7f' });
  let previous = await shoot();
  for (let attempt = 1; attempt < attempts; attempt++) {
    const next = await shoot();
    if (next.equals(previous)) {
      if (attempt > 1) console.log(`visual: ${name} needed ${attempt + 1} screenshots to settle`);
      return next;
    }
    previous = next;
  }
  return previous;
}

export const visualRegression = {
  name: 'visual-regression',
  async executeCommand({ command, payload, session }) {
    if (command === 'visual-compare') {
      return compare(
        payload.name,
        await stableScreenshot(session.browser.getPage(session.id), payload.clip, payload.name),
      );
    }
    if (command === 'visual-references') {
      // References whose group is gone: the update removes them, a comparison names them.
      const names = existsSync(REFERENCE_DIR)
        ? readdirSync(REFERENCE_DIR)
            .filter((file) => file.endsWith('.png'))
            .map((file) => file.slice(0, -4))
        : [];
      const stale = names.filter((name) => !payload.names.includes(name));
      if (UPDATE) for (const name of stale) rmSync(join(REFERENCE_DIR, `${name}.png`));
      return { update: UPDATE, stale: UPDATE ? [] : stale };
    }
    return undefined;
  },
};
