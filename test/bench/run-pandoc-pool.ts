import { spawn } from 'node:child_process'
import { pandocArgs } from './measure-pandoc.js'

/** One pandoc conversion, as a promise; rejects with pandoc's stderr if it fails. */
function convert(input: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', pandocArgs(input, output), {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`pandoc ${input} exited ${code}: ${stderr}`)),
    )
  })
}

/**
 * Convert every Markdown file to DOCX with pandoc, one process per document (pandoc converts one
 * file per process), at most `concurrency` at a time. Returns the wall time in milliseconds.
 */
export async function runPandocPool(
  jobs: ReadonlyArray<{ input: string; output: string }>,
  concurrency: number,
): Promise<number> {
  const start = performance.now()
  let next = 0
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++] as { input: string; output: string }
      await convert(job.input, job.output)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  return performance.now() - start
}
