import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { examplesDir, loadFile, tabTo } from './helpers.js'
import {
  axeViolations,
  type Harness,
  openSession,
  screenshot,
  startHarness,
  VIEWPORTS,
} from './support.js'

// Issue 15: the web app as a GOV.UK service a council officer finishes without help, on desktop
// and phone. Items 1–11 of the issue, each named in its test; every page state is checked with
// axe-core at both sizes and saved as a screenshot (test/artifacts/web/i15-*.png).

let harness: Harness
beforeAll(async () => {
  harness = await startHarness()
})
afterAll(async () => {
  await harness?.close()
})

const london = readFileSync(path.join(examplesDir, 'england-act-london.yaml'), 'utf8')
const yamlFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/yaml',
  buffer: Buffer.from(text),
})

/** Go to a route and wait for the new page's own heading. */
async function go(page: Page, hash: string, heading: string) {
  await page.evaluate((target) => {
    window.location.hash = target
  }, hash)
  await page.waitForSelector(`main h1:has-text(${JSON.stringify(heading)})`)
}

describe('issue 15: a GOV.UK service on desktop and phone', () => {
  it('I15.1, I15.8: a start page at the root with Start now, and a skip link that works on first load', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await page.waitForSelector('main h1:has-text("Build a tender pack")')
    const main = await page.locator('main').innerText()
    for (const words of [
      'estimated value',
      'date the procurement started',
      'social value policy',
      'about 20 minutes',
      'not legal advice',
    ])
      expect(main).toContain(words)
    expect(await page.getAttribute('a.govuk-button--start', 'href')).toBe('#/tasks')
    // The first Tab reaches the skip link, and it moves focus to the main content.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    )
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')
    await page.click('a.govuk-button--start')
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    expect(session.problems).toEqual([])
    await session.context.close()
  })

  it('I15.2, I15.7: says which rules apply and why, refuses a start year like 1899, accepts month names, and puts Error: in the title', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    const rules = await page.locator('#regime-summary').innerText()
    expect(rules).toContain('Procurement Act 2023')
    expect(rules).toContain('2 March 2026')
    await go(page, '#/question/procurement.startDate/change', 'When did, or when will')
    await page.fill('#f-procurement-startDate-year', '1899')
    await page.click('button[type="submit"]')
    await page.waitForSelector('.govuk-error-summary')
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'The start date must be between 26 February 2015 and 31 December 2035',
    )
    await page.waitForFunction(() => document.title.startsWith('Error: '))
    await page.fill('#f-procurement-startDate-year', '2024')
    await page.fill('#f-procurement-startDate-month', 'June')
    await page.click('button[type="submit"]')
    // The 2015 regulations hide the Act's questions: the change is confirmed first (I15.3).
    await page.waitForSelector('#change-warning')
    await page.click('button:has-text("Yes, change the answer")')
    await page.waitForSelector('main h1:has-text("Check your answers")')
    expect(await page.evaluate(() => document.title.startsWith('Error: '))).toBe(false)
    expect(await page.locator('#regime-summary').innerText()).toContain(
      'Public Contracts Regulations 2015',
    )
    await session.context.close()
  })

  it('I15.3: warns before a change drops answers and clauses, and can keep the previous answer', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await go(page, '#/question/contract.type/change', 'What does the contract buy?')
    await page.check('input[name="f-contract-type"][value="goods"]')
    await page.click('button[type="submit"]')
    await page.waitForSelector('#change-warning')
    expect(await page.evaluate(() => window.location.hash)).toBe('#/question/contract.type/change')
    expect(await page.locator('#change-warning-questions').innerText()).toContain(
      'Where staff work',
    )
    expect(await page.locator('#change-warning-clauses li').count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-warning')
    await page.click('button:has-text("No, keep my previous answer")')
    await page.waitForSelector('#change-warning', { state: 'detached' })
    expect(await page.isChecked('input[name="f-contract-type"][value="services"]')).toBe(true)
    // Leaving without choosing keeps the previous answer too.
    await page.check('input[name="f-contract-type"][value="goods"]')
    await page.click('button[type="submit"]')
    await page.waitForSelector('#change-warning')
    await page.click('a.govuk-back-link')
    await page.waitForSelector('main h1:has-text("Check your answers")')
    expect(
      await page.locator('[data-question="contract.type"] .govuk-summary-list__value').innerText(),
    ).toContain('Services')
    await go(page, '#/question/contract.type/change', 'What does the contract buy?')
    await page.check('input[name="f-contract-type"][value="goods"]')
    await page.click('button[type="submit"]')
    await page.waitForSelector('#change-warning')
    await page.click('button:has-text("Yes, change the answer")')
    await page.waitForSelector('main h1:has-text("Check your answers")')
    expect(await page.locator('[data-question="contract.workLocation"]').count()).toBe(0)
    await session.context.close()
  })

  it('I15.4: "Clear draft and start again" shows only with a draft, and asks first', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(`${harness.url}#/tasks`)
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    expect(await page.locator('#clear-draft').count()).toBe(0)
    await go(page, '#/question/authority.name', "What is the contracting authority's name?")
    await page.fill('#f-authority-name', 'A council')
    await page.waitForFunction(() => localStorage.getItem('betterforus:draft') !== null)
    await go(page, '#/tasks', 'Build your tender pack')
    await page.click('#clear-draft')
    await page.waitForSelector('main h1:has-text("Are you sure you want to delete your answers?")')
    await page.click('a:has-text("No, keep my answers")')
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    expect(await page.evaluate(() => localStorage.getItem('betterforus:draft'))).toContain(
      'A council',
    )
    await page.click('#clear-draft')
    await page.click('#confirm-clear-draft')
    await page.waitForSelector('#success-banner')
    expect(await page.evaluate(() => localStorage.getItem('betterforus:draft'))).toBeNull()
    expect(await page.locator('#clear-draft').count()).toBe(0)
    await session.context.close()
  })

  it('I15.5: the success banner stays on the page you land on, counts what is needed, and a rule conflict loads as a draft', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, yamlFile('draft.yaml', london.replace(/^ {2}name: .*\n/m, '')))
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    await page.waitForTimeout(500)
    const banner = await page.locator('#success-banner').innerText()
    expect(banner).toContain('Your answers file has been loaded')
    expect(banner).toContain('1 answer is still needed')
    // A file whose only problem is a rule conflict.
    const conflict = london
      .replace('weightingPercent: 20', 'weightingPercent: 5')
      .replace('weightingBasis: council-policy', 'weightingBasis: ppn002')
      .replace(/^ {2}policyName: .*\n/m, '')
    await loadFile(page, yamlFile('conflict.yaml', conflict))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    const loaded = await page.locator('#success-banner').innerText()
    expect(loaded).toContain('1 answer does not fit together under the rules')
    const summary = page.locator('.govuk-error-summary a').first()
    expect(await summary.innerText()).toContain('Procurement Policy Note 002')
    await summary.click()
    await page.waitForFunction(() => window.location.hash.startsWith('#/question/'))
    // The conflict shows on its question as soon as the page opens.
    await page.waitForSelector('.govuk-error-message:has-text("Procurement Policy Note 002")')
    expect(await page.locator('#success-banner').count()).toBe(0)
    await session.context.close()
  })

  it('I15.6: choosing another document to preview does not change the route, scroll, focus or history', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'wales.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await page.click('#create-pack')
    await page.waitForSelector('.app-preview')
    await page.focus('#pack-document')
    const before = await page.evaluate(() => ({
      hash: window.location.hash,
      history: history.length,
      scroll: window.scrollY,
      document: document.querySelector('.app-preview')?.getAttribute('data-document'),
    }))
    await page.keyboard.press('ArrowDown')
    await page.waitForFunction(
      (previous) =>
        document.querySelector('.app-preview')?.getAttribute('data-document') !== previous,
      before.document,
    )
    const after = await page.evaluate(() => ({
      hash: window.location.hash,
      history: history.length,
      scroll: window.scrollY,
      focus: document.activeElement?.id,
    }))
    expect(after).toEqual({
      hash: before.hash,
      history: before.history,
      scroll: before.scroll,
      focus: 'pack-document',
    })
    await session.context.close()
  })

  it('I15.7: GOV.UK messages per question, no "£ £", and a character count on long text', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(`${harness.url}#/question/authority.name`)
    await page.waitForSelector('#f-authority-name')
    await page.click('button[type="submit"]')
    await page.waitForSelector('.govuk-error-summary')
    expect(await page.locator('.govuk-error-summary__list').innerText()).toBe(
      "Enter the contracting authority's name",
    )
    await page.waitForFunction(() => document.title.startsWith('Error: '))
    await go(page, '#/question/contract.estimatedValue', "What is the contract's estimated")
    await page.locator('#f-contract-estimatedValue').pressSequentially('£6,400,000')
    expect(await page.inputValue('#f-contract-estimatedValue')).toBe('6,400,000')
    await go(page, '#/question/engagement.noNoticeReasons', 'Why will you not publish')
    await page.locator('#f-engagement-noNoticeReasons').pressSequentially('Care leavers')
    expect(await page.locator('.govuk-character-count__status').innerText()).toBe(
      'You have 1,988 characters remaining',
    )
    await session.context.close()
  })

  it('I15.8: short keys, Save and return to the changed row, "Cannot start yet" says why, feedback page', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(`${harness.url}#/tasks`)
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    expect(await page.locator('.govuk-task-list__hint').allInnerTexts()).toContain(
      'Complete all the sections above first',
    )
    await page.click('.govuk-phase-banner a:has-text("give your feedback")')
    await page.waitForSelector('main h1:has-text("Give feedback")')
    await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    const keys = await page.locator('.govuk-summary-list__key').allInnerTexts()
    expect(keys).toContain('Authority name')
    expect(keys).not.toContain("What is the contracting authority's name?")
    await page.click('[data-question="contract.title"] .govuk-summary-list__actions a')
    await page.waitForSelector('main h1:has-text("What is the contract called?")')
    await page.click('button:has-text("Save and return")')
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await page.waitForFunction(
      () =>
        document.activeElement?.closest('[data-question]')?.getAttribute('data-question') ===
        'contract.title',
    )
    await session.context.close()
  })

  it('I15.8: on a phone the service navigation collapses into Menu, and the preview does not scroll inside the page', async () => {
    const session = await openSession(harness, { viewport: VIEWPORTS.phone })
    const { page } = session
    await page.goto(`${harness.url}#/tasks`)
    await page.waitForSelector('main h1:has-text("Build your tender pack")')
    const toggle = page.locator('button.govuk-service-navigation__toggle')
    expect(await toggle.isVisible()).toBe(true)
    expect(await page.locator('#navigation').isVisible()).toBe(false)
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#navigation').isVisible()).toBe(true)
    await screenshot(page, 'i15-menu-open-phone')
    await loadFile(page, path.join(examplesDir, 'scotland.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await page.click('#create-pack')
    await page.waitForSelector('.app-preview')
    const overflow = await page
      .locator('.app-preview')
      .evaluate((element) => getComputedStyle(element).overflowY)
    expect(overflow).toBe('visible')
    await session.context.close()
  })

  it('I15.9: the pack page explains Markdown and names the zip for people', async () => {
    const session = await openSession(harness)
    const { page } = session
    await page.goto(harness.url)
    await loadFile(page, path.join(examplesDir, 'wales.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await page.click('#create-pack')
    await page.waitForSelector('.app-preview')
    expect(await page.locator('main').innerText()).toContain('Markdown is the same text')
    const waiting = page.waitForEvent('download')
    await page.click('button[data-download="betterforus-pack.drafter.zip"]')
    const zip = await waiting
    expect(zip.suggestedFilename()).toBe(
      'Social value and fair work tender pack - drafter copy.zip',
    )
    await session.context.close()
  })

  it('I15.10: after the first visit the app loads and builds the pack offline, from the service worker', async () => {
    const session = await openSession(harness)
    const { page, context } = session
    await page.goto(harness.url)
    await page.waitForSelector('main h1:has-text("Build a tender pack")')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys()
      const cache = await caches.open(keys[0] as string)
      return (await cache.keys()).map((request) => new URL(request.url).pathname)
    })
    expect(cached).toContain('/')
    expect(cached.some((file) => /\/assets\/pack-view-.*\.js$/.test(file))).toBe(true)
    expect(cached.some((file) => /\/assets\/pack-files-.*\.js$/.test(file))).toBe(true)
    await context.setOffline(true)
    await page.reload()
    await page.waitForSelector('main h1:has-text("Build a tender pack")')
    await loadFile(page, path.join(examplesDir, 'england-pcr-2015.yaml'))
    await page.waitForSelector('main h1:has-text("Check your answers")')
    await page.click('#create-pack')
    await page.waitForSelector('.app-preview')
    await go(page, '#/privacy', 'How your answers are kept private')
    expect(await page.locator('main').innerText()).toContain('service worker')
    await context.setOffline(false)
    expect(session.requests.filter((url) => !url.startsWith(harness.origin))).toEqual([])
    await session.context.close()
  })
})

