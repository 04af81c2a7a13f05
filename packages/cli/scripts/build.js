// Build step: bundle src/cli.ts into dist/cli.js and the batch worker thread into
// dist/generate-worker.js (code both use goes to shared chunks beside them, loaded once), and list every third-party package the bundle
// contains, with its licence text, in dist/THIRD-PARTY-NOTICES.md.

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
rmSync(dist, { recursive: true, force: true })

const { metafile } = await build({
  entryPoints: {
    cli: fileURLToPath(new URL('../src/cli.ts', import.meta.url)),
    // Note: generate-batch.ts starts it as `new URL('./generate-worker.js', import.meta.url)`.
    'generate-worker': fileURLToPath(new URL('../src/batch/generate-worker.ts', import.meta.url)),
  },
  bundle: true,
  splitting: true,
  // Note: chunks sit beside cli.js, so paths from `import.meta.url` (the worker, package.json) hold.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: dist,
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
})

const packages = new Map()
for (const input of Object.keys(metafile.inputs)) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  if (!match) continue
  const folder = input.slice(0, match.index + match[0].length)
  if (match[1].startsWith('@betterforus/') || packages.has(folder)) continue
  packages.set(folder, match[1])
}

const sections = [...packages]
  .map(([folder, name]) => {
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
    const file = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry))
    const text = file ? readFileSync(path.join(folder, file), 'utf8').trim() : 'No licence file.'
    return `## ${name}@${manifest.version} (${manifest.license ?? 'unknown'})\n\n\`\`\`text\n${text}\n\`\`\`\n`
  })
  .sort()

writeFileSync(
  path.join(dist, 'THIRD-PARTY-NOTICES.md'),
  `# Third-party notices\n\nThe files of \`dist/\` bundle these packages, each under its own licence.\n\n${sections.join('\n')}`,
)
