import { createHash } from 'node:crypto';

/** The hash manifest.json records for each file, so `assets verify` can tell when one changed. */
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
