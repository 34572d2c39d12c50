/**
 * The loader's own modules, which the widgets' chunks use instead of carrying
 * a copy, in the order of PROVIDED_MODULE_NAMES: a chunk asks for one by its
 * index there, which costs the loader no names. Each entry is checked against
 * its whole module, so an export missing here, or an entry missing, extra or
 * out of order, fails the type check rather than a page. (Plain objects:
 * namespace objects cost a getter per export.)
 */
import type * as configTypes from '../registry/config-types.js';
import type * as log from './log.js';
import type { PROVIDED_MODULE_NAMES } from './provided-module-names.js';
import type * as sharedState from './shared-state.js';
import type * as trustedTypes from './trusted-types.js';
import type * as version from './version.js';
import type * as widgets from '../registry/widgets.js';
import { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES } from '../registry/config-types.js';
import { preview, warnOnce } from './log.js';
import { notifyChange, sharedState as readSharedState } from './shared-state.js';
import { POLICY_NAME, trustedTypesPolicy } from './trusted-types.js';
import { VERSION } from './version.js';
import {
  BANNER_SIZES,
  CONFIG_ATTRIBUTES,
  ELEMENT_ATTRIBUTES,
  OPTION_ALIASES,
  SMART_LINK_PAGE,
  WIDGET_NAMES,
  WIDGET_TAGS,
  fixedSize,
  tagForWidget,
} from '../registry/widgets.js';

/** Each provided module's exports, by name. */
interface ModuleTypes {
  'loader/log': typeof log;
  'loader/shared-state': typeof sharedState;
  'loader/trusted-types': typeof trustedTypes;
  'loader/version': typeof version;
  'registry/config-types': typeof configTypes;
  'registry/widgets': typeof widgets;
}

/** A tuple with each name's module at its index; every name needs a type, and every type a name. */
type ModulesInOrder<
  Names extends readonly (keyof Types)[],
  Types extends { [Name in keyof Types]: Name extends Names[number] ? unknown : never },
> = {
  readonly [Index in keyof Names]: Types[Names[Index]];
};

export const PROVIDED_MODULES: ModulesInOrder<typeof PROVIDED_MODULE_NAMES, ModuleTypes> = [
  { warnOnce, preview },
  { sharedState: readSharedState, notifyChange },
  { POLICY_NAME, trustedTypesPolicy },
  { VERSION },
  { LANGUAGE_CODE, LINK_NAMES, PLATFORMS, THEMES },
  {
    BANNER_SIZES,
    CONFIG_ATTRIBUTES,
    ELEMENT_ATTRIBUTES,
    OPTION_ALIASES,
    SMART_LINK_PAGE,
    WIDGET_NAMES,
    WIDGET_TAGS,
    fixedSize,
    tagForWidget,
  },
];
