/**
 * A council's layer over the library (issue 17): the example layer of the repository generates
 * packs that record it, `verify` names library and layer, `lint --layer` checks it, and an
 * upgrade that changes a clause the layer replaces fails lint, with the redline, until the
 * layer's range is updated.
 */

import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  copyLayer,
  editFile,
  layerAnswers,
  layerFolder,
  upgradedLibrary,
} from '../support/layer-example.js'
import { templatesFolder } from '../support/paths.js'
import { cliPath, runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
const out = path.join(folder, 'pack')
const LAYER = '@riverside-council/betterforus-layer@1.0.0'

describe('the example council layer', () => {
  beforeAll(() => {
    const run = runCli(['generate', layerAnswers, '--out', out, '--layer', layerFolder])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('generates a pack whose Markdown records the layer beside the library, and its logo', () => {
    const schedule = readFileSync(path.join(out, 'doc-contract-schedule.drafter.md'), 'utf8')
    const front = schedule.slice(0, schedule.indexOf('\n---\n', 4))
    expect(front).toMatch(/^library: "@betterforus\/clauses@\d/m)
    expect(front).toContain(`layer: "${LAYER}"`)
    expect(front).toContain('layer_logo: house-style/logo.png')
    // The replacement stands in for the library clause; the local clause is placed as the layer says.
    expect(front).toContain('  - riverside-rlw-require@1.0.0')
    expect(front).not.toContain('pay-rlw-require@')
    expect(schedule).toContain('The Buyer encourages the Supplier to seek accreditation')
    const requirements = readFileSync(path.join(out, 'doc-sv-requirements.drafter.md'), 'utf8')
    const clauses: string[] = requirements.match(/^ {2}- [a-z-]+@/gm) ?? []
    expect(clauses.indexOf('  - riverside-social-value-board@')).toBe(
      clauses.indexOf('  - sv-contract-conditions@') + 1,
    )
  })

  it('lists every default used in the drafting memo, and the procurement’s own answers win', () => {
    const memo = readFileSync(path.join(out, 'doc-drafting-memo.drafter.md'), 'utf8')
    expect(memo).toContain(`Riverside Borough Council (default of ${LAYER})`)
    const section = memo.slice(memo.indexOf('## Council defaults used'))
    for (const id of ['authority.name', 'authority.nation', 'authority.type'])
      expect(section).toContain(`- ${id}: `)
    expect(memo).not.toContain('RBC-2026-007 (default')
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.layer).toEqual({
      name: '@riverside-council/betterforus-layer',
      version: '1.0.0',
      defaults: ['authority.name', 'authority.nation', 'authority.type'],
    })
  })

  it('lets a procurement’s answer win over a default', () => {
    const copy = path.join(folder, 'own-name.yaml')
    const own = `authority:\n  name: Riverside Housing Partnership\n${readFileSync(layerAnswers, 'utf8')}`
    const target = path.join(folder, 'own-name')
    writeFileSync(copy, own)
    const run = runCli([
      'generate',
      copy,
      '--out',
      target,
      '--layer',
      layerFolder,
      '--format',
      'md',
    ])
    expect(run.status).toBe(0)
    const manifest = JSON.parse(readFileSync(path.join(target, 'manifest.json'), 'utf8'))
    expect(manifest.layer.defaults).toEqual(['authority.nation', 'authority.type'])
    const memo = readFileSync(path.join(target, 'doc-drafting-memo.drafter.md'), 'utf8')
    expect(memo).toContain('Riverside Housing Partnership')
    expect(memo).not.toContain('Riverside Borough Council (default')
  })

  it('verify names library and layer, and checks the local clauses against the layer', () => {
    for (const name of ['doc-contract-schedule.drafter.md', 'doc-contract-schedule.drafter.docx']) {
      const document = path.join(out, name)
      const run = runCli(['verify', document, layerAnswers, '--layer', layerFolder])
      expect(run.stdout).toMatch(/ {2}library {4}@betterforus\/clauses@\d/)
      expect(run.stdout).toContain(`  layer      ${LAYER}`)
      expect(run.stdout).toContain(`✓ made from the answers in ${layerAnswers}`)
      expect(run.stdout).toContain(`with the layer ${LAYER}`)
      expect(run.status).toBe(0)
      // Without the layer, its local clauses are not in the release, and verify says how to check them.
      const bare = runCli(['verify', document])
      expect(bare.stdout).toContain(`  layer      ${LAYER}`)
      expect(bare.stdout).toContain('give it with --layer <dir>')
      expect(bare.stdout).toContain('✗ riverside-rlw-require@1.0.0: not in this release')
      expect(bare.status).toBe(1)
    }
  })

  it('lays the layer over every pack of a batch, its defaults read again in each worker', () => {
    const batch = path.join(folder, 'batch')
    const inputs = path.join(folder, 'batch-inputs')
    mkdirSync(inputs)
    for (const name of ['north.yaml', 'south.yaml']) cpSync(layerAnswers, path.join(inputs, name))
    const run = runCli([
      'generate',
      inputs,
      '--out',
      batch,
      '--layer',
      layerFolder,
      '--format',
      'md',
      '--no-progress',
    ])
    expect(run.stderr).toContain('2 packs written, 0 failed')
    expect(run.status).toBe(0)
    for (const name of ['north', 'south']) {
      const manifest = JSON.parse(readFileSync(path.join(batch, name, 'manifest.json'), 'utf8'))
      expect(manifest.layer.defaults).toEqual([
        'authority.name',
        'authority.nation',
        'authority.type',
      ])
      expect(
        readFileSync(path.join(batch, name, 'doc-contract-schedule.drafter.md'), 'utf8'),
      ).toContain(`layer: "${LAYER}"`)
    }
  })

  it('rerender --layer re-renders a council’s answers with the layer over both releases', () => {
    const target = path.join(folder, 'rerendered')
    const run = runCli([
      'rerender',
      layerAnswers,
      '--previous',
      templatesFolder,
      '--layer',
      layerFolder,
      '--out',
      target,
      '--format',
      'md',
    ])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`+ ${LAYER}`)
    const schedule = readFileSync(path.join(target, 'doc-contract-schedule.drafter.md'), 'utf8')
    expect(schedule).toContain(`layer: "${LAYER}"`)
    expect(schedule).toContain('  - riverside-rlw-require@1.0.0')
  })

  it('passes betterforus lint --layer', () => {
    const run = runCli(['lint', templatesFolder, '--layer', layerFolder])
    expect(run.stdout).toContain(
      `layer ${LAYER} over @betterforus/templates@0.1.0: 2 local clause(s), 1 replacement(s), 1 addition(s), defaults, no errors.`,
    )
    expect(run.status).toBe(0)
  })
})

describe('a layer installed as a package, and a layer with a mistake', () => {
  it('finds a layer installed in ./node_modules by its package name, and nowhere else', () => {
    const project = path.join(folder, 'project')
    const installed = path.join(project, 'node_modules/@riverside-council/betterforus-layer')
    mkdirSync(path.dirname(installed), { recursive: true })
    cpSync(layerFolder, installed, { recursive: true })
    const name = '@riverside-council/betterforus-layer'
    const run = spawnSync(process.execPath, [cliPath, 'lint', templatesFolder, '--layer', name], {
      cwd: project,
      encoding: 'utf8',
    })
    expect(run.stdout).toContain(`layer ${LAYER} over`)
    expect(run.status).toBe(0)
    const elsewhere = spawnSync(
      process.execPath,
      [cliPath, 'lint', templatesFolder, '--layer', name],
      {
        cwd: folder,
        encoding: 'utf8',
      },
    )
    expect(elsewhere.stderr).toContain(
      'does not exist (nor is it a package installed in ./node_modules)',
    )
    expect(elsewhere.status).toBe(1)
  })

  it('lint --layer names a local clause’s unknown answer at its line in the layer’s own file', () => {
    const layer = copyLayer(path.join(folder, 'typo'))
    const clause = path.join(layer, 'clauses/riverside-social-value-board.md')
    editFile(clause, (text) =>
      text.replace('the Supplier must present', 'the Supplier must present {{authority.nmae}}'),
    )
    const run = runCli(['lint', templatesFolder, '--layer', layer])
    expect(run.stderr).toMatch(
      /riverside-social-value-board\.md:33:\d+: error: unknown answer `authority\.nmae`: .*did you mean `authority\.name`\?/,
    )
    expect(run.status).toBe(1)
  })
})

describe('upgrading the library under the layer', () => {
  const upgrade = path.join(folder, 'upgrade')
  let release: string
  let layer: string
  beforeAll(() => {
    release = upgradedLibrary(folder)
    layer = copyLayer(upgrade)
  })

  it('fails lint naming the clause, the old and new versions and the redline, until the range is updated', () => {
    const run = runCli(['lint', release, '--layer', layer, '--reviewed-release', templatesFolder])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'error: `replacements.0`: the library clause `pay-rlw-require` is 2.0.0 in @betterforus/clauses@2.0.0, outside the range `^1.0.0-2` this layer replaces (its local clause `riverside-rlw-require` was reviewed against pay-rlw-require@1.0.0-2)',
    )
    expect(run.stderr).toContain(
      `${path.join(path.relative(process.cwd(), layer), 'layer.yaml')}:23:15`,
    )
    expect(run.stderr).toContain('What changed upstream in pay-rlw-require, 1.0.0-2 → 2.0.0:')
    expect(run.stderr).toContain(
      'within {--{{threshold--}{++five++} {--"evidence-working-days"}} --}Working Days',
    )

    // The council's lawyer reviews the change, keeps its wording and moves both ranges on.
    editFile(path.join(layer, 'layer.yaml'), (text) =>
      text
        .replace('replaces: pay-rlw-require@^1.0.0-2', 'replaces: pay-rlw-require@^2.0.0')
        .replace('reviewed: 1.0.0-2', 'reviewed: 2.0.0'),
    )
    editFile(path.join(layer, 'package.json'), (text) => text.replace('"^1.1.0"', '"^2.0.0"'))
    const after = runCli(['lint', release, '--layer', layer])
    expect(after.stderr).toBe('')
    expect(after.status).toBe(0)
  })

  it('diff --layer shows what the upgrade changes in the council’s packs, and the replaced clause it shadows', () => {
    const redline = path.join(folder, 'redline')
    const run = runCli([
      'diff',
      layerAnswers,
      '--from',
      templatesFolder,
      '--to',
      release,
      '--layer',
      layerFolder,
      '--out',
      redline,
      '--format',
      'md',
    ])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const summary = JSON.parse(readFileSync(path.join(redline, 'summary.json'), 'utf8'))
    expect(summary.layer.shadowed).toEqual([
      {
        clause: 'pay-rlw-require',
        replacedBy: 'riverside-rlw-require',
        fromVersion: '1.0.0-2',
        toVersion: '2.0.0',
        inRange: false,
      },
    ])
    // The council's packs do not change: its own clause stands in for the one that did.
    expect(
      summary.clauses.filter((clause: { status: string }) => clause.status !== 'unchanged'),
    ).toEqual([])
    expect(readFileSync(path.join(redline, 'summary.md'), 'utf8')).toContain(
      "`pay-rlw-require` 1.0.0-2 → 2.0.0 is replaced by @riverside-council/betterforus-layer@1.0.0's `riverside-rlw-require`",
    )
  })

  it('refuses to generate or rerender with the layer over the newer library, writing nothing', () => {
    const target = path.join(folder, 'refused')
    const run = runCli([
      'generate',
      layerAnswers,
      '--out',
      target,
      '--templates',
      release,
      '--layer',
      layerFolder,
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('the library clause `pay-rlw-require` is 2.0.0')
    expect(run.stderr).toContain('nothing was written')
    const rerender = runCli([
      'rerender',
      layerAnswers,
      '--previous',
      templatesFolder,
      '--release',
      release,
      '--layer',
      layerFolder,
      '--out',
      target,
    ])
    expect(rerender.status).toBe(1)
    expect(existsSync(target) && readdirSync(target).length > 0).toBe(false)
  })
})
