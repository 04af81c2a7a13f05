import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// W3 (docs/bad-inputs.md): no code path builds a URL from answers. This is the lint rule (Biome has
// none for it): it reads the app's source, refuses every network and navigation sink outright, and
// allows links only to in-page routes built by `routeHash` from questionnaire ids (routes.test.ts
// checks that it refuses anything else) or written as literals, and location changes only in
// `navigate(route)`.

const appFolder = fileURLToPath(new URL('.', import.meta.url))
const files = readdirSync(appFolder, { withFileTypes: true, recursive: true })
  .filter(
    (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts'),
  )
  .map((entry) => path.join(entry.parentPath, entry.name))
const source = files.map((file) => ({
  file: path.relative(appFolder, file),
  text: readFileSync(file, 'utf8'),
}))

/** Every match of a pattern in the app's source, with the text that follows it. */
function occurrences(pattern: RegExp, after = 0) {
  return source.flatMap(({ file, text }) =>
    [...text.matchAll(pattern)].map((match) => ({
      file,
      text: text.slice(match.index, match.index + match[0].length + after),
    })),
  )
}

describe('W3: navigation and network sinks in the web app', () => {
  it('W3: reads the app source (the check is not vacuous)', () => {
    expect(source.length).toBeGreaterThan(10)
    expect(occurrences(/\bhref=/g).length).toBeGreaterThan(10)
  })

  it('W3: has no network or off-page navigation sink', () => {
    const sinks =
      /\bwindow\.open\b|\blocation\.(?:assign|href)\b|\bsendBeacon\b|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|\bnew URL\(|\baction=|\bformAction\b|target="_blank"|\bhttps?:\/\//g
    expect(occurrences(sinks)).toEqual([])
  })

  it('W3: links only to in-page routes', () => {
    const allowed =
      /^href=(?:"#[^"]*"|\{routeHash\(|\{`#\$\{item\.target\}`\}|\{item\.href\}|\{problem\.href\})/
    const links = occurrences(/\bhref=/g, 30).filter((link) => !allowed.test(link.text))
    expect(links).toEqual([])
  })

  it('W3: touches the location only through navigate(route)', () => {
    const outside = occurrences(
      /\bwindow\.location\b|\blocation\.(?:hash\s*=|replace\(|assign\()/g,
      40,
    ).filter((use) => use.file !== 'navigate.ts')
    expect(outside).toEqual([])
    const changes = occurrences(/\blocation\.(?:hash\s*=|replace\()/g, 40)
    expect(changes.length).toBeGreaterThan(0)
    const navigate = source.find(({ file }) => file === 'navigate.ts')?.text ?? ''
    expect(navigate).toMatch(/const hash = routeHash\(route\)/)
    for (const change of changes) {
      expect(change.text.replace(/^location\.(?:hash\s*=|replace\()\s*/, '')).toMatch(/^hash\b/)
    }
  })
})
