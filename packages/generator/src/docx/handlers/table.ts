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
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx'
import type { Table as MdastTable } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { TEXT_WIDTH } from '../units.js'

const line = { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 0 }
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
}
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' }

export function table(node: MdastTable, state: DocxState): FileChild[] {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length))
  const width = Math.floor(TEXT_WIDTH / columns)
  const rows = node.children.map((row, rowIndex) => {
    const header = rowIndex === 0
    const cells = Array.from({ length: columns }, (_, column) => {
      const align = node.align?.[column]
      const content = row.children[column]?.children ?? []
      const paragraph = new Paragraph({
        style: 'TableText',
        ...(align ? { alignment: ALIGN[align] } : {}),
        children: state.toRuns(content, header ? { bold: true } : {}),
      })
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(header ? { shading: HEADER_SHADING } : {}),
        children: [paragraph],
      })
    })
    return new TableRow({ tableHeader: header, cantSplit: true, children: cells })
  })
  return [
    new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      layout: TableLayoutType.FIXED,
      borders,
      rows,
    }),
    // Note: an empty paragraph keeps two tables (or a table and a heading) apart in Word.
    new Paragraph({ children: [], spacing: { after: 0 } }),
  ]
}
