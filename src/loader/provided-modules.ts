/**
 * The loader's own modules, which the widgets' chunks use instead of carrying
 * a copy: the build reads the module paths of the `import type * as` lines
 * (build/classic-chunks.mjs) to leave these imports out of the chunks,
 * and the loader answers them with the objects below. Each is checked
 * against its whole module, so an export missing here fails the type check
 * rather than a page. (Plain objects: namespace objects cost a getter per export.)
 */
import type * as configTypes from '../registry/config-types.js';
import type * as log from './log.js';
import type * as sharedStateModule from './shared-state.js';
import type * as trustedTypes from './trusted-types.js';
import type * as version from './version.js';
import type * as widgets from '../registry/widgets.js';
import { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES } from '../registry/config-types.js';
import { preview, warnOnce } from './log.js';
import { notifyChange, sharedState } from './shared-state.js';
import { POLICY_NAME, trustedTypesPolicy } from './trusted-types.js';
import { VERSION } from './version.js';
import {
  BANNER_SIZES,
  CONFIG_ATTRIBUTES,
  DEFAULT_BANNER_SIZE,
  ELEMENT_ATTRIBUTES,
  OPTION_ALIASES,
  WIDGET_NAMES,
  WIDGET_TAGS,
  fixedSize,
  tagForWidget,
} from '../registry/widgets.js';

export const PROVIDED_MODULES: Record<string, unknown> = {
  'registry/config-types': { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES } satisfies typeof configTypes,
  'loader/log': { warnOnce, preview } satisfies typeof log,
  'loader/shared-state': { sharedState, notifyChange } satisfies typeof sharedStateModule,
  'loader/trusted-types': { POLICY_NAME, trustedTypesPolicy } satisfies typeof trustedTypes,
  'loader/version': { VERSION } satisfies typeof version,
  'registry/widgets': {
    BANNER_SIZES,
      CONFIG_ATTRIBUTES,
    DEFAULT_BANNER_SIZE,
    ELEMENT_ATTRIBUTES,
    OPTION_ALIASES,
    WIDGET_NAMES,
    WIDGET_TAGS,
    fixedSize,
    tagForWidget,
  } satisfies typeof widgets,
};
