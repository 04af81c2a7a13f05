import path from 'node:path'
import { GenerationError, generatePack, toDocx, toMarkdownDocument } from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { countErrors, formatMessages } from '../format-messages.js'
import { loadCatalogOption } from '../load-catalog-option.js'
import { readAnswersFile } from '../read-answers-file.js'
import { writeFilesAtomically } from '../write-files-atomically.js'

export interface GenerateCommandOptions {
  out: string
  format: string
  copy: string
  templates?: string
  toc?: boolean
  document?: string
}

const formats = ['md', 'docx'] as const
type Format = (typeof formats)[number]

/**
 * `betterforus generate <answers> --out <dir>`: validate the answers, build the pack, and write
 * one file per document and copy plus `manifest.json`, or nothing at all.
 *
 * @returns The exit code.
 */
export async function generateCommand(
  answersPath: string,
  options: GenerateCommandOptions,
): Promise<number> {
  const wanted = options.format.split(',').map((format) => format.trim())
  const unknown = wanted.filter((format) => !formats.includes(format as Format))
  if (unknown.length > 0 || wanted.length === 0) {
    console.error(`--format: unknown format \`${unknown.join(', ')}\`; use md, docx or md,docx`)
    return 2
  }
  if (options.copy !== 'drafter' && options.copy !== 'issue') {
    console.error(`--copy: expected \`drafter\` or \`issue\`, not \`${options.copy}\``)
    return 2
  }
  const { catalog, files } = await loadCatalogOption(options.templates)
  if (!catalog) {
    console.error(formatMessages(files))
    return 1
  }
  const file = new VFile({ path: path.resolve(answersPath) })
  const bytes = await readAnswersFile(file)
  const parsed = bytes && parseAnswers(bytes, catalog.questionnaire, { path: file.path })
  if (parsed) file.messages.push(...parsed.file.messages)
  if (!parsed?.answers) {
    console.error(formatMessages([file]))
    console.error(`\n${countErrors([file])} problem(s) in ${answersPath}; nothing was written.`)
    return 1
  }

  let pack: ReturnType<typeof generatePack>
  try {
    const documents = options.document?.split(',').map((id) => id.trim())
    pack = generatePack(parsed.answers, {
      catalog,
      copy: options.copy,
      ...(documents && { documents }),
    })
  } catch (error) {
    if (error instanceof TypeError && options.document) {
      console.error(`--document: ${error.message}`)
      return 2
    }
    if (!(error instanceof GenerationError)) throw error
    console.error(`${error.message}\nNothing was written.`)
    return 1
  }
  const outputs: Array<{ name: string; content: string | Uint8Array }> = []
  for (const tree of pack.documents) {
    const base = `${tree.data.id}.${options.copy}`
    if (wanted.includes('md'))
      outputs.push({ name: `${base}.md`, content: toMarkdownDocument(tree) })
    if (wanted.includes('docx'))
      outputs.push({
        name: `${base}.docx`,
        content: await toDocx(tree, { toc: options.toc === true }),
      })
  }
  const manifest = {
    ...pack.manifest,
    unusedAnswers: [...new Set([...parsed.unused, ...pack.manifest.unusedAnswers])],
  }
  outputs.push({ name: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` })
  await writeFilesAtomically(options.out, outputs)
  for (const output of outputs) console.log(path.join(options.out, output.name))
  return 0
}
