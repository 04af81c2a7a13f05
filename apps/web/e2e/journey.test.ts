import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cliOutput,
  completeByKeyboard,
  download,
  exampleAnswers,
  examplesDir,
  loadFile,
  questionnaire,
  tabTo,
} from './helpers.js'
import { axeViolations, type Harness, openSession, screenshot, startHarness } from './support.js'

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => {
  await harness?.close()
})

const { catalog } = await import('@betterforus/clauses')
const documentIds = catalog.pack.documents

/** Download every document as DOCX and Markdown and compare with the CLI's files, byte for byte. */
async function compareDownloads(
  page: import('playwright-core').Page,
  example: string,
  keyboard: boolean,
) {
  const expected = cliOutput(example, 'drafter')
  for (const id of documentIds) {
    for (const extension of ['docx', 'md']) {
      // Note: the button keeps the CLI's stable name; the file is named for people (issue 15).
      const name = `${id}.drafter.${extension}`
      const file = await download(page, `button[data-download="${name}"]`, keyboard)
      const title = catalog.documents.find((document) => document.meta.id === id)?.meta.title
      expect(file.name).toBe(`${title} - drafter copy.${extension}`)
      const cli = expected.get(name)
      expect(cli, `the CLI wrote ${name}`).toBeDefined()
      expect(
        Buffer.compare(file.bytes, cli as Buffer),
        `${example}: ${name} equals the CLI's`,
      ).toBe(0)
    }
  }
}

describe('the journey in a real browser', () => {
  it('W4: keyboard only: types every answer of england-act-london.yaml, and the downloads equal the CLI output', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await page.waitForSelector('h1:has-text("Build a tender pack")')
    await screenshot(page, '00-start')
    await tabTo(page, 'a.govuk-button--start')
    await page.keyboard.press('Enter')
    await page.waitForSelector('h1:has-text("Build your tender pack")')
    await screenshot(page, '01-task-list')
    await completeByKeyboard(page, exampleAnswers('england-act-london.yaml'))
    expect(await page.evaluate(() => window.location.hash)).toBe('#/tasks')
    await screenshot(page, '02-task-list-completed')
    await tabTo(page, 'a[href="#/check"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('h1:has-text("Check your answers")')
    expect(await page.locator('.govuk-error-summary').count()).toBe(0)
    await screenshot(page, '03-check-answers')
    await tabTo(page, '#create-pack')
    await page.keyboard.press('Enter')
    await page.waitForSelector('.app-preview')
    await screenshot(page, '04-pack')
    await compareDownloads(page, 'england-act-london.yaml', true)
    expect(session.dialogs).toEqual([])
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  for (const example of ['scotland.yaml', 'wales.yaml', 'england-pcr-2015.yaml']) {
    it(`W4: loads ${example}, walks to check your answers, and the downloads equal the CLI output`, async () => {
      const session = await openSession(harness)
      const { page } = session
      await page.goto(harness.url)
      await loadFile(page, path.join(examplesDir, example))
      await page.waitForSelector('h1:has-text("Check your answers")')
      expect(await page.locator('.govuk-error-summary').count()).toBe(0)
      await page.click('button:has-text("Create the tender pack")')
      await page.waitForSelector('.app-preview')
      await compareDownloads(page, example, false)
      // The zip holds every document, the manifest and the answers.
      const zip = await download(page, 'button[data-download="betterforus-pack.drafter.zip"]')
      expect(zip.bytes.subarray(0, 2).toString()).toBe('PK')
      const again = await download(page, 'button[data-download="betterforus-pack.drafter.zip"]')
      expect(Buffer.compare(zip.bytes, again.bytes)).toBe(0)
      expect(session.problems).toEqual([])
      await session.context.close()
    })
  }

  it('saves the answers as a JSON file tagged with the questionnaire version, and loads it back', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    await page.evaluate(() => {
      window.location.hash = '#/answers-file'
    })
    const saved = await download(page, 'button[data-download="betterforus-answers.json"]')
    const json = JSON.parse(saved.bytes.toString('utf8'))
    expect(json.questionnaireVersion).toBe(questionnaire.version)
    expect(json.$schema).toBeUndefined()
    const { questionnaireVersion: _, ...answers } = json
    expect(answers).toEqual(JSON.parse(JSON.stringify(exampleAnswers('england-act-london.yaml'))))
    await loadFile(page, { name: 'saved.json', mimeType: 'application/json', buffer: saved.bytes })
    await page.waitForSelector('h1:has-text("Check your answers")')
    await session.context.close()
  })
})

describe('bad answers files (U11, U12)', () => {
  it('U12: lists every problem of a bad file, and changes nothing', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'scotland.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    const before = await page.locator('main').innerText()
    const bad = Buffer.from(
      JSON.stringify({
        authority: { name: 42, nation: 'atlantis', typo: 'x' },
        procurement: { reference: 12345, startDate: '2026-02-30' },
        contract: { termMonths: 0.5 },
      }),
    )
    const { parseAnswers } = await import('@betterforus/questionnaire')
    const expected = parseAnswers(bad, questionnaire).file.messages.filter(
      (message) => message.fatal,
    )
    await loadFile(page, { name: 'bad.json', mimeType: 'application/json', buffer: bad })
    await page.waitForSelector('.govuk-error-summary')
    const items = await page.locator('.govuk-error-summary__list li').allInnerTexts()
    expect(items.length).toBe(expected.length)
    for (const message of expected) {
      expect(
        items.some((item) =>
          item.toLowerCase().includes(message.reason.slice(0, 40).toLowerCase()),
        ),
      ).toBe(true)
    }
    await screenshot(page, '05-load-errors')
    // Every link goes to the file input.
    await page.locator('.govuk-error-summary__list a').first().click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answers-file')
    // Nothing half-applied.
    await page.evaluate(() => {
      window.location.hash = '#/check'
    })
    await page.waitForSelector('h1:has-text("Check your answers")')
    expect(await page.locator('main').innerText()).toBe(before)
    await session.context.close()
  })

  it('U11, U12, W7: refuses a file over 1 MB before reading it, and UTF-16 or binary files', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(1_048_577, 32),
    })
    await page.waitForSelector('.govuk-error-summary')
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('1,048,576 bytes')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')])
    await loadFile(page, { name: 'utf16.json', mimeType: 'application/json', buffer: utf16 })
    // The summary of the file before is still on the page: wait for this file's own message.
    const summary = page.locator('.govuk-error-summary')
    await summary.filter({ hasText: 'UTF-16' }).waitFor()
    expect(await summary.innerText()).toMatch(/UTF-8/i)
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00,
    ])
    await loadFile(page, { name: 'image.json', mimeType: 'application/json', buffer: binary })
    await summary.filter({ hasText: 'binary file' }).waitFor()
    expect(await page.locator('.govuk-error-summary__list li').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await session.context.close()
  })
})

