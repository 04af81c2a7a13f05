import { formatMessages } from './format-messages.js'
import { ReleaseError } from './load-release.js'

/** Say why a release could not be loaded. */
export function reportReleaseError(error: unknown): number {
  if (!(error instanceof ReleaseError)) throw error
  if (error.files.length > 0) console.error(formatMessages(error.files))
  console.error(error.message)
  return 1
}
