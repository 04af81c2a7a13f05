import { type LibrarySnapshot, redlineLibrary, redlineToMarkdown } from '@betterforus/generator'
import type { ReplacementDrift } from '@betterforus/layer'
import { librarySnapshot, loadRelease, type Release, ReleaseError } from '../load-release.js'

const only = (snapshot: LibrarySnapshot, id: string): LibrarySnapshot => ({
  ...snapshot,
  clauses: snapshot.clauses.filter((clause) => clause.id === id),
})

/**
 * The redline of what the library changed in a replaced clause since the layer was reviewed:
 * that clause in the release it was reviewed against (found as `diff` finds releases) beside
 * the installed one, word by word, as Markdown (CriticMarkup).
 *
 * @param reviewedRelease Where the reviewed release is, as `diff --from`; by default its version.
 * @returns The redline, or a line saying why it cannot be shown and how to get it.
 */
export async function upstreamRedline(
  drift: ReplacementDrift,
  installed: Release,
  reviewedRelease: string | undefined,
): Promise<string> {
  const spec = reviewedRelease ?? drift.reviewed
  try {
    const reviewed = await loadRelease(spec)
    const found = reviewed.catalog.clauses.find((clause) => clause.meta.id === drift.replaced)
    if (found?.meta.version !== drift.reviewed) {
      return `(no redline: ${reviewed.label} has ${drift.replaced}@${found?.meta.version ?? 'none'}, not the reviewed ${drift.reviewed}; give the reviewed release with --reviewed-release)`
    }
    const before = only(await librarySnapshot(reviewed), drift.replaced)
    const after = only(await librarySnapshot(installed), drift.replaced)
    const document = redlineLibrary(before, after).documents[0]
    return document ? redlineToMarkdown(document) : ''
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    return `(no redline: ${error.message}; give the release ${drift.replaced}@${drift.reviewed} came from with --reviewed-release, such as a templates folder of that version)`
  }
}
