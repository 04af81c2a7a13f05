/**
 * Lengths in WordprocessingML are twentieths of a point ("dxa", twips): 1440 to the inch, about
 * 567 to the centimetre (ECMA-376 Part 1, 17.18.97). The page and the indents are named here.
 */

/** One inch (2.54 cm) in twips. */
export const INCH = 1440

/** An A4 page, portrait (210 × 297 mm), in twips. */
export const A4 = { width: 11906, height: 16838 } as const

/** Every page margin: one inch (2.54 cm), Word's default. */
export const PAGE_MARGIN = INCH

/** From the page edge to the header and to the footer: 1.25 cm, Word's default. */
export const HEADER_FOOTER_DISTANCE = 708

/** The width of the text between the margins of an A4 page. */
export const TEXT_WIDTH = A4.width - 2 * PAGE_MARGIN

/** One step of indent, and the default tab stop: half an inch (1.27 cm). */
export const INDENT = INCH / 2

/** The page of every section, as docx takes it: A4 portrait, 2.54 cm margins. */
export const PAGE = {
  size: { width: A4.width, height: A4.height },
  margin: {
    top: PAGE_MARGIN,
    right: PAGE_MARGIN,
    bottom: PAGE_MARGIN,
    left: PAGE_MARGIN,
    header: HEADER_FOOTER_DISTANCE,
    footer: HEADER_FOOTER_DISTANCE,
    gutter: 0,
  },
} as const
