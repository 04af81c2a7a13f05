import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplesDir, loadFile } from './helpers.js'
import { type Harness, openSession, startHarness } from './support.js'

// W3 and W7 (docs/bad-inputs.md). A Content-Security-Policy cannot stop navigation, so answers could
// leave in a URL the app builds or a link it shows: the app must build none and show none. A large
// upload must not freeze the page. No time is asserted here (the benchmark measures speed); the
// config's test timeout is a hang guard.

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => {
  await harness?.close()
})

const example = readFileSync(path.join(examplesDir, 'england-act-london.yaml'), 'utf8')
const hostile = [
  'https://collector.example/leak?name=Riverside',
  'mailto:x@collector.example',
  '[click](https://collector.example/a)',
  '<a href="https://collector.example/b">b</a>',
  'javascript:location.href="https://collector.example/c"',
].join(' ')

describe('W3: no answer leaves by navigation', () => {
  it('W3: shows no link off the page and never navigates away, with URL-laden answers, in a whole session', async () => {
    const session = await openSession(harness)
    const { page, context } = session
    const appUrl = new URL(harness.url)
    const visited: string[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url())
    })
    await page.goto(harness.url)
    const answers = example
      .replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(hostile.slice(0, 200))}`)
      .replace(
        /^ {2}priorityGroups: >-\n(?: {4}.*\n)+/m,
        `  priorityGroups: ${JSON.stringify(hostile)}\n`,
      )
    await loadFile(page, {
      name: 'urls.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(answers),
    })
    await page.waitForSelector('h1:has-text("Check your answers")')
    await page.click('button:has-text("Create the tender pack")')
    await page.waitForSelector('.app-preview')
    expect(await page.locator('.app-preview').textContent()).toContain(hostile)

    // Every link the app shows, anywhere, is a route inside the page.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([])
    expect(await page.locator('form[action], [formaction], iframe, object, embed').count()).toBe(0)

    // Follow every link on the pack page: each stays in the document.
    for (const href of [...new Set(hrefs)]) {
      await page.evaluate((target) => {
        const link = [...document.querySelectorAll('a[href]')].find(
          (candidate) => candidate.getAttribute('href') === target,
        )
        ;(link as HTMLAnchorElement | undefined)?.click()
      }, href)
    }
    await page.waitForLoadState('domcontentloaded')
    expect(visited.length).toBeGreaterThan(0)
    for (const url of visited) {
      const at = new URL(url)
      expect(`${at.origin}${at.pathname}${at.search}`).toBe(
        `${appUrl.origin}${appUrl.pathname}${appUrl.search}`,
      )
    }
    expect(context.pages()).toHaveLength(1)
    expect(session.requests.filter((url) => url.includes('collector.example'))).toEqual([])
    expect(session.dialogs).toEqual([])
    expect(session.problems).toEqual([])
    await context.close()
  })
})

describe('W7: a large upload does not freeze the page', () => {
  it('W7: reads a valid answers file just under the 1 MB cap, and the page keeps responding', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    const padding = `\n# ${'x'.repeat(1_040_000 - example.length)}\n`
    const buffer = Buffer.from(example + padding)
    expect(buffer.length).toBeLessThanOrEqual(1_048_576)
    expect(buffer.length).toBeGreaterThan(1_000_000)
    await loadFile(page, { name: 'large.yaml', mimeType: 'application/yaml', buffer })
    await page.waitForSelector('h1:has-text("Check your answers")')
    expect(await page.locator('.govuk-error-summary').count()).toBe(0)
    expect(await page.evaluate(() => document.readyState)).toBe('complete')
    expect(session.problems).toEqual([])
    await session.context.close()
  })
})
