// The download pool: never more tasks at once than asked, results in order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pool } from '../../cli/lib/pool.mjs';

const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pool', () => {
  it('runs at most `limit` tasks at a time, and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 12 }, (_, index) => index);
    const results = await pool(items, 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await tick((item * 7) % 5); // unequal durations, so tasks finish out of order
      running--;
      return item * 10;
    });
    assert.equal(most, 3);
    assert.deepEqual(
      results,
      items.map((item) => item * 10),
    );
  });

  it('starts no more workers than there are items, and handles none', async () => {
    let running = 0;
    let most = 0;
    await pool([1, 2], 16, async () => {
      most = Math.max(most, ++running);
      await tick(1);
      running--;
    });
    assert.equal(most, 2);
    assert.deepEqual(await pool([], 4, async () => assert.fail('no task for no items')), []);
  });
});
