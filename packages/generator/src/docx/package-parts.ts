/**
 * The parts every package needs around the document: content types, relationships, settings,
 * and the zip itself. `packageParts` takes the document-specific parts and returns the whole
 * package, ready to zip.
 *
 * ```text
 * [Content_Types].xml  _rels/.rels  docProps/{app,core,custom}.xml
 * word/document.xml  word/_rels/document.xml.rels  word/{styles,numbering,settings,footer1,comments}.xml
 * ```
 */
import { APP_XML } from './document-properties.js'
import { STYLES_XML } from './styles.js'
import { INDENT } from './units.js'
import { DECLARATION, W_NS } from './xml.js'

const CT = 'application/vnd.openxmlformats-officedocument'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'

export interface DocumentParts {
  /** `word/document.xml`. */
  document: string
  /** `docProps/core.xml`. */
  core: string
  /** `docProps/custom.xml`, if any. */
  custom?: string
  /** `word/numbering.xml`, if any. */
  numbering?: string
  /** `word/footer1.xml`, if any (the document refers to it as `rId4`). */
  footer?: string
  /** `word/comments.xml`, if any. */
  comments?: string
  /** Turn on change tracking (`w:trackRevisions`), for redlines. */
  trackRevisions?: boolean
}

/** The relationship id of the footer, for `w:footerReference`. */
export const FOOTER_RID = 'rId4'

const relationships = (items: ReadonlyArray<[id: string, type: string, target: string]>) =>
  `${DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`

const settings = (trackRevisions: boolean) =>
  `${DECLARATION}<w:settings xmlns:w="${W_NS}">${trackRevisions ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="${INDENT}"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

/** Every part of the package, by name. */
export function packageParts(parts: DocumentParts): Record<string, string> {
  const { document, core, custom, numbering, footer, comments, trackRevisions = false } = parts
  const overrides: Array<[string, string]> = [
    ['/word/document.xml', `${CT}.wordprocessingml.document.main+xml`],
    ['/word/styles.xml', `${CT}.wordprocessingml.styles+xml`],
    ['/word/settings.xml', `${CT}.wordprocessingml.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
  ]
  const rels: Array<[string, string, string]> = [
    ['rId1', `${REL}/styles`, 'styles.xml'],
    ['rId2', `${REL}/settings`, 'settings.xml'],
  ]
  const files: Record<string, string> = {
    'word/document.xml': document,
    'word/styles.xml': STYLES_XML,
    'word/settings.xml': settings(trackRevisions),
    'docProps/core.xml': core,
    'docProps/app.xml': APP_XML,
  }
  if (numbering !== undefined) {
    overrides.push(['/word/numbering.xml', `${CT}.wordprocessingml.numbering+xml`])
    rels.push(['rId3', `${REL}/numbering`, 'numbering.xml'])
    files['word/numbering.xml'] = numbering
  }
  if (footer !== undefined) {
    overrides.push(['/word/footer1.xml', `${CT}.wordprocessingml.footer+xml`])
    rels.push([FOOTER_RID, `${REL}/footer`, 'footer1.xml'])
    files['word/footer1.xml'] = footer
  }
  if (comments !== undefined) {
    overrides.push(['/word/comments.xml', `${CT}.wordprocessingml.comments+xml`])
    rels.push(['rId5', `${REL}/comments`, 'comments.xml'])
    files['word/comments.xml'] = comments
  }
  const packageRels: Array<[string, string, string]> = [
    ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
    ['rId2', `${PACKAGE_RELS}/metadata/core-properties`, 'docProps/core.xml'],
    ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
  ]
  if (custom !== undefined) {
    overrides.push(['/docProps/custom.xml', `${CT}.custom-properties+xml`])
    packageRels.push(['rId4', `${REL}/custom-properties`, 'docProps/custom.xml'])
    files['docProps/custom.xml'] = custom
  }
  files['[Content_Types].xml'] =
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('')}</Types>`
  files['_rels/.rels'] = relationships(packageRels)
  files['word/_rels/document.xml.rels'] = relationships(rels)
  return files
}
