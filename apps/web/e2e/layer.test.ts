import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { download, loadFile } from './helpers.js'
import {
  axeViolations,
  type Harness,
  openSession,
  repoRoot,
  screenshot,
  startHarness,
  VIEWPORTS,
} from './support.js'

// Issue 17 in the browser: a council layer loaded from one file, kept on the device like the
// draft, laid over the library exactly as `betterforus generate --layer` lays it.

const layerFolder = path.join(repoRoot, 'examples', 'layer-riverside')
const answersFile = path.join(repoRoot, 'examples', 'riverside-estate-cleaning.yaml')
const LAYER_NAME = '@riverside-council/betterforus-layer'

let harness: Harness
/** The .tgz npm pack makes of the example layer: what a council hands its officers. */
let packed: string
beforeAll(async () => {
  harness = await startHarness()
  const out = mkdtempSync(path.join(tmpdir(), 'bfu-layer-e2e-'))
  execFileSync('npm', ['pack', layerFolder, '--pack-destination', out, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  packed = path.join(out, readdirSync(out).find((name) => name.endsWith('.tgz')) as string)
})
afterAll(async () => {
  await harness?.close()
})

/** The CLI's pack of the Riverside answers with the example layer, by file name. */
function cliLayeredPack(): Map<string, Buffer> {
  const out = mkdtempSync(path.join(tmpdir(), 'bfu-cli-layer-'))
  execFileSync(process.execPath, [
    path.join(repoRoot, 'packages', 'cli', 'dist', 'cli.js'),
    'generate',
    answersFile,
    '--out',
    out,
    '--layer',
    layerFolder,
  ])
  return new Map(readdirSync(out).map((file) => [file, readFileSync(path.join(out, file))]))
}

/** The example layer folder zipped, with `change` applied to its files by path. */
function exampleZip(change: (files: Record<string, Uint8Array>) => void = () => {}): Buffer {
  const files: Record<string, Uint8Array> = {}
  for (const entry of readdirSync(layerFolder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(layerFolder, full)] = new Uint8Array(readFileSync(full))
  }
  change(files)
  return Buffer.from(zipSync(files))
}

async function go(page: Page, hash: string, heading: string) {
  await page.evaluate((target) => {
    window.location.hash = target
  }, hash)
  await page.waitForSelector(`main h1:has-text("${heading}")`)
}

/** Choose a layer file on the Council layer page and load it. */
async function chooseLayer(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await go(page, '#/layer', 'Council layer')
  await page.setInputFiles('#layer-file', file)
  await page.click('button:has-text("Load the layer")')
}

const storedLayer = (page: Page) => page.evaluate(() => localStorage.getItem('betterforus:layer'))

describe('a council layer in the browser (issue 17)', () => {
  it('L13: loads the example layer from its npm package, shows it, and keeps it across a reload', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await page.click('a:has-text("Load it")')
    await page.waitForSelector('main h1:has-text("Council layer")')
    await page.setInputFiles('#layer-file', packed)
    await page.click('button:has-text("Load the layer")')
    await page.waitForSelector('#layer-summary')
    const summary = await page.locator('#layer-summary').textContent()
    expect(summary).toContain(`${LAYER_NAME} 1.0.0`)
    expect(summary).toContain('^1.1.0')
    expect(summary).toContain('Georgia')
    expect(summary).toContain('#005EA5')
    expect(summary).toContain('house-style/logo.png')
    expect(summary).toContain('Town Hall, Riverside')
    expect(summary).toContain('riverside-social-value-board')
    expect(summary).toContain('stands in for pay-rlw-require')
    expect(summary).toContain('authority.name: Riverside Borough Council')
    expect(JSON.parse((await storedLayer(page)) ?? '{}').fileName).toBe(path.basename(packed))
    await page.reload()
    await go(page, '#/layer', 'Council layer')
    await page.waitForSelector('#layer-summary')
    expect(await page.locator('#layer-summary').textContent()).toContain('Riverside')
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  it('W4, L13: eval of a plain string throws in the page; a layer’s clauses run through the templates policy', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await chooseLayer(page, packed)
    await page.waitForSelector('#layer-summary')
    // The layer's own clauses were compiled and evaluated: no violation so far.
    expect(session.problems).toEqual([])
    // Note: code that page.evaluate runs directly may eval (DevTools' Runtime.evaluate sets
    // allowUnsafeEvalBlockedByCSP); the attempts run later, from a timer, as the page's own code.
    const tries = await page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
      const attempt = (run: () => unknown) => {
        try {
          return `ran: ${String(run())}`
        } catch (error) {
          return (error as Error).name
        }
      }
      return {
        // biome-ignore lint/security/noGlobalEval: the test: eval must be refused in the page
        direct: attempt(() => eval('1')),
        // biome-ignore lint/security/noGlobalEval: the test: indirect eval must be refused too
        indirect: attempt(() => globalThis.eval('1 + 1')),
        constructor: attempt(() => new Function('return 7')()),
        // A second policy of the same name cannot be made to pass strings for eval.
        policy: attempt(() =>
          (
            window as unknown as {
              trustedTypes: { createPolicy: (name: string, rules: object) => unknown }
            }
          ).trustedTypes.createPolicy('betterforus-templates', { createScript: (s: string) => s }),
        ),
      }
    })
    expect(tries).toEqual({
      direct: 'EvalError',
      indirect: 'EvalError',
      constructor: 'EvalError',
      policy: 'TypeError',
    })
    // Each refusal is reported as a Trusted Types violation, and nothing else went wrong.
    const violations = () =>
      session.problems.filter((problem) => problem.includes('CSP violation')).sort()
    // Note: each is reported twice, once per copy of the policy (the <meta> and the header).
    await expect.poll(() => violations().length).toBe(8)
    expect(violations()).toEqual([
      ...Array(6).fill('console: CSP violation: require-trusted-types-for trusted-types-sink'),
      ...Array(2).fill('console: CSP violation: trusted-types trusted-types-policy'),
    ])
    expect(
      session.problems.filter(
        (problem) =>
          !/CSP violation|TrustedScript|Function constructor|TrustedTypePolicy named/.test(problem),
      ),
    ).toEqual([])
    await session.context.close()
  })

  it('L13: makes the Riverside pack as generate --layer does: the local clause, the defaults used, the same bytes', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await chooseLayer(page, packed)
    await page.waitForSelector('#layer-summary')
    // The answers leave out the authority: the layer's defaults answer it.
    await loadFile(page, answersFile)
    await page.waitForSelector('main h1:has-text("Check your answers")')
    expect(await page.locator('.govuk-error-summary').count()).toBe(0)
    expect(await page.locator('#layer-tag').textContent()).toContain(`${LAYER_NAME} 1.0.0`)
    const defaulted = await page
      .locator('[data-question]:has(.app-default-tag)')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-question')))
    expect(defaulted).toEqual(['authority.name', 'authority.nation', 'authority.type'])
    await page.click('#create-pack')
    await page.waitForSelector('.app-preview')
    expect(await page.locator('#layer-tag').textContent()).toContain(LAYER_NAME)
    await page.selectOption('#pack-document', 'doc-sv-requirements')
    await page.waitForSelector('.app-preview :text("Social value report to the Council")')
    await page.selectOption('#pack-document', 'doc-drafting-memo')
    await page.waitForSelector('.app-preview :text("Council defaults used")')
    const memo = await page.locator('.app-preview').textContent()
    expect(memo).toContain('authority.name: Riverside Borough Council')
    await screenshot(page, 'layer-pack-memo')
    const expected = cliLayeredPack()
    const { catalog } = await import('@betterforus/clauses')
    for (const id of catalog.pack.documents) {
      for (const extension of ['docx', 'md']) {
        const name = `${id}.drafter.${extension}`
        const file = await download(page, `button[data-download="${name}"]`)
        const cli = expected.get(name)
        expect(cli, `the CLI wrote ${name}`).toBeDefined()
        expect(Buffer.compare(file.bytes, cli as Buffer), `${name} equals the CLI's`).toBe(0)
      }
    }
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  it('L14: lists every problem of a broken layer with its file and line, and keeps nothing', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    const unknownKey = exampleZip((files) => {
      const text = new TextDecoder().decode(files['layer.yaml'])
      files['layer.yaml'] = strToU8(`colour-scheme: red\n${text}`)
    })
    await chooseLayer(page, { name: 'broken.zip', mimeType: 'application/zip', buffer: unknownKey })
    await page.waitForSelector('.govuk-error-summary')
    const listed = await page.locator('.govuk-error-summary__list').textContent()
    expect(listed).toMatch(/^broken\.zip\/layer\.yaml:1:\d+: error: .*colour-scheme/)
    expect(await page.title()).toMatch(/^Error: /)
    expect(await storedLayer(page)).toBeNull()
    const escaping = exampleZip((files) => {
      files['../evil.md'] = strToU8('x')
    })
    await chooseLayer(page, { name: 'escape.zip', mimeType: 'application/zip', buffer: escaping })
    await page.waitForSelector('.govuk-error-summary:has-text("escape.zip")')
    expect(await page.locator('.govuk-error-summary__list').textContent()).toContain(
      'escape.zip: the entry "../evil.md" leaves the layer folder',
    )
    expect(await storedLayer(page)).toBeNull()
    expect(await page.locator('#layer-summary').count()).toBe(0)
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  it('L13: a kept layer that no longer lays over the library is said, and no pack is made without it', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, answersFile)
    await page.waitForSelector('#success-banner')
    // As if the library had moved past the layer's range since the layer was kept.
    const outOfRange = exampleZip((files) => {
      const json = JSON.parse(new TextDecoder().decode(files['package.json']))
      json.peerDependencies['@betterforus/clauses'] = '^9.0.0'
      files['package.json'] = strToU8(JSON.stringify(json))
    })
    await page.evaluate(
      (text) => localStorage.setItem('betterforus:layer', text),
      JSON.stringify({ fileName: 'old.zip', bytes: outOfRange.toString('base64') }),
    )
    await page.reload()
    await go(page, '#/layer', 'Council layer')
    await page.waitForSelector('#layer-broken')
    expect(await page.locator('#layer-broken').textContent()).toMatch(
      /old\.zip\/layer\.yaml: error: .*\^9\.0\.0/,
    )
    await go(page, '#/pack', 'Your tender pack')
    expect(await page.locator('main').textContent()).toContain('Your council layer cannot be used')
    expect(await page.locator('.app-preview').count()).toBe(0)
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  it('L13: removing the layer asks first, then deletes it from this browser', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await chooseLayer(page, packed)
    await page.waitForSelector('#layer-summary')
    await page.click('#remove-layer')
    await page.waitForSelector(
      'main h1:has-text("Are you sure you want to remove the council layer?")',
    )
    await page.click('#confirm-remove-layer')
    await page.waitForSelector('#success-banner:has-text("removed")')
    expect(await storedLayer(page)).toBeNull()
    expect(await page.locator('#layer-summary').count()).toBe(0)
    await page.reload()
    await go(page, '#/layer', 'Council layer')
    expect(await page.locator('#layer-summary').count()).toBe(0)
    expect(session.problems).toEqual([])
    await session.context.close()
  })
})

describe('the council layer pages: axe-core and screenshots, desktop and phone', () => {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`finds no violations at ${size} size (${viewport.width}×${viewport.height})`, async () => {
      const session = await openSession(harness, { bypassCSP: true, viewport })
      const { page } = session
      const seen: Record<string, string[]> = {}
      const check = async (name: string) => {
        seen[name] = await axeViolations(page)
        await screenshot(page, `layer-${name}-${size}`)
      }
      await page.goto(harness.url)
      await go(page, '#/layer', 'Council layer')
      await check('empty')
      await page.click('button:has-text("Load the layer")')
      await page.waitForSelector('.govuk-error-summary')
      await check('no-file')
      const broken = exampleZip((files) => {
        files['../evil.md'] = strToU8('x')
      })
      await chooseLayer(page, { name: 'escape.zip', mimeType: 'application/zip', buffer: broken })
      await page.waitForSelector('.govuk-error-summary:has-text("escape.zip")')
      await check('error')
      await chooseLayer(page, packed)
      await page.waitForSelector('#layer-summary')
      await check('loaded')
      await page.click('#remove-layer')
      await page.waitForSelector('#confirm-remove-layer')
      await check('remove')
      await go(page, '#/layer', 'Council layer')
      await loadFile(page, answersFile)
      await page.waitForSelector('main h1:has-text("Check your answers")')
      await check('check-answers')
      await go(page, '#/question/authority.name', "What is the contracting authority's name?")
      await page.waitForSelector('#default-answer')
      await check('question-default')
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, []])))
      await session.context.close()
    })
  }
})
