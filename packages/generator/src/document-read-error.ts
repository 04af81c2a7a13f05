/**
 * A document `readProvenance` cannot read safely: truncated, damaged, over a size cap, or with
 * front matter or properties it refuses. The message completes "<file>: …" and says what is
 * wrong; it is for the user, so callers print it without a stack trace.
 */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError'
}
