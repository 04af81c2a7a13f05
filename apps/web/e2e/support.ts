import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
// @ts-expect-error: a plain JavaScript module without types
import { startServer } from '../scripts/serve.js'

export const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..', '..')
export const artifacts = path.join(repoRoot, 'test', 'artifacts', 'web')
mkdirSync(artifacts, { recursive: true })

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export interface Harness {
  browser: Browser
  url: string
  origin: string
  close: () => Promise<void>
}

/** Start the static server on a free port and Debian's Chromium. */
export async function startHarness(): Promise<Harness> {
  const server = (await startServer({ port: 0 })) as { url: string; close: () => Promise<void> }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  return {
    browser,
    url: server.url,
    origin: new URL(server.url).origin,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

export interface Session {
  context: BrowserContext
  page: Page
  /** Every request the page made, in order. */
  requests: string[]
  /** Dialogs (alert, confirm) opened: there must be none. */
  dialogs: string[]
  /** CSP violations and page errors: there must be none. */
  problems: string[]
}

/** A fresh context and page that record requests, dialogs, CSP violations and errors. */
export async function openSession(
  harness: Harness,
  options: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const context = await harness.browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  })
  const page = await context.newPage()
  const session: Session = { context, page, requests: [], dialogs: [], problems: [] }
  page.on('request', (request) => session.requests.push(request.url()))
  page.on('dialog', async (dialog) => {
    session.dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  page.on('pageerror', (error) => session.problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') session.problems.push(`console: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // biome-ignore lint/suspicious/noConsole: runs in the page; the test reads the console
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return session
}

/** Save a screenshot of the whole page into test/artifacts/web/. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })
}

/** The two sizes every page is checked at (issue 15): desktop and phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Run axe-core on the page as it is and return its violations, one line each. The page must be
 * opened with `bypassCSP` (axe is injected as a script).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>
          }>
        }
      }
    ).axe.run()
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
}