describe('privacy and safety (F10, W1–W6)', () => {
  const hostile = [
    '# Heading [link](javascript:alert(1)) <script>alert(1)</script>',
    '<img src=x onerror=alert(1)> **bold** https://example.com/x {{ref "x"}}',
  ].join(' ')

  it('F10, W1: shows hostile answers as literal text: no dialog, link, image, script or request', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    await page.evaluate(() => {
      window.location.hash = '#/question/authority.name/change'
    })
    await page.fill('#f-authority-name', hostile.slice(0, 200))
    await page.click('button[type="submit"]')
    await page.evaluate(() => {
      window.location.hash = '#/question/procurement.reference/change'
    })
    await page.fill('#f-procurement-reference', '<script>alert(2)</script>[x](javascript:alert(3))')
    await page.click('button[type="submit"]')
    await page.waitForSelector('h1:has-text("Check your answers")')
    expect(await page.locator('main').innerText()).toContain(hostile.slice(0, 60))
    await page.click('button:has-text("Create the tender pack")')
    await page.waitForSelector('.app-preview')
    const preview = await page.locator('.app-preview').innerText()
    expect(preview).toContain(hostile.slice(0, 200).trim())
    expect(preview).toContain('<script>alert(2)</script>[x](javascript:alert(3))')
    // The only links in the preview are the clause headings' links to their library pages.
    const hrefs = await page
      .locator('.app-preview a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href).toMatch(/^#\/library\/[a-z0-9-]+$/)
    expect(await page.locator('.app-preview img, .app-preview script').count()).toBe(0)
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
    expect(await page.locator('body script').count()).toBe(0)
    await page.waitForTimeout(300)
    expect(session.dialogs).toEqual([])
    expect(session.requests.every((url) => url.startsWith(harness.origin))).toBe(true)
    expect(session.requests.some((url) => url.includes('example.com') || url.includes('/x'))).toBe(
      false,
    )
    expect(session.problems).toEqual([])
    await screenshot(page, '06-hostile-preview')
    await session.context.close()
  })

  it('W2: makes no request off the page origin in a whole session, and works offline after load', async () => {
    const session = await openSession(harness)
    const { page, context } = session
    // The DOCX writer is fetched in the background once the page is idle.
    const writer = page.waitForResponse((response) => response.url().includes('/assets/pack-files'))
    await page.goto(harness.url)
    await writer
    await page.waitForLoadState('networkidle')
    const afterLoad = session.requests.length
    await context.setOffline(true)
    await loadFile(page, path.join(examplesDir, 'wales.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    await page.click('button:has-text("Create the tender pack")')
    await page.waitForSelector('.app-preview')
    const docx = await download(page, `button[data-download="${documentIds[0]}.drafter.docx"]`)
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK')
    await context.setOffline(false)
    const all = session.requests
    expect(
      all.filter((url) => !url.startsWith(harness.origin) && !url.startsWith('blob:')),
    ).toEqual([])
    // After load, only same-origin assets (the DOCX writer, fetched while idle) and blob downloads.
    expect(
      all
        .slice(afterLoad)
        .filter((url) => !url.startsWith('blob:') && !url.endsWith('/favicon.svg')),
    ).toEqual([])
    // Note: Chromium asks for the favicon again while offline; that failure is expected.
    expect(
      session.problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED')),
    ).toEqual([])
    await session.context.close()
  })

  it('W2, W4: sends a strict Content-Security-Policy (meta and header)', async () => {
    const response = await fetch(harness.url)
    const header = response.headers.get('content-security-policy') ?? ''
    expect(header).toContain("default-src 'self'")
    expect(header).toContain("frame-ancestors 'none'")
    expect(header).toContain("require-trusted-types-for 'script'")
    const html = await response.text()
    expect(html).toContain('http-equiv="Content-Security-Policy"')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    const traversal = await fetch(`${harness.url}..%2f..%2fpackage.json`)
    expect(traversal.status).toBeGreaterThanOrEqual(400)
  })

  it('W5: says so when the draft cannot be saved (storage full), and clear draft works', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    // The browser's storage is full: every write throws QuotaExceededError.
    await page.evaluate(() => {
      const w = window as unknown as { __setItem: Storage['setItem'] }
      w.__setItem = Storage.prototype.setItem
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.evaluate(() => {
      window.location.hash = '#/question/authority.name'
    })
    await page.fill('#f-authority-name', 'A council')
    await page.waitForSelector('#draft-banner')
    expect(await page.locator('#draft-banner').innerText()).toContain('could not be saved')
    await screenshot(page, '07-storage-full')
    await page.evaluate(() => {
      Storage.prototype.setItem = (window as unknown as { __setItem: Storage['setItem'] }).__setItem
    })
    await page.fill('#f-authority-name', 'A council again')
    await page.waitForSelector('#draft-banner', { state: 'detached' })
    expect(await page.evaluate(() => localStorage.getItem('betterforus:draft'))).toContain(
      'A council again',
    )
    await page.evaluate(() => {
      window.location.hash = '#/tasks'
    })
    // Issue 15: clearing asks first, on a page of its own.
    await page.click('#clear-draft')
    await page.waitForSelector('h1:has-text("Are you sure you want to delete your answers?")')
    await page.click('#confirm-clear-draft')
    await page.waitForSelector('#success-banner:has-text("deleted")')
    expect(await page.evaluate(() => localStorage.getItem('betterforus:draft'))).toBeNull()
    await session.context.close()
  })

  it('W6: warns when the same draft changes in another tab, and does not overwrite it', async () => {
    const session = await openSession(harness)
    const { page, context } = session
    await page.goto(`${harness.url}#/question/authority.name`)
    await page.fill('#f-authority-name', 'Tab one council')
    const other = await context.newPage()
    await other.goto(`${harness.url}#/question/authority.name`)
    expect(await other.inputValue('#f-authority-name')).toBe('Tab one council')
    await other.fill('#f-authority-name', 'Tab two council')
    await page.waitForSelector('#draft-banner')
    expect(await page.locator('#draft-banner').innerText()).toContain('changed in another tab')
    await page.fill('#f-authority-name', 'Tab one again')
    expect(await page.evaluate(() => localStorage.getItem('betterforus:draft'))).toContain(
      'Tab two council',
    )
    await screenshot(page, '08-other-tab')
    await page.click('button:has-text("Use the answers from the other tab")')
    expect(await page.inputValue('#f-authority-name')).toBe('Tab two council')
    await session.context.close()
  })

  // Note: speed is measured, never asserted (a busy machine would fail a timed test): the time per
  // update is printed for the note (median 20–45 ms on an idle machine; the budget is 50 ms).
  it('updates the live preview on every keystroke, and prints the time per update', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    await page.evaluate(() => {
      window.location.hash = '#/question/contract.title/change'
    })
    await page.click('.govuk-details__summary')
    await page.waitForSelector('.app-preview')
    await page.focus('#f-contract-title')
    await page.keyboard.press('End')
    const times: number[] = []
    const KEYS = 21
    for (let index = 0; index < KEYS; index++) {
      await page.evaluate(() => {
        const w = window as unknown as { __start: number; __end: number }
        w.__start = 0
        w.__end = 0
        document.addEventListener(
          'keydown',
          () => {
            w.__start = performance.now()
          },
          { once: true, capture: true },
        )
        const observer = new MutationObserver(() => {
          w.__end = performance.now()
          observer.disconnect()
        })
        observer.observe(document.querySelector('.app-preview') as Node, {
          subtree: true,
          characterData: true,
          childList: true,
        })
      })
      await page.keyboard.type('Z')
      await page.waitForFunction(() => (window as unknown as { __end: number }).__end > 0)
      times.push(
        await page.evaluate(() => {
          const w = window as unknown as { __start: number; __end: number }
          return w.__end - w.__start
        }),
      )
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)] as number
    // Note: nearest-rank p95 (issue 15: reported, not asserted; the goal is 50 ms when idle).
    const p95 = times[Math.ceil(0.95 * times.length) - 1] as number
    process.stdout.write(
      `live preview update: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})\n`,
    )
    expect(times.every((time) => time >= 0)).toBe(true)
    expect(await page.locator('.app-preview').innerText()).toContain('Z'.repeat(KEYS))
    await session.context.close()
  })
})

describe('accessibility (axe-core) on every page type', () => {
  it('finds no violations', async () => {
    const session = await openSession(harness, { bypassCSP: true })
    const { page } = session
    const check = async (name: string) => {
      const violations = await axeViolations(page)
      expect(violations, name).toEqual([])
      await screenshot(page, `axe-${name}`)
    }
    const go = async (hash: string, selector = 'h1') => {
      await page.evaluate((target) => {
        window.location.hash = target
      }, hash)
      await page.waitForSelector(selector)
    }
    await page.goto(harness.url)
    await page.waitForSelector('h1')
    await check('start')
    await go('#/tasks', 'h1:has-text("Build your tender pack")')
    await check('task-list')
    await go('#/question/authority.name')
    await check('question-text')
    await page.click('button[type="submit"]')
    await page.waitForSelector('.govuk-error-summary')
    await check('question-error')
    await go('#/question/procurement.startDate')
    await check('question-date')
    await go('#/question/reserved.supportedEmployment')
    await page.check('#f-reserved-supportedEmployment')
    await check('question-radios-reveal')
    await go('#/privacy')
    await check('privacy')
    await go('#/answers-file', '#answers-file')
    await page.setInputFiles('#answers-file', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"x": 1,'),
    })
    await page.click('button:has-text("Load answers")')
    await page.waitForSelector('.govuk-error-summary')
    await check('answers-file-errors')
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('h1:has-text("Check your answers")')
    await check('check-answers')
    await page.click('button:has-text("Create the tender pack")')
    await page.waitForSelector('.app-preview')
    await check('pack')
    await go('#/question/contract.title/change')
    await page.click('.govuk-details__summary')
    await page.waitForSelector('.app-preview')
    await check('question-live-preview')
    await session.context.close()
  })
})
