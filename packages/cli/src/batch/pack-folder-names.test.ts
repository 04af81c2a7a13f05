import { describe, expect, it } from 'vitest'
import { packFolderNames } from './pack-folder-names.js'

describe('packFolderNames', () => {
  it('should name each pack folder after its answers file, without the extension', () => {
    expect(packFolderNames(['a/camden.yaml', 'b/cardiff.council.yml', 'glasgow.json'])).toEqual({
      names: ['camden', 'cardiff.council', 'glasgow'],
    })
  })

  it('should name every clash, ignoring case, and only the files that clash', () => {
    const result = packFolderNames(['a/x.yaml', 'b/X.json', 'c/y.yaml', 'd/z.yml', 'e/z.yaml'])
    expect(result).toEqual({
      problem: [
        '2 pack folder name clash(es); nothing was written. Rename the answers files so each name (without extension, ignoring case) is used once:',
        '  a/x.yaml, b/X.json would all write the pack folder `x`',
        '  d/z.yml, e/z.yaml would all write the pack folder `z`',
      ].join('\n'),
    })
  })

  it('should treat the same file named twice as a clash', () => {
    expect(packFolderNames(['a/x.yaml', 'a/x.yaml'])).toHaveProperty('problem')
  })

  it('C2: should refuse names that give no folder of their own (., .. or empty), before any clash', () => {
    const result = packFolderNames(['a/..yaml', 'b/...json', 'c/..', 'd/ok.yaml'])
    expect(result).toEqual({
      problem: [
        '3 answers file name(s) give no pack folder of their own; nothing was written. Rename them so the name without its extension is a plain name, such as camden.yaml:',
        '  a/..yaml would write into `.`',
        '  b/...json would write into `..`',
        '  c/.. would write into `..`',
      ].join('\n'),
    })
  })
})
