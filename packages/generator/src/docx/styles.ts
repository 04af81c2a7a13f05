/**
 * The style set (`word/styles.xml`): Normal (body), Title, Heading1–3, Definition, Note,
 * CoverLine, TableText, Header, Footer and TOC1–3, in Arial 11 pt (LibreOffice substitutes the
 * metric-compatible Liberation Sans), with a house style's fonts and heading colour if given.
 *
 * ```xml
 * <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
 *   <w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>…</w:pPr></w:style>
 * ```
 *
 * Note: Heading1 and Heading2 carry the legal numbering too, so a heading the lawyer adds in Word
 * is numbered like the rest (ECMA-376 Part 1, 17.7.4.17 and 17.9.23).
 */
import { BorderStyle, type IStylesOptions, LineRuleType, ShadingType } from 'docx'
import type { HouseStyle } from '../house-style.js'
import { CLAUSE_INSTANCE, LEGAL } from './numbering.js'
import { INDENT } from './units.js'

/** The body font; LibreOffice uses Liberation Sans, which has Arial's metrics. */
export const FONT = 'Arial'
/** Word's own indent per level of its "toc N" styles (about 0.39 cm). */
const TOC_LEVEL_INDENT = 220

const box = { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 }

/** The run properties a house style gives every heading (and the Title). */
const headingRun = (house: HouseStyle | undefined) => ({
  ...(house?.headingFont === undefined ? {} : { font: house.headingFont }),
  ...(house?.headingColour === undefined ? {} : { color: house.headingColour }),
})

const heading = (level: 0 | 1, size: number, house: HouseStyle | undefined) => ({
  run: { bold: true, size, ...headingRun(house) },
  paragraph: {
    keepNext: true,
    keepLines: true,
    spacing: { before: level === 0 ? 360 : 240, after: 120 },
    numbering: { reference: LEGAL, level, instance: CLAUSE_INSTANCE },
  },
})

function build(house: HouseStyle | undefined): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: house?.bodyFont ?? FONT, size: 22, language: { value: 'en-GB' } },
        // Note: the rule said outright, as Word writes it; without it LibreOffice clips an inline image.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, bold: true, size: 36, color: '000000', ...headingRun(house) },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: heading(0, 24, house),
      heading2: heading(1, 22, house),
      heading3: {
        run: { bold: true, italics: true, size: 22, ...headingRun(house) },
        paragraph: { keepNext: true, spacing: { before: 240, after: 120 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Definition',
        name: 'Definition',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { indent: { left: INDENT } },
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
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18, color: '595959' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 16, color: '595959' },
        paragraph: { spacing: { after: 0 } },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 100 }, indent: { left: (level - 1) * TOC_LEVEL_INDENT } },
      })),
    ],
  }
}

// Note: the plain style set is built once per process and shared by every document.
const PLAIN = build(undefined)

/** The document's styles: the plain set, or one with the house style's fonts and colour. */
export function styles(house?: HouseStyle): IStylesOptions {
  return house?.headingFont === undefined &&
    house?.headingColour === undefined &&
    house?.bodyFont === undefined
    ? PLAIN
    : build(house)
}
