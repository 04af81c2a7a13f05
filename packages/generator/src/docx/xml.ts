/**
 * WordprocessingML as strings: escaping, run and paragraph properties, runs and paragraphs.
 * Every handler builds its XML through these, so escaping and element order live in one place.
 *
 * ```ts
 * paragraphXml({ style: 'Note' }, run('A & B', { bold: true }))
 * //=> '<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p>'
 * ```
 */

/** The run formatting inherited from `strong` and `emphasis` ancestors, and a few of our own. */
export interface RunFormat {
  bold?: true
  italics?: true
  /** A font for this run only (inline code). */
  font?: string
  /** Size in half-points. */
  size?: number
  /** Right-to-left run (`w:rtl`). */
  rtl?: true
}

/** The paragraph properties we write, in the order ECMA-376 Part 1, 17.3.1.26 requires. */
export interface ParagraphProps {
  style?: string
  keepNext?: true
  /** `w:numPr`: a `w:num` id and level; `numId` 0 switches a style's numbering off. */
  numbering?: { numId: number; level?: number }
  /** Raw `w:pBdr` content, such as a bottom rule. */
  border?: string
  /** Raw `w:tabs` content. */
  tabs?: string
  /** Right-to-left paragraph (`w:bidi`). */
  bidi?: true
  spacing?: { before?: number; after?: number }
  indentLeft?: number
  align?: 'left' | 'center' | 'right'
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
const SPECIAL = /[&<>"']/g

/** Escape text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL, (char) => ENTITIES[char] ?? char) : text
}

/** `w:rPr` for a run format, or nothing. */
export function runProps(format: RunFormat): string {
  const { bold, italics, font, size, rtl } = format
  if (!bold && !italics && font === undefined && size === undefined && !rtl) return ''
  return `<w:rPr>${font === undefined ? '' : `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/>`}${bold ? '<w:b/><w:bCs/>' : ''}${italics ? '<w:i/><w:iCs/>' : ''}${size === undefined ? '' : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`}${rtl ? '<w:rtl/>' : ''}</w:rPr>`
}

/** A run of text, escaped: `<w:r><w:t xml:space="preserve">…</w:t></w:r>`. */
export function run(text: string, format: RunFormat = {}): string {
  return `<w:r>${runProps(format)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
}

/** `w:pPr` for paragraph properties, or nothing. */
export function paragraphProps(props: ParagraphProps): string {
  const { style, keepNext, numbering, border, tabs, bidi, spacing, indentLeft, align } = props
  const inner =
    (style === undefined ? '' : `<w:pStyle w:val="${style}"/>`) +
    (keepNext ? '<w:keepNext/>' : '') +
    (numbering === undefined
      ? ''
      : `<w:numPr>${numbering.level === undefined ? '' : `<w:ilvl w:val="${numbering.level}"/>`}<w:numId w:val="${numbering.numId}"/></w:numPr>`) +
    (border === undefined ? '' : `<w:pBdr>${border}</w:pBdr>`) +
    (tabs === undefined ? '' : `<w:tabs>${tabs}</w:tabs>`) +
    (bidi ? '<w:bidi/>' : '') +
    (spacing === undefined
      ? ''
      : `<w:spacing${spacing.before === undefined ? '' : ` w:before="${spacing.before}"`}${spacing.after === undefined ? '' : ` w:after="${spacing.after}"`}/>`) +
    (indentLeft === undefined ? '' : `<w:ind w:left="${indentLeft}"/>`) +
    (align === undefined ? '' : `<w:jc w:val="${align}"/>`)
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`
}

/** A paragraph of already-built runs. */
export function paragraphXml(props: ParagraphProps, content: string): string {
  return `<w:p>${paragraphProps(props)}${content}</w:p>`
}

// Note: letters of the right-to-left scripts, and letters of the common left-to-right ones.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const LTR_LETTER =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u

/** True when the text has right-to-left letters and no left-to-right ones (bad-inputs F16). */
export function isRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text) && !LTR_LETTER.test(text)
}

/** The XML declaration every part starts with. */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
/** The WordprocessingML main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
/** The relationships namespace, for `r:id`. */
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
