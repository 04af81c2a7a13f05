/**
 * The bold label that opens a note: `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Drafting note: </w:t></w:r>`.
 */
import { run } from './xml.js'

export function notePrefix(label: string): string {
  return run(`${label}: `, { bold: true })
}