describe('issue 15: axe-core and screenshots of every page state, desktop and phone', () => {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    it(`finds no violations at ${size} size (${viewport.width}×${viewport.height})`, async () => {
      const session = await openSession(harness, { bypassCSP: true, viewport })
      const { page } = session
      const seen: Record<string, string[]> = {}
      const check = async (name: string) => {
        seen[name] = await axeViolations(page)
        await screenshot(page, `i15-${name}-${size}`)
      }
      await page.goto(harness.url)
      await page.waitForSelector('main h1:has-text("Build a tender pack")')
      await check('start')
      await go(page, '#/tasks', 'Build your tender pack')
      await check('task-list')
      await go(page, '#/question/authority.name', "What is the contracting authority's name?")
      await check('question')
      await page.click('button[type="submit"]')
      await page.waitForSelector('.govuk-error-summary')
      await check('question-error')
      await go(page, '#/question/engagement.noNoticeReasons', 'Why will you not publish')
      await check('question-character-count')
      await go(page, '#/feedback', 'Give feedback')
      await check('feedback')
      await go(page, '#/privacy', 'How your answers are kept private')
      await check('privacy')
      await loadFile(page, path.join(examplesDir, 'england-act-london.yaml'))
      await page.waitForSelector('#success-banner')
      await check('check-answers-loaded')
      await go(page, '#/question/contract.type/change', 'What does the contract buy?')
      await page.check('input[name="f-contract-type"][value="goods"]')
      await page.click('button[type="submit"]')
      await page.waitForSelector('#change-warning')
      await check('change-warning')
      await page.click('button:has-text("No, keep my previous answer")')
      await page.waitForSelector('#change-warning', { state: 'detached' })
      await go(page, '#/pack', 'Your tender pack')
      await page.waitForSelector('.app-preview')
      await check('pack')
      await go(page, '#/question/contract.title/change', 'What is the contract called?')
      await page.click('.govuk-details__summary')
      await page.waitForSelector('.app-preview')
      await check('question-live-preview')
      await go(page, '#/clear-draft', 'Are you sure')
      await check('clear-draft')
      await go(page, '#/answers-file', 'Save or load your answers')
      await check('answers-file')
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, []])))
      expect(Object.keys(seen).length).toBe(13)
      await session.context.close()
    })
  }
})
