import { z } from 'zod'
import { isVersion } from '../version-bump.js'

// Note: its own module, apart from `common.ts`, so that `semver` (through `isVersion`) stays out
// of the browser bundle, which imports `common.ts` but never a front-matter schema.
const VERSION_FORM = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/

/**
 * A semantic version such as `1.0.0` or `1.0.0-1`, with no build metadata, that `versionBump`
 * can compare (so no leading zeros either).
 */
export const versionSchema = z
  .string()
  .refine((value) => VERSION_FORM.test(value) && isVersion(value), {
    error: (issue) =>
      `use a semantic version such as 1.0.0 or 1.0.0-1 (no leading zeros), not \`${String(issue.input)}\``,
  })
