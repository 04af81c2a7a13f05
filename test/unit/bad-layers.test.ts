/**
 * Bad council layers (bad-inputs L1–L8): each gets one clear error naming the file, the field and
 * the fix, and nothing is written. A layer is data, read as strictly as an answers file.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyLayer, editFile, layerAnswers } from '../support/layer-example.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
let count = 0

/** A fresh copy of the example layer, changed by `change`, and `generate` run with it. */
function generateWith(change: (layer: string) => void) {
  const base = path.join(folder, String(count++))
  mkdirSync(base)
  const layer = copyLayer(base)
  change(layer)
  const out = path.join(base, 'pack')
  const run = runCli(['generate', layerAnswers, '--out', out, '--layer', layer])
  return { ...run, layer, written: existsSync(out) }
}

/** The error lines of a run. */
const errors = (stderr: string) => stderr.split('\n').filter((line) => line.includes('error'))

describe('bad council layers', () => {
  it('L1: a missing layer.yaml, or a missing layer folder, is one line and nothing is written', () => {
    const run = generateWith((layer) => rmSync(path.join(layer, 'layer.yaml')))
    expect(run.status).toBe(1)
    expect(errors(run.stderr)).toEqual([
      expect.stringContaining(
        'layer.yaml: error: `layer.yaml` does not exist in the layer; add it',
      ),
    ])
    expect(run.written).toBe(false)
    const none = runCli([
      'generate',
      layerAnswers,
      '--out',
      path.join(folder, 'none'),
      '--layer',
      path.join(folder, 'no-such-layer'),
    ])
    expect(none.status).toBe(1)
    expect(none.stderr).toContain(
      'does not exist (nor is it a package installed in ./node_modules); name a council layer folder',
    )
    expect(existsSync(path.join(folder, 'none'))).toBe(false)
  })

  it('L2: a bad version range, in package.json or in a replacement, names the field and the fix', () => {
    const run = generateWith((layer) =>
      editFile(path.join(layer, 'layer.yaml'), (text) =>
        text.replace('pay-rlw-require@^1.0.0-2', 'pay-rlw-require@one-ish'),
      ),
    )
    expect(run.status).toBe(1)
    expect(errors(run.stderr)).toEqual([
      expect.stringMatching(
        /layer\.yaml:23:15: error: `replacements\.0\.replaces`: the part after `@` is not a version range; write one such as `\^1`/,
      ),
    ])
    expect(run.written).toBe(false)
    const dependency = generateWith((layer) =>
      editFile(path.join(layer, 'package.json'), (text) =>
        text.replace('"^1.1.0"', '"latest-ish"'),
      ),
    )
    expect(dependency.status).toBe(1)
    expect(errors(dependency.stderr)).toEqual([
      expect.stringContaining(
        'package.json: error: the dependency on `@betterforus/clauses` is "latest-ish", not a version range',
      ),
    ])
    expect(dependency.written).toBe(false)
  })

  it('L3: a logo over the size cap is refused, with its size and the limit', () => {
    const run = generateWith((layer) =>
      writeFileSync(path.join(layer, 'house-style/logo.png'), new Uint8Array(300 * 1024)),
    )
    expect(run.status).toBe(1)
    expect(errors(run.stderr)).toEqual([
      expect.stringMatching(
        /layer\.yaml:5:11: error: `house-style\.logo\.file`: `house-style\/logo\.png` is 307200 bytes, over the limit of 262144; make it smaller/,
      ),
    ])
    expect(run.written).toBe(false)
  })

  it('L4: a logo that is neither PNG nor SVG, or an SVG with a DOCTYPE, is refused', () => {
    const gif = generateWith((layer) =>
      writeFileSync(path.join(layer, 'house-style/logo.png'), 'GIF89a\u0001\u0000\u0001\u0000'),
    )
    expect(gif.status).toBe(1)
    expect(errors(gif.stderr)).toEqual([expect.stringContaining('a logo is a PNG or an SVG')])
    expect(gif.written).toBe(false)
    const entity = generateWith((layer) => {
      writeFileSync(
        path.join(layer, 'house-style/logo.svg'),
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg width="10" height="10">&b;</svg>',
      )
      editFile(path.join(layer, 'layer.yaml'), (text) => text.replace('logo.png', 'logo.svg'))
    })
    expect(entity.status).toBe(1)
    expect(errors(entity.stderr)).toEqual([
      expect.stringContaining('it has a DOCTYPE or entity; save it as plain SVG'),
    ])
    expect(entity.written).toBe(false)
  })

  it('L5: a replacement of a clause the library does not have names it', () => {
    const run = generateWith((layer) =>
      editFile(path.join(layer, 'layer.yaml'), (text) =>
        text.replace('pay-rlw-require@^1.0.0-2', 'pay-rlw-demand@^1'),
      ),
    )
    expect(run.status).toBe(1)
    expect(errors(run.stderr)).toEqual([
      expect.stringMatching(
        /layer\.yaml:23:15: error: `replacements\.0\.replaces`: `pay-rlw-demand` is no clause of @betterforus\/clauses@[\d.]+; name a library clause/,
      ),
    ])
    expect(run.written).toBe(false)
  })

  it.each([
    ['a parent folder', '../../../etc/passwd', 'leaves the layer folder'],
    ['an absolute path', '/etc/passwd', 'leaves the layer folder'],
    ['a link out of the layer', 'house-style/link.png', 'is a link out of the layer folder'],
  ])(
    'L6: refuses a logo path through %s, reading nothing outside the layer',
    (_, file, problem) => {
      const run = generateWith((layer) => {
        symlinkSync('/etc/hostname', path.join(layer, 'house-style/link.png'))
        editFile(path.join(layer, 'layer.yaml'), (text) =>
          text.replace('file: house-style/logo.png', `file: ${file}`),
        )
      })
      expect(run.status).toBe(1)
      expect(errors(run.stderr)).toEqual([expect.stringContaining(problem)])
      expect(run.written).toBe(false)
    },
  )

  it.each([
    ['aliases (a billion laughs)', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', 'alias'],
    ['nesting 5,000 deep', `${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'nest'],
    ['a repeated key', 'additions: []\nadditions: []\n', 'appears twice'],
  ])('L7: refuses layer.yaml with %s, with its place', (_, yaml, problem) => {
    const run = generateWith((layer) => writeFileSync(path.join(layer, 'layer.yaml'), yaml))
    expect(run.status).toBe(1)
    const lines = errors(run.stderr)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines[0]).toMatch(/layer\.yaml:\d+:\d+: error: /)
    expect(lines[0]?.toLowerCase()).toContain(problem.toLowerCase())
    expect(run.written).toBe(false)
  })

  it('L8: defaults that are not answers are checked as answers are, each at its line', () => {
    const run = generateWith((layer) =>
      writeFileSync(
        path.join(layer, 'defaults.yaml'),
        'authority:\n  nmae: Riverside Borough Council\n  nation: englund\n',
      ),
    )
    expect(run.status).toBe(1)
    expect(errors(run.stderr)).toEqual([
      expect.stringMatching(
        /defaults\.yaml:2:3: error: Unknown answer "authority\.nmae": .*did you mean "authority\.name"\?/,
      ),
      expect.stringMatching(/defaults\.yaml:3:11: error: authority\.nation .* expects one of/),
    ])
    expect(run.written).toBe(false)
  })
})
