// The supply-chain rules CI enforces (docs/bad-inputs.md S1), as pure functions over the output of
// `npm ls <name> --all --json` and the workspaces' package.json files, so fixtures can test them.
// Note: package versions, compared by semver itself (an installed package, so this check still
// runs before anything is built); clause versions have their own home in @betterforus/clauses.
import lt from 'semver/functions/lt.js'
import valid from 'semver/functions/valid.js'

/** Handlebars 4.7.9 fixes the last published advisories (see SECURITY.md). */
export const MINIMUM_HANDLEBARS = '4.7.9'

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
]

/**
 * @typedef {{ version?: string, dependencies?: Record<string, LsNode>, missing?: boolean }} LsNode
 * @typedef {{ path: string, version: string | undefined }} Found
 */

/**
 * Every installed copy of a package in an `npm ls --all --json` tree, with the chain of packages
 * that pulls it in.
 *
 * @param {LsNode} tree
 * @param {string} name
 * @returns {Found[]}
 */
export function findInstalled(tree, name) {
  /** @type {Found[]} */
  const found = []
  /** @param {LsNode} node @param {string[]} chain */
  const walk = (node, chain) => {
    for (const [child, info] of Object.entries(node.dependencies ?? {})) {
      const here = [...chain, child]
      if (child === name) found.push({ path: here.join(' > '), version: info.version })
      walk(info, here)
    }
  }
  walk(tree, [])
  return found
}

/**
 * Problems with the installed Handlebars: any copy below the minimum, or one npm cannot name.
 *
 * @param {LsNode} tree `npm ls handlebars --all --json`
 * @returns {string[]}
 */
export function checkHandlebars(tree) {
  return findInstalled(tree, 'handlebars').flatMap(({ path, version }) => {
    if (!version) return [`handlebars at ${path} is missing or has no version: run npm ci`]
    if (!valid(version) || lt(version, MINIMUM_HANDLEBARS))
      return [
        `handlebars ${version} at ${path} is below ${MINIMUM_HANDLEBARS}, which fixes the published advisories: update it (or override it in the root package.json)`,
      ]
    return []
  })
}

/**
 * Problems with docx, which writes every DOCX (issue 14): no workspace that pins it, a workspace
 * that depends on it by a range instead of an exact version, and an installed copy that is missing
 * or differs from the pin (docx output changes within 9.x). Its own dependencies are locked by
 * package-lock.json (nanoid through the root `overrides`, for Node 20).
 *
 * @param {Array<{ file: string, manifest: Record<string, unknown> }>} workspaces
 * @param {LsNode} tree `npm ls docx --all --json`
 * @returns {string[]}
 */
export function checkDocx(workspaces, tree) {
  const problems = []
  const pins = new Set()
  for (const { file, manifest } of workspaces) {
    for (const field of DEPENDENCY_FIELDS) {
      const range = /** @type {Record<string, string> | undefined} */ (manifest[field])?.docx
      if (range === undefined) continue
      if (EXACT_VERSION.test(range)) pins.add(range)
      else
        problems.push(
          `${file}: ${field}.docx is "${range}"; pin an exact version such as "9.15.2" (docx output changes within 9.x)`,
        )
    }
  }
  if (pins.size === 0 && problems.length === 0)
    problems.push(
      'no workspace depends on docx, which writes every DOCX: pin it exactly in packages/generator/package.json',
    )
  if (pins.size > 1)
    problems.push(`workspaces pin different docx versions (${[...pins].join(', ')}): pin one`)
  const installed = findInstalled(tree, 'docx')
  if (pins.size > 0 && installed.length === 0)
    problems.push(`docx ${[...pins].join(', ')} is pinned but not installed: run npm ci`)
  for (const { path, version } of installed) {
    if (pins.size > 0 && !pins.has(version ?? ''))
      problems.push(
        `docx ${version ?? '(missing)'} at ${path} is not the pinned ${[...pins].join(', ')}: run npm ci`,
      )
  }
  return problems
}
