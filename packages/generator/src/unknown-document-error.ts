/**
 * `documents` of `generatePack` names a document the pack does not have in this copy (the issue
 * copy has no drafting memo): the caller's mistake, which a command reports as a usage error.
 * A `TypeError`, as it was before it had a class of its own.
 */
export class UnknownDocumentError extends TypeError {
  override name = 'UnknownDocumentError'
  /** The ids asked for that the pack does not have. */
  readonly unknown: string[]
  /** The documents of the pack in this copy. */
  readonly known: string[]

  constructor(unknown: string[], known: string[]) {
    super(
      `Unknown document \`${unknown.join(', ')}\` for this copy; the documents are ${known.join(', ')}`,
    )
    this.unknown = unknown
    this.known = known
  }
}
