import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The accessibility tree under an element of the test page, as the browser
 * exposes it to screen readers (Playwright's ARIA snapshot, YAML-like text).
 * `inner` narrows it to a selector inside (through shadow roots).
 */
export async function ariaSnapshot(element: Element, inner = ''): Promise<string> {
  const id = element.id || `aria-${Math.random().toString(36).slice(2)}`;
  element.id = id;
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector: `#${id} ${inner}`.trim() });
}
