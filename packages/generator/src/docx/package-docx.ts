/**
 * Turn a docx `Document` into the package's bytes, the same every time: the parts from docx's own
 * compiler (not zipped twice), then the smallest patches over its output (docs/decisions.md,
 * "Patches over docx's output"), then one sorted zip with a fixed mtime (`zip-package.ts`).
 *
 * The patches, each because docx 9.15.2 has no option for it:
 * 1. `docProps/core.xml`: the created and modified dates are the clock; set to `instant`.
 * 2. `word/document.xml`: bookmark ids come from a counter shared by the process; renumber them
 *    1, 2, 3… in document order (their names, which `REF` fields use, are ours).
 * 3. Drawing ids (`wp:docPr`) also come from a process-wide counter; renumber them in order.
 * 4. `docProps/custom.xml`: the text hash needs `word/document.xml`, which exists only once the
 *    document is compiled; `fill` replaces a placeholder value with it.
 */
import { type Document, Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { zipPackage } from './zip-package.js'

type PartsCompiler = {
  compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer>
}

/** The package's parts before zipping, from docx's compiler (falls back to `Packer.pack`). */
async function compileParts(doc: Document): Promise<Map<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler
  const parts = new Map<string, string | Uint8Array>()
  if (typeof compiler?.compile === 'function') {
    for (const [name, data] of compiler.compile(doc))
      parts.set(name, data instanceof ArrayBuffer ? new Uint8Array(data) : data)
    return parts
  }
  for (const [name, data] of Object.entries(unzipSync(await Packer.pack(doc, 'uint8array'))))
    parts.set(name, data)
  return parts
}

/** Renumber the `w:id` of every element matched by `tag`, 1, 2, 3… in order of first sight. */
function renumber(xml: string, tag: RegExp, attribute: string): string {
  const ids = new Map<string, string>()
  const value = new RegExp(`\\b${attribute}="([^"]*)"`)
  return xml.replace(tag, (element) =>
    element.replace(value, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, String(ids.size + 1))
      return `${attribute}="${ids.get(id)}"`
    }),
  )
}

export interface PackageOptions {
  /** The instant for the core created and modified dates, `yyyy-mm-ddThh:mm:ssZ`. */
  instant: string
  /** Fill in values that need `word/document.xml`: placeholder → value. */
  fill?: (documentXml: string) => ReadonlyMap<string, string>
}

/**
 * Compile, patch and zip a document.
 *
 * @returns The `.docx` package.
 */
export async function packageDocx(doc: Document, options: PackageOptions): Promise<Uint8Array> {
  const parts = await compileParts(doc)
  const text = (name: string) => {
    const data = parts.get(name)
    return typeof data === 'string' ? data : data === undefined ? undefined : strFromU8(data)
  }
  let document = text('word/document.xml') ?? ''
  document = renumber(document, /<w:bookmark(?:Start|End)\b[^>]*>/g, 'w:id')
  document = renumber(document, /<wp:docPr\b[^>]*>/g, 'id')
  parts.set('word/document.xml', document)
  const core = text('docProps/core.xml')
  if (core !== undefined)
    parts.set(
      'docProps/core.xml',
      core.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${options.instant}`),
    )
  const fills = options.fill?.(document)
  const custom = text('docProps/custom.xml')
  if (fills !== undefined && custom !== undefined) {
    let filled = custom
    for (const [placeholder, value] of fills) filled = filled.replace(placeholder, value)
    parts.set('docProps/custom.xml', filled)
  }
  return zipPackage(parts)
}
