/**
 * A council's house style for the DOCX it generates: logo on the cover, fonts and colour of headings,
 * cover lines, and a header line on every page after the first. Applied through the DOCX writer's
 * styles and sections, never by editing output. Every field is optional: no house style, no change.
 */
export interface HouseStyle {
  /** The logo on the cover: PNG or SVG bytes, its size in pixels as shown, and its alternative text. */
  logo?: {
    type: 'png' | 'svg'
    data: Uint8Array
    width: number
    height: number
    altText: string
  }
  /** Font family of headings, such as `Arial`. */
  headingFont?: string
  /** Colour of headings, six hexadecimal digits without `#`, such as `1D70B8`. */
  headingColour?: string
  /** Font family of body text. */
  bodyFont?: string
  /** Lines shown on the cover under the document title, in order. */
  coverLines?: readonly string[]
  /** A line shown in the header of every page after the first. */
  headerLine?: string
}
