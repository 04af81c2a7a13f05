/**
 * How the redline summary names each version bump. The comparison itself lives in
 * `@betterforus/clauses` (`versionBump`), which the clause-version check asks too.
 */
import type { VersionBump } from '@betterforus/clauses'

/** How the summary names each bump. */
export const bumpMeaning: Record<VersionBump, string> = {
  major: 'changed meaning',
  minor: 'optional text or new variables',
  patch: 'wording only',
  prerelease: 'pre-release revision',
  none: 'same version',
  downgrade: 'version went down',
}
