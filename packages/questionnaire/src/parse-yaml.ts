import type { VFile } from 'vfile'
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isNode,
  LineCounter,
  Parser,
  visit,
  type YAMLError,
} from 'yaml'
import { reportError } from './report-error.js'

/** How deep lists and groups may nest; real answers files and questionnaires need under 20. */
export const MAX_DEPTH = 64

/** Tags that only restate what plain YAML already reads. */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
)

/** A key or tag as written: quoted, or up to the next indicator. */
const KEY = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:,{}[\]\n]*)/

/** A parsed YAML or JSON document and the means to find positions in it. */
export interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
  /** The text as parsed: line endings made LF. */
  text: string
  /** Lines in the file before the YAML starts. */
  lineOffset: number
}

/** Options of `parseYaml`. */
export interface ParseYamlOptions {
  /** Lines in the file before the YAML starts (1 for front matter after its opening `---`). */
  lineOffset?: number
  /** What the file is, for messages: `an answers file` (the default), `front matter`. */
  kind?: string
}

/**
 * Parse JSON or YAML (JSON is YAML 1.2) safely: nesting is measured before the tree is built,
 * every error and warning becomes a fatal message, and aliases, custom tags, duplicate keys and
 * several documents are refused. The one YAML reader of every untrusted file: answers files, the
 * questionnaire, and a fork's front matter and data.
 *
 * Note: CR and CRLF line endings become LF first; the `yaml` parser reads a lone CR as no line
 * break at all, so a file saved with CR endings would be one empty comment line.
 *
 * @param input
 *   Decoded text.
 * @param file
 *   Receives the messages.
 * @param options
 *   Where the YAML starts in its file, and what to call the file.
 * @returns
 *   The document, or `undefined` when it has any problem.
 */
export function parseYaml(
  input: string,
  file: VFile,
  options: ParseYamlOptions = {},
): ParsedYaml | undefined {
  const text = input.replace(/\r\n?/g, '\n')
  const lineOffset = options.lineOffset ?? 0
  const kind = options.kind ?? 'an answers file'
  const lineCounter = new LineCounter()
  // Note: yaml's parser keeps its own stack, but building the tree recurses and a stack overflow
  // there has left later parses in the same process unreliable, so depth is checked first.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)]
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  for (const token of tokens) {
    const deep = tooDeep(token)
    if (deep !== undefined) {
      reportError(
        file,
        `The file nests lists or groups more than ${MAX_DEPTH} levels deep; ${kind} needs only a few levels`,
        'too-deep',
        place(deep),
      )
      return undefined
    }
  }
  const docs = [
    ...new Composer({ uniqueKeys: true, strict: true }).compose(tokens, true, text.length),
  ]
  const doc = docs[0]
  if (doc === undefined) return undefined
  let ok = true
  const second = docs[1]
  if (second !== undefined) {
    reportError(
      file,
      'The file holds more than one document (a line `---` or `...` separates them); keep one',
      'multiple-documents',
      place(second.range[0]),
    )
    ok = false
  }
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const [ruleId, reason] = describeYamlError(problem, text, kind)
    reportError(file, reason, ruleId, place(problem.pos[0]))
    ok = false
  }
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      reportError(
        file,
        `Aliases (*${node.source}) are not allowed: write the value out in full`,
        'yaml-alias',
        node.range ? place(node.range[0]) : undefined,
      )
      ok = false
    } else if (isNode(node) && node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      reportError(
        file,
        `The tag ${node.tag} is not allowed: ${kind} holds plain values; remove the tag`,
        'yaml-tag',
        node.range ? place(node.range[0]) : undefined,
      )
      ok = false
    }
  })
  return ok ? { doc, lineCounter, text, lineOffset } : undefined
}

function describeYamlError(problem: YAMLError, text: string, kind: string): [string, string] {
  const written = KEY.exec(text.slice(problem.pos[0], problem.pos[0] + 200))?.[0].trim() ?? ''
  const source = /^["']/.test(written) ? written : JSON.stringify(written)
  switch (problem.code) {
    case 'DUPLICATE_KEY':
      return [
        'yaml-duplicate-key',
        `The key ${source} appears twice in one group; keep one (a JSON reader would silently keep the last)`,
      ]
    case 'TAG_RESOLVE_FAILED':
      return [
        'yaml-tag',
        `The tag ${source} is not allowed: ${kind} holds plain values; remove the tag`,
      ]
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return [
        'yaml-alias',
        `Aliases are not allowed: write the value out in full (${problem.message})`,
      ]
    case 'MULTIPLE_DOCS':
      return ['multiple-documents', 'The file holds more than one document; keep one']
    default:
      return ['yaml-syntax', `The file is not valid JSON or YAML: ${problem.message}`]
  }
}

/** Offset of the first CST token nested deeper than `MAX_DEPTH`, walked without recursion. */
function tooDeep(root: CST.Token): number | undefined {
  const stack: [CST.Token, number][] = [[root, 0]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [token, depth] = next
    if (depth > MAX_DEPTH) return token.offset
    if (token.type === 'document' && token.value) stack.push([token.value, depth])
    if ('items' in token) {
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1])
        if ('value' in item && item.value) stack.push([item.value, depth + 1])
      }
    }
  }
  return undefined
}
