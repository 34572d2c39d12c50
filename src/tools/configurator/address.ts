/**
 * The configuration in the page's address, so it can be shared as a link.
 * The address carries choices only: what the editor types by hand (links,
 * files, free text) is never read from it nor written to it (see state.ts).
 */
import { stateFromQuery, stateToQuery, UNSHARED_FIELDS, type ConfiguratorState, type SharedReading } from './state.js';

/** The configuration the page was opened with, and what of its link was refused, normalised or ignored. */
export function readAddress(): SharedReading {
  return stateFromQuery(location.search);
}

/** After Back or Forward: the address's choices, with what was typed by hand kept (the address never held it). */
export function stateAfterHistoryMove(current: ConfiguratorState): ConfiguratorState {
  const { state } = stateFromQuery(location.search);
  return { ...state, ...Object.fromEntries(UNSHARED_FIELDS.map((field) => [field, current[field]])) };
}

/** The page's path with the configuration's query (other parameters of the page kept). */
function pathFor(state: ConfiguratorState): string {
  const query = stateToQuery(state, location.search);
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Puts the configuration in the address, without a history entry per keystroke. */
export function writeAddress(state: ConfiguratorState): void {
  const path = pathFor(state);
  if (path !== `${location.pathname}${location.search}`) history.replaceState(null, '', path);
}

/** This configuration's address, from the state being drawn (the page's address updates after). */
export function shareUrl(state: ConfiguratorState): string {
  return `${location.origin}${pathFor(state)}`;
}
