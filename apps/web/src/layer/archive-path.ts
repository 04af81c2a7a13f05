/** What one archive entry's name gives: a path inside the layer, one to skip, or a problem. */
export type EntryPath = { path: string } | { skip: true } | { problem: string }

/** Entries a Mac adds when it zips a folder: never part of a layer. */
const MAC_LEFTOVERS = /(^|\/)(__MACOSX\/|\.DS_Store$)/

/**
 * A name as a message may quote it: JSON-quoted, so control characters show as escapes, and
 * shortened to 200 characters.
 */
export function quoteName(name: string): string {
  const quoted = JSON.stringify(name)
  return quoted.length > 200 ? `${quoted.slice(0, 199)}…"` : quoted
}

/**
 * Check one entry's name as the archive wrote it, before anything is unpacked: a relative path
 * with `/` between folders that stays inside the layer. A leading `./` and a folder's trailing
 * `/` are dropped.
 *
 * @param raw The entry's name in the archive.
 * @returns The path inside the archive, `skip` for a Mac leftover, or the problem and its fix.
 * @example
 *   entryPath('package/clauses/x.md') //=> { path: 'package/clauses/x.md' }
 *   entryPath('../x.md') //=> { problem: '… leaves the layer folder …' }
 */
export function entryPath(raw: string): EntryPath {
  const name = quoteName(raw)
  if (raw.includes('\\'))
    return {
      problem: `the entry ${name} uses backslashes between folders; make the archive with a tool that writes "/", such as npm pack`,
    }
  if (/\p{Cc}/u.test(raw))
    return { problem: `the entry ${name} has a control character in its name; rename the file` }
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
    return {
      problem: `the entry ${name} is an absolute path; make the archive from inside the layer folder`,
    }
  const parts = raw
    .split('/')
    .filter((part, index) => part !== '' && !(index === 0 && part === '.'))
  if (parts.includes('..'))
    return {
      problem: `the entry ${name} leaves the layer folder (".."); make the archive again from the layer folder itself`,
    }
  if (parts.includes('.') || parts.includes('__proto__'))
    return { problem: `the entry ${name} is not a usable path; rename the file or folder` }
  if (parts.length === 0 || MAC_LEFTOVERS.test(parts.join('/'))) return { skip: true }
  return { path: parts.join('/') }
}
