/**
 * The one legal numbering definition (`w:abstractNum`) shared by clause headings, sub-clauses and
 * lettered lists, plus a plain decimal list for ordered Markdown lists.
 *
 * ```xml
 * <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
 *   <w:isLgl/><w:lvlText w:val="%1.%2"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
 * ```
 *
 * Note: lower levels restart when a higher level moves on (no `w:lvlRestart` needed), so `2.1`
 * follows clause 2 in the same `w:num`. Lettered lists get their own `w:num` (an `instance`) so
 * each one starts at (a) or (i): ECMA-376 Part 1, 17.9.
 */
import { AlignmentType, type INumberingOptions, LevelFormat, LevelSuffix } from 'docx'

/** The reference of the legal numbering definition. */
export const LEGAL = 'legal'
/** The reference of the plain `1.` list for ordered Markdown lists. */
export const ORDERED = 'ordered'
/** The instance (`w:num`) of clause headings and sub-clauses: one list through the document. */
export const CLAUSE_INSTANCE = 0

/** The hanging indent of every numbered level, in twips (1.27 cm). */
export const HANGING = 720

const level = (
  ilvl: number,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
  style?: string,
) => ({
  level: ilvl,
  format,
  text,
  alignment: AlignmentType.START,
  suffix: LevelSuffix.TAB,
  ...(ilvl === 1 || ilvl === 2 ? { isLegalNumberingStyle: true } : {}),
  style: {
    ...(style === undefined ? {} : { style }),
    paragraph: { indent: { left: HANGING * Math.max(1, ilvl), hanging: HANGING } },
  },
})

/** The numbering part: `LEGAL` (levels 0–4) and `ORDERED`. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: LEGAL,
      levels: [
        level(0, LevelFormat.DECIMAL, '%1', 'Heading1'),
        level(1, LevelFormat.DECIMAL, '%1.%2', 'Heading2'),
        level(2, LevelFormat.DECIMAL, '%1.%2.%3'),
        level(3, LevelFormat.LOWER_LETTER, '(%4)'),
        level(4, LevelFormat.LOWER_ROMAN, '(%5)'),
      ],
    },
    {
      reference: ORDERED,
      levels: [0, 1, 2].map((ilvl) => ({
        level: ilvl,
        format: LevelFormat.DECIMAL,
        text: `%${ilvl + 1}.`,
        style: { paragraph: { indent: { left: HANGING * (ilvl + 1), hanging: 360 } } },
      })),
    },
  ],
}
