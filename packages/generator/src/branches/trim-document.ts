import { type Catalog, DEFINITIONS_CLAUSE } from '@betterforus/clauses'

/**
 * A catalog in which one document holds only some of its clauses (and its Definitions clause);
 * the others move to a document of their own that is never built, so cross-references to them
 * still resolve. Rendering the trimmed document is far cheaper than rendering it whole.
 *
 * @param catalog The catalog.
 * @param documentId The document to trim.
 * @param keep The clause ids to keep, in the document's order.
 */
export function trimDocument(
  catalog: Catalog,
  documentId: string,
  keep: ReadonlySet<string>,
): Catalog {
  const rest = `${documentId}-rest`
  const documents = catalog.documents.flatMap((document) => {
    if (document.meta.id !== documentId) return [document]
    const kept = document.meta.clauses.filter((id) => keep.has(id) || id === DEFINITIONS_CLAUSE)
    const moved = document.meta.clauses.filter((id) => !kept.includes(id))
    return [
      { ...document, meta: { ...document.meta, clauses: kept } },
      { ...document, meta: { ...document.meta, id: rest, definitions: false, clauses: moved } },
    ]
  })
  const packDocuments = catalog.pack.documents.flatMap((id) =>
    id === documentId ? [id, rest] : [id],
  )
  return { ...catalog, documents, pack: { ...catalog.pack, documents: packDocuments } }
}
