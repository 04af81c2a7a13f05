/**
 * Save bytes or text as a file through the browser's download. The object URL names a Blob in
 * this page's memory; nothing is sent anywhere, and no URL is built from answers.
 *
 * @param name The file name (fixed names and ids only).
 * @param content The file's content.
 * @param type The MIME type.
 */
export function downloadFile(name: string, content: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content)
  const url = URL.createObjectURL(new Blob([part], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  zip: 'application/zip',
} as const
