/**
 * The numbering definitions (`w:abstractNum`), built once per process:
 * - `BULLET`: ● ○ ■ for Markdown bullet lists;
 * - `LEGAL`, shared by clause headings, sub-clauses and lettered lists:
 *
 * ```xml
 * <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
 *   <w:isLgl/><w:suff w:val="tab"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
 * ```
 * - `ORDERED`: a plain `1.` list for ordered Markdown lists.
 *
 * Note: lower levels restart when a higher level moves on (no `w:lvlRestart` needed), so `2.1`
 * follows clause 2 in the same `w:num`. Each lettered or ordered list gets its own `w:num` (a
 * docx `instance`) whose `w:startOverride`s start every level at 1: ECMA-376 Part 1, 17.9.
 */
import { AlignmentType, type INumberingOptions, LevelFormat, LevelSuffix } from 'docx'
import { INDENT } from './units.js'

/** The reference of the bullet list. */
export const BULLET = 'bullet'
/** The reference of the legal numbering definition. */
export const LEGAL = 'legal'
/** The reference of the plain `1.` list for ordered Markdown lists. */
export const ORDERED = 'ordered'
/** The instance (`w:num`) of clause headings and sub-clauses: one list through the document. */
export const CLAUSE_INSTANCE = 0

/** The hanging indent of every numbered level: one step of indent (1.27 cm). */
export const HANGING = INDENT
/** The hanging indent of bullets and ordered lists: half a step, room for a bullet or `1.`. */
const LIST_HANGING = INDENT / 2

type Format = (typeof LevelFormat)[keyof typeof LevelFormat]

const level = (ilvl: number, format: Format, text: string, left: number, hanging: number) => ({
  level: ilvl,
  format,
  text,
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.TAB,
  style: { paragraph: { indent: { left, hanging } } },
})

const legal = (ilvl: number, format: Format, text: string, style?: string) => ({
  level: ilvl,
  format,
  text,
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.TAB,
  ...(ilvl === 1 || ilvl === 2 ? { isLegalNumberingStyle: true } : {}),
  style: {
    ...(style === undefined ? {} : { style }),
    paragraph: { indent: { left: HANGING * Math.max(1, ilvl), hanging: HANGING } },
  },
})

/** The numbering part's definitions: `BULLET`, `LEGAL` (levels 0–4) and `ORDERED`. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET,
      levels: ['\u25CF', '\u25CB', '\u25A0'].map((bullet, ilvl) =>
        level(ilvl, LevelFormat.BULLET, bullet, HANGING * (ilvl + 1), LIST_HANGING),
      ),
    },
    {
      reference: LEGAL,
      levels: [
        legal(0, LevelFormat.DECIMAL, '%1', 'Heading1'),
        legal(1, LevelFormat.DECIMAL, '%1.%2', 'Heading2'),
        legal(2, LevelFormat.DECIMAL, '%1.%2.%3'),
        legal(3, LevelFormat.LOWER_LETTER, '(%4)'),
        legal(4, LevelFormat.LOWER_ROMAN, '(%5)'),
      ],
    },
    {
      reference: ORDERED,
      levels: [0, 1, 2].map((ilvl) =>
        level(ilvl, LevelFormat.DECIMAL, `%${ilvl + 1}.`, HANGING * (ilvl + 1), LIST_HANGING),
      ),
    },
  ],
}
