/**
 * The option registry's facts that the loader needs (see loaderFacts). From
 * source they are computed from the registry; the loader's build replaces
 * this module by the same facts as literal data (build/registry-facts.mjs),
 * so dist/ispeed.js does not carry the registry itself.
 */
import { loaderFacts } from './options.js';

export const LOADER_FACTS = loaderFacts();
