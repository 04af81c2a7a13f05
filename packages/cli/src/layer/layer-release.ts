import type { Catalog } from '@betterforus/clauses'
import type { Layer } from '@betterforus/layer'
import semver from 'semver'
import type { Release } from '../load-release.js'
import { type AppliedLayer, applyLayer } from './apply-layer.js'

/** One clause of the library a layer replaces, and what an upgrade did to it. */
export interface ShadowedClause {
  /** The library clause. */
  clause: string
  /** The council's clause that stands in for it in every pack. */
  replacedBy: string
  fromVersion: string | undefined
  toVersion: string | undefined
  /** Whether the newer version is still in the range the layer replaces. */
  inRange: boolean
}

/**
 * A release with a council layer laid over it, named after both: what `diff` and `rerender`
 * compare when given `--layer`.
 */
export async function layerRelease(
  release: Release,
  layer: Layer,
  options: { allowDrift: boolean },
): Promise<{ release: Release; applied: AppliedLayer }> {
  const applied = await applyLayer(layer, release.templates, release.catalog, {
    allowDrift: options.allowDrift,
    published: true,
  })
  return {
    applied,
    release: {
      label: `${release.label} + ${layer.name}@${layer.version}`,
      catalog: applied.catalog,
      bodies: new Map(applied.source.clauses.map((clause) => [clause.meta.id, clause.body.source])),
      templates: release.templates,
    },
  }
}

/**
 * The library clauses the layer replaces that changed between two releases: the council's packs
 * do not show the change, since its own clause stands in, so its lawyer must see it here.
 */
export function shadowedClauses(layer: Layer, from: Catalog, to: Catalog): ShadowedClause[] {
  const clause = (catalog: Catalog, id: string) =>
    catalog.clauses.find((each) => each.meta.id === id)
  return layer.config.replacements.flatMap((entry) => {
    const id = entry.replaces.slice(0, entry.replaces.indexOf('@'))
    const [before, after] = [clause(from, id), clause(to, id)]
    if (before?.sha256 === after?.sha256 && before?.meta.version === after?.meta.version) return []
    const range = entry.replaces.slice(entry.replaces.indexOf('@') + 1)
    return [
      {
        clause: id,
        replacedBy: entry.clause,
        fromVersion: before?.meta.version,
        toVersion: after?.meta.version,
        inRange:
          after !== undefined &&
          semver.satisfies(after.meta.version, range, { includePrerelease: true }),
      },
    ]
  })
}

/** The summary lines of the shadowed clauses, for `summary.md` and the terminal. */
export function shadowedLines(shadowed: readonly ShadowedClause[], layerName: string): string[] {
  return shadowed.map(
    (entry) =>
      `- \`${entry.clause}\` ${entry.fromVersion ?? '(absent)'} → ${entry.toVersion ?? '(removed)'} is replaced by ${layerName}'s \`${entry.replacedBy}\`: the packs do not show this change${entry.inRange ? '' : '; the new version is outside the range the layer replaces, so `betterforus lint --layer` fails until the council reviews it'}`,
  )
}
