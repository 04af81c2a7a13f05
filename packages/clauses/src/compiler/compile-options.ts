import { helperNames } from '../template-helpers.js'

/**
 * How every template is compiled, at build time and in tests alike: strict lookups, only our
 * helpers, and no HTML escaping (answers never pass through Handlebars output; see
 * `render-state.ts`).
 */
export const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(helperNames.map((name) => [name, true])),
    lookup: false,
    log: false,
    with: false,
    helperMissing: false,
    blockHelperMissing: false,
  },
  noEscape: true,
  preventIndent: true,
} as const
