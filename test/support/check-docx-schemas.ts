/**
 * The schema check of DOCX files: each part unzipped, put through Markup Compatibility, and
 * validated with jing against its ISO/IEC 29500 transitional schema, one jing call per schema.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { applyMarkupCompatibility } from './apply-markup-compatibility.js'
import { schemaFolder, schemaOf, uncheckedReason } from './ooxml-schemas.js'
import { runJing } from './run-jing.js'

/** A part written out, ready for its schema. */
export interface PreparedPart {
  /** The DOCX it comes from, as the report names it. */
  document: string
  /** Its name in the package, e.g. `word/document.xml`. */
  part: string
  /** The file jing reads: the part after Markup Compatibility. */
  file: string
  /** The schema's file name in `test/ooxml/`. */
  schema: string
}

/** The parts of a set of DOCX files, sorted by what happens to them. */
export interface PreparedParts {
  prepared: PreparedPart[]
  /** Parts no schema here checks, with the reason. */
  unchecked: { document: string; part: string; reason: string }[]
  /** Parts this check knows nothing about: they need a schema or a reason in `ooxml-schemas.ts`. */
  unknown: { document: string; part: string }[]
  /** Parts the Markup Compatibility step refused (not well-formed, or a namespace it must know). */
  failures: string[]
}

/**
 * Unzip each DOCX, apply Markup Compatibility to each part that has a schema and write it under
 * `folder/<document>/<part>`.
 *
 * @param documents Each DOCX with the name the report gives it (a relative path, no `..`).
 * @param folder Where to write the parts.
 */
export function prepareDocxParts(
  documents: readonly { name: string; file: string }[],
  folder: string,
): PreparedParts {
  const result: PreparedParts = { prepared: [], unchecked: [], unknown: [], failures: [] }
  for (const { name: document, file } of documents) {
    const entries = unzipSync(new Uint8Array(readFileSync(file)))
    for (const [part, bytes] of Object.entries(entries)) {
      if (part.endsWith('/')) continue
      const schema = schemaOf(part)
      if (!schema) {
        const reason = uncheckedReason(part)
        if (reason) result.unchecked.push({ document, part, reason })
        else result.unknown.push({ document, part })
        continue
      }
      // Note: schemaOf matches whole fixed names only, so `part` cannot climb out of `folder`.
      const target = path.join(folder, document, part)
      try {
        const xml = applyMarkupCompatibility(strFromU8(bytes))
        mkdirSync(path.dirname(target), { recursive: true })
        writeFileSync(target, xml)
        result.prepared.push({ document, part, file: target, schema })
      } catch (error) {
        result.failures.push(`${document}: ${part}: Markup Compatibility: ${String(error)}`)
      }
    }
  }
  return result
}

/** What jing said of a set of prepared parts. */
export interface Validation {
  /** One line per problem, naming the document, the part, the line and column in the part as
   * validated, and jing's message; empty when every part is valid. */
  messages: string[]
  /** The parts jing named in a message. */
  invalid: Set<PreparedPart>
}

/** Validate prepared parts, one jing call per schema with every part of its kind. */
export function validateParts(parts: readonly PreparedPart[]): Validation {
  const validation: Validation = { messages: [], invalid: new Set() }
  const bySchema = new Map<string, PreparedPart[]>()
  for (const part of parts) {
    const group = bySchema.get(part.schema) ?? []
    group.push(part)
    bySchema.set(part.schema, group)
  }
  for (const [schema, group] of bySchema) {
    const byFile = new Map(group.map((part) => [part.file, part]))
    const run = runJing(
      path.join(schemaFolder, schema),
      group.map((part) => part.file),
    )
    for (const message of run.messages) {
      const part = byFile.get(message.file)
      if (part) validation.invalid.add(part)
      const where = part ? `${part.document}: ${part.part}` : message.file
      validation.messages.push(
        `${where} (${schema}) ${message.line}:${message.column}: ${message.text}`,
      )
    }
    for (const line of run.other) validation.messages.push(`jing -c ${schema}: ${line}`)
    if (run.status !== 0 && run.messages.length === 0 && run.other.length === 0)
      validation.messages.push(`jing -c ${schema} exited ${run.status} without a message`)
  }
  return validation
}
