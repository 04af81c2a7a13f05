/**
 * Wrap paragraph content in the ranges of Word comments and add their reference marks:
 *
 * ```xml
 * <w:commentRangeStart w:id="0"/>…<w:commentRangeEnd w:id="0"/>
 * <w:r><w:commentReference w:id="0"/></w:r>
 * ```
 *
 * (ECMA-376 Part 1, 17.13.4.) The comments themselves are collected by `collectNotes`.
 */
export function anchorComments(content: string, ids: readonly number[] | undefined): string {
  if (ids === undefined || ids.length === 0) return content
  const each = (xml: (id: number) => string) => ids.map(xml).join('')
  return (
    each((id) => `<w:commentRangeStart w:id="${id}"/>`) +
    content +
    each((id) => `<w:commentRangeEnd w:id="${id}"/>`) +
    each((id) => `<w:r><w:commentReference w:id="${id}"/></w:r>`)
  )
}
