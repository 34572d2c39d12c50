/**
 * The loader's own modules, which the widgets' chunks use instead of carrying
 * a copy: the build reads the module paths of the `import type * as` lines
 * (scripts/lib/classic-chunks.mjs) to leave these imports out of the chunks,
 * and the loader answers them with the objects below. Each is checked
 * against its whole module, so an export missing here fails the type check
 * rather than a page. (Plain objects: namespace objects cost a getter per export.)
 */
import type * as configTypes from '../core/config-types.js';
import type * as log from '../core/log.js';
import type * as sharedStateModule from '../core/shared-state.js';
import type * as trustedTypes from '../core/trusted-types.js';
import type * as version from '../core/version.js';
import type * as widgets from '../core/widgets.js';
import { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES } from '../core/config-types.js';
import { preview, warnOnce } from '../core/log.js';
import { notifyChange, sharedState } from '../core/shared-state.js';
import { POLICY_NAME, trustedTypesPolicy } from '../core/trusted-types.js';
import { VERSION } from '../core/version.js';
import {
  BANNER_SIZES,
  BANNER_VARIANTS,
  CONFIG_ATTRIBUTES,
  DEFAULT_BANNER_SIZE,
  ELEMENT_ATTRIBUTES,
  WIDGET_NAMES,
  WIDGET_TAGS,
  fixedSize,
  tagForWidget,
} from '../core/widgets.js';

export const PROVIDED_MODULES: Record<string, unknown> = {
  'core/config-types': { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES } satisfies typeof configTypes,
  'core/log': { warnOnce, preview } satisfies typeof log,
  'core/shared-state': { sharedState, notifyChange } satisfies typeof sharedStateModule,
  'core/trusted-types': { POLICY_NAME, trustedTypesPolicy } satisfies typeof trustedTypes,
  'core/version': { VERSION } satisfies typeof version,
  'core/widgets': {
    BANNER_SIZES,
    BANNER_VARIANTS,
    CONFIG_ATTRIBUTES,
    DEFAULT_BANNER_SIZE,
    ELEMENT_ATTRIBUTES,
    WIDGET_NAMES,
    WIDGET_TAGS,
    fixedSize,
    tagForWidget,
  } satisfies typeof widgets,
};
