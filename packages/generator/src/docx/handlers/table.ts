/**
 * `table` (GFM) → a bordered `w:tbl` across the text width, columns split equally, the first
 * row bold, shaded and repeated on each page:
 *
 * ```xml
 * <w:tbl><w:tblPr><w:tblW w:w="9026" w:type="dxa"/><w:tblBorders>…</w:tblBorders></w:tblPr>
 *   <w:tblGrid><w:gridCol w:w="4513"/>…</w:tblGrid>
 *   <w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc>…</w:tc></w:tr>…</w:tbl>
 * ```
 */
import type { Table } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { TEXT_WIDTH } from '../units.js'
import { paragraphXml } from '../xml.js'

const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>`

export function table(node: Table, state: DocxState): string {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length))
  const width = Math.floor(TEXT_WIDTH / columns)
  let rows = ''
  node.children.forEach((row, rowIndex) => {
    const header = rowIndex === 0
    let cells = ''
    for (let column = 0; column < columns; column++) {
      const align = node.align?.[column]
      const content = row.children[column]?.children ?? []
      const paragraph = paragraphXml(
        { style: 'TableText', ...(align ? { align } : {}) },
        state.toRuns(content, header ? { bold: true } : {}),
      )
      cells += `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : ''}</w:tcPr>${paragraph}</w:tc>`
    }
    rows += `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`
  })
  const grid = `<w:gridCol w:w="${width}"/>`.repeat(columns)
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width * columns}" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>` +
    // Note: an empty paragraph keeps two tables (or a table and a heading) apart in Word.
    paragraphXml({ spacing: { after: 0 } }, '')
  )
}
