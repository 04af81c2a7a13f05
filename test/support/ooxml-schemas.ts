import path from 'node:path'
import { repositoryRoot } from './paths.js'

/** The vendored ISO/IEC 29500 transitional RELAX NG schemas (see `test/ooxml/README.md`). */
export const schemaFolder = path.join(repositoryRoot, 'test/ooxml')

/** The schema that checks each WordprocessingML part, by part name. */
const SCHEMAS: readonly [RegExp, string][] = [
  [/^word\/document\.xml$/, 'WordprocessingML_Main_Document.rnc'],
  [/^word\/styles\.xml$/, 'WordprocessingML_Style_Definitions.rnc'],
  [/^word\/numbering\.xml$/, 'WordprocessingML_Numbering_Definitions.rnc'],
  [/^word\/settings\.xml$/, 'WordprocessingML_Document_Settings.rnc'],
  [/^word\/comments\.xml$/, 'WordprocessingML_Comments.rnc'],
  [/^word\/footer\d*\.xml$/, 'WordprocessingML_Footer.rnc'],
  [/^word\/header\d*\.xml$/, 'WordprocessingML_Header.rnc'],
  [/^word\/footnotes\.xml$/, 'WordprocessingML_Footnotes.rnc'],
  [/^word\/endnotes\.xml$/, 'WordprocessingML_Endnotes.rnc'],
  [/^word\/fontTable\.xml$/, 'WordprocessingML_Font_Table.rnc'],
  [/^word\/webSettings\.xml$/, 'WordprocessingML_Web_Settings.rnc'],
  [/^docProps\/custom\.xml$/, 'Shared_Custom_File_Properties.rnc'],
  [/^docProps\/app\.xml$/, 'Shared_Extended_File_Properties.rnc'],
  // Note: not WordprocessingML, but docx writes one and Word reads it.
  [/^word\/theme\/theme\d*\.xml$/, 'DrawingML_Theme.rnc'],
]

const LATER_OFFICE = 'only in a namespace of a later Office version; ISO/IEC 29500 has no schema'

/** Parts a DOCX may hold that no schema here checks, and why. */
const UNCHECKED: readonly [RegExp, string][] = [
  [
    /^\[Content_Types\]\.xml$|(^|\/)_rels\/[^/]*\.rels$/,
    'package part (ISO/IEC 29500-2, Open Packaging Conventions); its schema is not in test/ooxml',
  ],
  [
    /^docProps\/core\.xml$/,
    'core properties (ISO/IEC 29500-2, Dublin Core); its schema is not in test/ooxml',
  ],
  [/^word\/commentsExtended\.xml$/, `w15 comment extensions, ${LATER_OFFICE}`],
  [/^word\/commentsIds\.xml$/, `w16cid comment ids, ${LATER_OFFICE}`],
  [/^word\/commentsExtensible\.xml$/, `w16cex comment extensions, ${LATER_OFFICE}`],
  [/^word\/people\.xml$/, `w15 authors, ${LATER_OFFICE}`],
  [/^word\/media\//, 'media, not XML'],
]

/** The file name of the schema that checks a part, or `undefined` if none here does. */
export function schemaOf(part: string): string | undefined {
  return SCHEMAS.find(([pattern]) => pattern.test(part))?.[1]
}

/**
 * Why a part is not schema-checked, or `undefined` for a part this check does not know: a new
 * kind of part must get a schema or a reason here before the check passes.
 */
export function uncheckedReason(part: string): string | undefined {
  return UNCHECKED.find(([pattern]) => pattern.test(part))?.[1]
}
