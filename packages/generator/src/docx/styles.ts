/**
 * The style set (`word/styles.xml`): Normal (body), Title, Heading1–3, Definition, Note,
 * CoverLine, TableText, Footer and TOC1–3, in Arial 11 pt (LibreOffice substitutes the
 * metric-compatible Liberation Sans).
 *
 * ```xml
 * <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
 *   <w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>…</w:pPr></w:style>
 * ```
 *
 * Note: Heading1 and Heading2 carry the legal numbering too, so a heading the lawyer adds in Word
 * is numbered like the rest (ECMA-376 Part 1, 17.7.4.17 and 17.9.23). The names of built-in
 * styles are Word's own lower-case names ("heading 1", "toc 1"), so Word maps them to its styles.
 */
import { CLAUSE_NUM } from './numbering.js'
import { INDENT } from './units.js'
import { DECLARATION, W_NS } from './xml.js'

/** Word's own indent per level of its "toc N" styles (about 0.39 cm). */
const TOC_LEVEL_INDENT = 220
/** The body font; LibreOffice uses Liberation Sans, which has Arial's metrics. */
export const FONT = 'Arial'

interface Style {
  id: string
  name: string
  basedOn?: string
  next?: string
  quickFormat?: true
  pPr?: string
  rPr?: string
}

const style = ({ id, name, basedOn = 'Normal', next, quickFormat, pPr, rPr }: Style) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/>${next === undefined ? '' : `<w:next w:val="${next}"/>`}${quickFormat ? '<w:qFormat/>' : ''}${pPr === undefined ? '' : `<w:pPr>${pPr}</w:pPr>`}${rPr === undefined ? '' : `<w:rPr>${rPr}</w:rPr>`}</w:style>`

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`
const BOLD = '<w:b/><w:bCs/>'
const box = (side: string) => `<w:${side} w:val="single" w:sz="6" w:space="4" w:color="808080"/>`

const heading = (level: 0 | 1, halfPoints: number) =>
  style({
    id: `Heading${level + 1}`,
    name: `heading ${level + 1}`,
    next: 'Normal',
    quickFormat: true,
    pPr: `<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${CLAUSE_NUM}"/></w:numPr><w:spacing w:before="${level === 0 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level}"/>`,
    rPr: BOLD + size(halfPoints),
  })

/** The styles part. */
export const STYLES_XML = `${DECLARATION}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>${size(22)}<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>${[
  style({
    id: 'Title',
    name: 'Title',
    next: 'Normal',
    quickFormat: true,
    pPr: '<w:spacing w:after="240"/>',
    rPr: `${BOLD}<w:color w:val="000000"/>${size(36)}`,
  }),
  heading(0, 24),
  heading(1, 22),
  style({
    id: 'Heading3',
    name: 'heading 3',
    next: 'Normal',
    quickFormat: true,
    pPr: '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="2"/>',
    rPr: `${BOLD}<w:i/><w:iCs/>${size(22)}`,
  }),
  style({
    id: 'Definition',
    name: 'Definition',
    quickFormat: true,
    pPr: `<w:ind w:left="${INDENT}"/>`,
  }),
  style({
    id: 'Note',
    name: 'Note',
    quickFormat: true,
    pPr: `<w:pBdr>${box('top')}${box('left')}${box('bottom')}${box('right')}</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:before="120" w:after="240"/>`,
    rPr: size(20),
  }),
  style({ id: 'CoverLine', name: 'Cover Line', pPr: '<w:spacing w:after="60"/>', rPr: size(24) }),
  style({
    id: 'TableText',
    name: 'Table Text',
    pPr: '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
    rPr: size(20),
  }),
  style({
    id: 'Footer',
    name: 'footer',
    pPr: '<w:spacing w:after="0"/>',
    rPr: `<w:color w:val="595959"/>${size(16)}`,
  }),
  ...[1, 2, 3].map((level) =>
    style({
      id: `TOC${level}`,
      name: `toc ${level}`,
      next: 'Normal',
      pPr: `<w:spacing w:after="100"/><w:ind w:left="${(level - 1) * TOC_LEVEL_INDENT}"/>`,
    }),
  ),
].join('')}</w:styles>`
