import {
  type PackFile,
  type PackFormat,
  type Redline,
  redlineToDocx,
  redlineToMarkdown,
  summaryToMarkdown,
} from '@betterforus/generator'

/**
 * The files of a redline: `<document>.redline.docx` (Word tracked changes), `<document>.redline.md`
 * (CriticMarkup), `summary.md` and `summary.json`.
 */
export async function redlineFiles(
  redline: Redline,
  formats: readonly PackFormat[],
  extra: Record<string, unknown> = {},
): Promise<PackFile[]> {
  const files: PackFile[] = []
  for (const document of redline.documents) {
    if (formats.includes('docx'))
      files.push({ name: `${document.id}.redline.docx`, content: await redlineToDocx(document) })
    if (formats.includes('md'))
      files.push({ name: `${document.id}.redline.md`, content: redlineToMarkdown(document) })
  }
  files.push({ name: 'summary.md', content: summaryToMarkdown(redline.summary) })
  files.push({
    name: 'summary.json',
    content: `${JSON.stringify({ ...redline.summary, ...extra }, null, 2)}\n`,
  })
  return files
}
