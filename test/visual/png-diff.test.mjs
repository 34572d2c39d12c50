// The visual test's tolerance, on made-up images: noise passes, real changes fail.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOLERANCE, comparePixels, decodePng, encodePng } from './png-diff.mjs';

const WIDTH = 400;
const HEIGHT = 250;

/** A light background with dark rectangles ([x, y, width, height]), like a button or a word. */
function image(rectangles, { noise = 0 } = {}) {
  const data = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let i = 0; i < data.length; i += 4) data.set([244 - ((i / 4) % 3) * noise, 246, 249, 255], i);
  for (const [left, top, width, height] of rectangles) {
    for (let y = top; y < top + height; y++)
      for (let x = left; x < left + width; x++) data.set([12, 85, 170, 255], (y * WIDTH + x) * 4);
  }
  return { width: WIDTH, height: HEIGHT, data };
}

const BUTTON = [40, 180, 150, 40];
const WORD = [40, 40, 60, 14];
const fails = (result) => result.share > TOLERANCE.maxShare;

describe('comparePixels', () => {
  it('passes identical images, and channel noise under the threshold', () => {
    const reference = image([BUTTON, WORD]);
    assert.equal(comparePixels(image([BUTTON, WORD]), reference).differing, 0);
    assert.equal(comparePixels(image([BUTTON, WORD], { noise: 15 }), reference).differing, 0);
  });

  it('passes edges a pixel apart, as antialiasing places them', () => {
    const result = comparePixels(image([[41, 180, 150, 40], WORD]), image([BUTTON, WORD]));
    assert.equal(result.differing, 0);
  });

  it('fails a button moved by 3 px, and names where', () => {
    const result = comparePixels(image([[43, 180, 150, 40], WORD]), image([BUTTON, WORD]));
    assert.ok(fails(result), `${result.differing} px differ`);
    assert.deepEqual(result.box, { left: 40, top: 180, right: 192, bottom: 219 });
    assert.deepEqual(
      [...result.diff.data.subarray((180 * WIDTH + 40) * 4, (180 * WIDTH + 40) * 4 + 4)],
      [230, 0, 0, 255],
    );
  });

  it('fails a word clipped by a few letters', () => {
    const result = comparePixels(image([BUTTON, [40, 40, 48, 14]]), image([BUTTON, WORD]));
    assert.ok(fails(result), `${result.differing} px differ`);
  });

  it('reports a change of size without comparing pixels', () => {
    const smaller = { width: WIDTH, height: HEIGHT - 10, data: new Uint8Array(WIDTH * (HEIGHT - 10) * 4) };
    assert.equal(comparePixels(smaller, image([])).sameSize, false);
  });
});

describe('decodePng and encodePng', () => {
  it('round-trip pixels losslessly', () => {
    const original = image([BUTTON, WORD], { noise: 7 });
    assert.deepEqual(decodePng(encodePng(original)).data, original.data);
  });
});
