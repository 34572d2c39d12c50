/**
 * The guide's data as the library ships it (assets/guide/guide.<lang>.json)
 * and its shape. Apart from the guide's reader and drawings, so the smart
 * link page shows the same steps without the widget's code.
 */
import guideEn from '../../../assets/guide/guide.en.json';
import guideVi from '../../../assets/guide/guide.vi.json';
import type { IllustrationName } from './illustrations.js';

export const GUIDE_PLATFORMS = ['android', 'ios'] as const;
export type GuidePlatform = (typeof GUIDE_PLATFORMS)[number];

export interface GuideStep {
  title: string;
  text: string;
  /** One of the built-in drawings, e.g. `store-search`. */
  illustration?: IllustrationName;
  note?: string;
  /** True where the app's exact wording is not known: a Department should check it against the current app. */
  verify?: boolean;
}

export interface Guide {
  schema: 'ispeed-widgets/guide';
  version: 1;
  lang: string;
  title: string;
  intro?: string;
  platforms: Record<GuidePlatform, { label: string; steps: GuideStep[] }>;
}

const BUILT_IN: Record<string, Guide> = { vi: guideVi as Guide, en: guideEn as Guide };

/** The guide shipped with the library: the language's own, else Vietnamese. */
export function builtInGuide(lang: string): Guide {
  return BUILT_IN[lang] ?? BUILT_IN.vi;
}
