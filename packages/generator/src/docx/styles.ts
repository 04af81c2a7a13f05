/**
 * The style set (`word/styles.xml`): Normal (body), Title, Heading1–3, Definition, Note and
 * TableText, in Arial 11 pt (LibreOffice substitutes the metric-compatible Liberation Sans).
 *
 * ```xml
 * <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
 *   <w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>…</w:pPr></w:style>
 * ```
 *
 * Note: Heading1 and Heading2 carry the legal numbering too, so a heading the lawyer adds in Word
 * is numbered like the rest (ECMA-376 Part 1, 17.7.4.17 and 17.9.23).
 */
import { BorderStyle, type IStylesOptions, ShadingType } from 'docx'
import { CLAUSE_INSTANCE, LEGAL } from './numbering.js'

/** The width of the text on an A4 page with 2.54 cm margins, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1440
/** The body font; LibreOffice uses Liberation Sans, which has Arial's metrics. */
export const FONT = 'Arial'

const heading = (level: 0 | 1, size: number) => ({
  run: { bold: true, size },
  paragraph: {
    keepNext: true,
    keepLines: true,
    spacing: { before: level === 0 ? 360 : 240, after: 120 },
    numbering: { reference: LEGAL, level, instance: CLAUSE_INSTANCE },
  },
})

const box = { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 }

/** The document's styles. */
export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22 },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    title: {
      run: { font: FONT, bold: true, size: 36, color: '000000' },
      paragraph: { spacing: { after: 240 } },
    },
    heading1: heading(0, 24),
    heading2: heading(1, 22),
    heading3: {
      run: { bold: true, italics: true, size: 22 },
      paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Definition',
      name: 'Definition',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: { left: 720 } },
    },
    {
      id: 'Note',
      name: 'Note',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 20 },
      paragraph: {
        shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
        border: { top: box, bottom: box, left: box, right: box },
        spacing: { before: 120, after: 240 },
      },
    },
    {
      id: 'CoverLine',
      name: 'Cover Line',
      basedOn: 'Normal',
      run: { size: 24 },
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 20 },
      paragraph: { spacing: { before: 40, after: 40, line: 240 } },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { size: 16, color: '595959' },
      paragraph: { spacing: { after: 0 } },
    },
  ],
}
