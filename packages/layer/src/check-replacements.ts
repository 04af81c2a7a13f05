import type { Catalog } from '@betterforus/clauses'
import semver from 'semver'
import type { Layer } from './read-layer.js'

/** A replacement whose library clause has moved past the range the layer replaces. */
export interface ReplacementDrift {
  /** Its index in `layer.yaml`'s `replacements`. */
  index: number
  /** The local clause that stands in. */
  clause: string
  /** The library clause it replaces. */
  replaced: string
  range: string
  /** The version the layer was reviewed against: `reviewed`, or the range's lowest version. */
  reviewed: string
  /** The version the library now has. */
  installed: string
}

// Note: clause versions are often prereleases (`1.0.0-2`), which `^1` should cover.
const satisfies = (version: string, range: string) =>
  semver.satisfies(version, range, { includePrerelease: true })

/** The version a replacement records it was reviewed against. */
export function reviewedVersion(entry: {
  replaces: string
  reviewed?: string | undefined
}): string {
  const range = entry.replaces.slice(entry.replaces.indexOf('@') + 1)
  return entry.reviewed ?? semver.minVersion(range)?.version ?? '0.0.0'
}

/**
 * The replacements whose library clause's installed version is outside the range the layer
 * replaces: the library changed that clause, and the council's lawyer must look again.
 */
export function replacementDrift(layer: Layer, base: Catalog): ReplacementDrift[] {
  const versions = new Map(base.clauses.map((clause) => [clause.meta.id, clause.meta.version]))
  return layer.config.replacements.flatMap((entry, index) => {
    const at = entry.replaces.indexOf('@')
    const replaced = entry.replaces.slice(0, at)
    const range = entry.replaces.slice(at + 1)
    const installed = versions.get(replaced)
    if (installed === undefined || satisfies(installed, range)) return []
    return [
      { index, clause: entry.clause, replaced, range, reviewed: reviewedVersion(entry), installed },
    ]
  })
}

/**
 * Whether the library's version is in the range the layer's `package.json` depends on. A fork
 * or a templates folder named otherwise has versions of its own, so only `@betterforus/clauses`
 * is held to the range.
 */
export function libraryInRange(layer: Layer, base: Catalog): boolean {
  if (base.library.name !== '@betterforus/clauses') return true
  return satisfies(base.library.version, layer.libraryRange)
}

/** One line per drifted replacement, naming the clause, the versions and what to do. */
export function driftMessage(drift: ReplacementDrift, library: string): string {
  return `\`replacements.${drift.index}\`: the library clause \`${drift.replaced}\` is ${drift.installed} in ${library}, outside the range \`${drift.range}\` this layer replaces (its local clause \`${drift.clause}\` was reviewed against ${drift.replaced}@${drift.reviewed}); the library changed the clause since. Read the redline of ${drift.replaced} ${drift.reviewed} → ${drift.installed}, change \`clauses/${drift.clause}.md\` if the council's wording must follow, then set \`replaces: ${drift.replaced}@^${drift.installed}\` and \`reviewed: ${drift.installed}\``
}
