/**
 * fast-check arbitraries that damage the inputs `betterforus verify` and a fork's compiler read:
 * zips (truncation, bit flips, huge declared sizes, duplicate entries), XML parts and YAML front
 * matter (hostile fragments inserted, ranges deleted). Each mutation says what it did, so a
 * failure names it.
 */
import fc from 'fast-check'
import { strFromU8, strToU8, unzipSync } from 'fflate'
import { centralEntries, zipParts } from './hostile-documents.js'

export interface Mutation<T> {
  what: string
  apply: (input: T) => T
}

/** Fragments that break, stretch or abuse XML. */
const XML_FRAGMENTS = [
  '<',
  '>',
  '&',
  '&amp',
  '&#0;',
  '&#x1b;',
  '&bogus;',
  ']]>',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
  '<!ENTITY e SYSTEM "file:///etc/passwd">',
  '<?xml version="1.0"?>',
  '</w:p>',
  '<w:p><w:r><w:t>',
  '</w:t></w:r>',
  '<vt:lpwstr>',
  '<property name="library"><vt:lpwstr>x</vt:lpwstr></property>',
  '<property name="clauses 2"><vt:lpwstr>a@1, b@2</vt:lpwstr></property>',
  '\u0000',
  '\u001b[2K',
  '\u202e',
  '\ufffe',
  '\ud800',
]

/** Fragments that break, stretch or abuse YAML front matter. */
const YAML_FRAGMENTS = [
  '&a x',
  '*a',
  '<<: *a',
  '!!js/function "x"',
  '!custom',
  '{',
  '[',
  ': ',
  '- ',
  '\t',
  '\r',
  '\n---\n',
  '\n...\n',
  'library: x\n',
  'clauses: 12\n',
  'clauses: {a: 1}\n',
  'clause_hashes: [1, 2]\n',
  '"\\e[2K\\r✓"',
  '? ',
  '%YAML 1.1\n',
  '\ufeff',
]

const deep = (open: string, close: string) =>
  fc.integer({ min: 50, max: 3000 }).map((depth) => open.repeat(depth) + close.repeat(depth))

/** A fragment to insert: hostile, deep or long. */
function fragment(fragments: string[], deepOpen: string, deepClose: string) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: deep(deepOpen, deepClose) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 5000 }).map((count) => 'k: 1, '.repeat(count)),
    },
  )
}

/** Insert fragments and delete ranges in a text. */
function textMutation(fragments: string[], open: string, close: string) {
  const edit = fc.oneof(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fragment(fragments, open, close)).map(
      ([at, inserted]): Mutation<string> => ({
        what: `insert ${JSON.stringify(inserted.slice(0, 60))} at ${at.toFixed(3)}`,
        apply: (text) => {
          const index = Math.floor(at * text.length)
          return text.slice(0, index) + inserted + text.slice(index)
        },
      }),
    ),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 })).map(
      ([at, length]): Mutation<string> => ({
        what: `delete ${length} characters at ${at.toFixed(3)}`,
        apply: (text) => {
          const index = Math.floor(at * text.length)
          return text.slice(0, index) + text.slice(index + length)
        },
      }),
    ),
  )
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map(
    (edits): Mutation<string> => ({
      what: edits.map((one) => one.what).join('; '),
      apply: (text) => edits.reduce((result, one) => one.apply(result), text),
    }),
  )
}

export const xmlMutation = () => textMutation(XML_FRAGMENTS, '<a>', '</a>')
export const yamlMutation = () => textMutation(YAML_FRAGMENTS, '[', ']')

/** Mutate the front matter of a Markdown document (between its first two `---` lines). */
export const frontMatterMutation = () =>
  yamlMutation().map(
    (mutation): Mutation<string> => ({
      what: `front matter: ${mutation.what}`,
      apply: (markdown) => {
        const close = markdown.indexOf('\n---\n', 3)
        return `---\n${mutation.apply(markdown.slice(4, close + 1))}${markdown.slice(close + 1)}`
      },
    }),
  )

/** Mutate one XML part of a DOCX and zip it again. */
export const partMutation = (names: string[]) =>
  fc.tuple(fc.constantFrom(...names), xmlMutation()).map(
    ([name, mutation]): Mutation<Uint8Array> => ({
      what: `${name}: ${mutation.what}`,
      apply: (zip) => {
        const parts = unzipSync(zip)
        const text = strFromU8(parts[name] ?? new Uint8Array())
        return zipParts({ ...parts, [name]: strToU8(mutation.apply(text)) })
      },
    }),
  )

/** Damage a zip's bytes: truncation, bit flips, a huge declared size, a duplicated entry name. */
export const zipMutation = () =>
  fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }).map(
      (at): Mutation<Uint8Array> => ({
        what: `truncate at ${at.toFixed(4)}`,
        apply: (zip) => zip.slice(0, Math.floor(at * zip.length)),
      }),
    ),
    fc
      .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), {
        minLength: 1,
        maxLength: 16,
      })
      .map(
        (flips): Mutation<Uint8Array> => ({
          what: `flip ${flips.map(([at, bit]) => `${at.toFixed(4)}:${bit}`).join(', ')}`,
          apply: (zip) => {
            const copy = zip.slice()
            for (const [at, bit] of flips) {
              const index = Math.min(copy.length - 1, Math.floor(at * copy.length))
              copy[index] = (copy[index] ?? 0) ^ (1 << bit)
            }
            return copy
          },
        }),
      ),
    fc.tuple(fc.nat(), fc.constantFrom(0xffffffff, 0x7fffffff, 0x10000000, 0, 1)).map(
      ([pick, size]): Mutation<Uint8Array> => ({
        what: `declare size ${size} for entry ${pick}`,
        apply: (zip) => {
          const copy = zip.slice()
          const entries = centralEntries(copy)
          const entry = entries[pick % entries.length]
          if (entry) new DataView(copy.buffer).setUint32(entry.offset + 24, size, true)
          return copy
        },
      }),
    ),
    fc.tuple(fc.nat(), fc.nat()).map(
      ([from, to]): Mutation<Uint8Array> => ({
        what: `name entry ${from} like entry ${to}`,
        apply: (zip) => {
          const copy = zip.slice()
          const entries = centralEntries(copy)
          const source = entries[from % entries.length]
          const target = entries[to % entries.length]
          if (!source || !target || source.name.length !== target.name.length) return copy
          copy.set(strToU8(target.name), source.offset + 46)
          return copy
        },
      }),
    ),
  )
