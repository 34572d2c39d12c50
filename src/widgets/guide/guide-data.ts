import { fetchJson } from '../../runtime/fetch-json.js';
import { preview, warnOnce } from '../../loader/log.js';
import { ILLUSTRATIONS } from './illustrations.js';
import { GUIDE_PLATFORMS, type Guide } from './built-in-guide.js';

export { GUIDE_PLATFORMS, builtInGuide, type Guide, type GuidePlatform, type GuideStep } from './built-in-guide.js';

const MAX_TEXT = 600;
const MAX_STEPS = 20;

/** Checks a guide file; returns the guide or the path and reason of the first bad field. */
export function validateGuide(data: unknown): Guide | string {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const text = (value: unknown, path: string, optional = false): string | undefined => {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || !value.trim()) return `${path} must be a non-empty string`;
    if (value.length > MAX_TEXT) return `${path} is longer than ${MAX_TEXT} characters`;
    return undefined;
  };
  if (!isObject(data)) return 'the file is not a JSON object';
  if (data.schema !== 'ispeed-widgets/guide') return 'schema must be "ispeed-widgets/guide"';
  if (data.version !== 1) return `version ${preview(data.version)} is not supported (expected 1)`;
  const problem = text(data.lang, 'lang') ?? text(data.title, 'title') ?? text(data.intro, 'intro', true);
  if (problem) return problem;
  if (!isObject(data.platforms)) return 'platforms must be an object with android and ios';
  for (const name of Object.keys(data.platforms)) {
    if (!(GUIDE_PLATFORMS as readonly string[]).includes(name))
      return `platforms.${name} is not a platform (android, ios)`;
  }
  for (const name of GUIDE_PLATFORMS) {
    const platform = data.platforms[name];
    const path = `platforms.${name}`;
    if (!isObject(platform)) return `${path} is missing`;
    const labelProblem = text(platform.label, `${path}.label`);
    if (labelProblem) return labelProblem;
    if (!Array.isArray(platform.steps) || platform.steps.length === 0) return `${path}.steps must be a non-empty list`;
    if (platform.steps.length > MAX_STEPS) return `${path}.steps has more than ${MAX_STEPS} steps`;
    for (const [index, step] of platform.steps.entries()) {
      const at = `${path}.steps[${index}]`;
      if (!isObject(step)) return `${at} must be an object`;
      const stepProblem =
        text(step.title, `${at}.title`) ?? text(step.text, `${at}.text`) ?? text(step.note, `${at}.note`, true);
      if (stepProblem) return stepProblem;
      if (
        step.illustration !== undefined &&
        (typeof step.illustration !== 'string' || !Object.hasOwn(ILLUSTRATIONS, step.illustration))
      ) {
        return `${at}.illustration "${preview(step.illustration)}" is not one of ${Object.keys(ILLUSTRATIONS).join(', ')}`;
      }
      if (step.verify !== undefined && typeof step.verify !== 'boolean') return `${at}.verify must be true or false`;
    }
  }
  return data as unknown as Guide;
}

const pending = new Map<string, Promise<Guide | undefined>>();

/**
 * A Department's guide file, fetched once per URL, or undefined (after one
 * console warning naming the file and the reason) when it cannot be used.
 */
export function loadGuide(url: string, timeoutMs: number): Promise<Guide | undefined> {
  const key = `${timeoutMs}|${url}`;
  let request = pending.get(key);
  if (!request) {
    request = fetchJson(url, timeoutMs).then((result) => {
      const checked = result.ok ? validateGuide(result.data) : result.reason;
      if (typeof checked !== 'string') return checked;
      warnOnce(`the guide ${url} could not be used: ${checked}. Showing the built-in steps.`);
      return undefined;
    });
    pending.set(key, request);
  }
  return request;
}
