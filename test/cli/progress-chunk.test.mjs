// The CSV reader (papaparse) is the progress widget's alone: a banner page never downloads it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const PAPAPARSE = 'BAD_DELIMITERS';

describe('built chunks', () => {
  it('carry papaparse in chunks/progress.js only', () => {
    const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
    const withParser = chunks.filter((name) => readFileSync(`dist/chunks/${name}`, 'utf8').includes(PAPAPARSE));
    assert.deepEqual(withParser, ['progress.js']);
    assert.ok(!readFileSync('dist/ispeed.js', 'utf8').includes(PAPAPARSE));
  });
});
