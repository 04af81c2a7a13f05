import { isPrototypeName, reportError } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'

/** A version as npm writes it: `1.2.3`, with an optional pre-release and build. */
const SEMVER =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/
/** C0 and C1 controls, and line and paragraph separators: they would break provenance lines. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u

/**
 * Check the name and version a library is published as, which every generated document records
 * in its provenance. They come from a fork's `package.json`, so they are untrusted: an object
 * there would print as `[object Object]`, a line break would add a line to the front matter.
 *
 * @param library The name and version as read, of any type.
 * @param file `package.json`, to report on.
 * @returns Whether both are usable.
 */
export function checkLibrary(
  library: { name: unknown; version: unknown },
  file: VFile,
): library is { name: string; version: string } {
  const { name, version } = library
  let ok = true
  const refuse = (reason: string) => {
    reportError(file, reason, 'invalid-package')
    ok = false
  }
  if (typeof name !== 'string' || name.length === 0 || name.length > 214)
    refuse(
      '`name` must be the package name as text, such as "@leeds/clauses" (1 to 214 characters)',
    )
  else if (CONTROL.test(name) || isPrototypeName(name))
    refuse(
      `\`name\` ${JSON.stringify(name)} is not a usable package name: use letters, digits, "-", "." and one "@scope/", such as "@leeds/clauses"`,
    )
  if (typeof version !== 'string' || !SEMVER.test(version))
    refuse(
      `\`version\` must be a version as text, such as "1.2.0", not ${JSON.stringify(version) ?? String(version)}`,
    )
  return ok
}
