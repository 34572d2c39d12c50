/**
 * What embed.html and print.html do before they render: read the
 * Department's `department.json` beside them (or the file their script tag
 * names with `data-department`), hand its links to the widgets as the
 * Department's own settings, and credit the portal that showed the page
 * (its host from `document.referrer`) rather than the Department's host.
 */
import type {} from '../../loader/api.js';
import { sharedState } from '../../loader/shared-state.js';
import { loadDepartment, type Department } from '../department-file.js';
import { referrerHost } from '../referrer.js';

export async function applyDepartment(script: HTMLOrSVGScriptElement | null): Promise<Department> {
  const page = script instanceof HTMLScriptElement && script.src ? script.src : location.href;
  const department = await loadDepartment(new URL('./', page).href, script?.dataset.department);
  const host = referrerHost();
  if (host) sharedState().attributionHost = host;
  if (Object.keys(department.links).length) window.ISpeed?.config({ links: department.links });
  return department;
}
