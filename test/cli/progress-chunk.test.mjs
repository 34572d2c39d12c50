// The data file reader is the progress widget's alone: a banner page never downloads it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

// A message of src/data/progress-file.ts, which minifying keeps.
const READER = 'no header row with the unit and its samples';

describe('built chunks', () => {
  it('carry the data file reader in one chunk, which the progress widget loads and a banner does not', () => {
    const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
    const withParser = chunks.filter((name) => readFileSync(`dist/chunks/${name}`, 'utf8').includes(READER));
    const { files } = JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8'));
    assert.equal(withParser.length, 1);
    assert.ok(files['ispeed-progress'].includes(withParser[0]));
    assert.ok(!files['ispeed-banner'].includes(withParser[0]));
    assert.ok(!readFileSync('dist/ispeed.js', 'utf8').includes(READER));
  });
});
