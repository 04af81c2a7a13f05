import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import {
  type Answers,
  type AnswerValue,
  getAnswer,
  parseAnswers,
  type Question,
} from '@betterforus/questionnaire'
import type { Page } from 'playwright-core'
import { repoRoot } from './support.js'

export const examplesDir = path.join(repoRoot, 'templates', 'examples')
export const questionnaire = catalog.questionnaire
const questions = new Map(
  questionnaire.sections.flatMap((section) => section.questions.map((q) => [q.id, q])),
)

/** The validated answers of an example file, as the CLI reads them. */
export function exampleAnswers(name: string): Answers {
  const { answers, file } = parseAnswers(readFileSync(path.join(examplesDir, name)), questionnaire)
  if (!answers) throw new Error(file.messages.join('\n'))
  return answers
}

/** Run the built CLI on an example and return the files it wrote, by name. */
export function cliOutput(
  name: string,
  copy: 'drafter' | 'issue' = 'drafter',
): Map<string, Buffer> {
  const out = mkdtempSync(path.join(tmpdir(), 'bfu-cli-'))
  execFileSync(process.execPath, [
    path.join(repoRoot, 'packages', 'cli', 'dist', 'cli.js'),
    'generate',
    path.join(examplesDir, name),
    '--out',
    out,
    '--copy',
    copy,
  ])
  return new Map(readdirSync(out).map((file) => [file, readFileSync(path.join(out, file))]))
}

export function fieldId(id: string) {
  return `f-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

/** Press Tab until the focused element matches the selector (keyboard only). */
export async function tabTo(page: Page, selector: string, limit = 120) {
  for (let index = 0; index < limit; index++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${selector} with the Tab key`)
}

/** Answer one question with the keyboard only. */
async function answerByKeyboard(page: Page, question: Question, value: AnswerValue) {
  const id = fieldId(question.id)
  switch (question.type) {
    case 'date': {
      const [year, month, day] = String(value).split('-')
      await tabTo(page, `#${id}-day`)
      await page.keyboard.type(String(Number(day)))
      await page.keyboard.press('Tab')
      await page.keyboard.type(String(Number(month)))
      await page.keyboard.press('Tab')
      await page.keyboard.type(year ?? '')
      return
    }
    case 'yes-no':
    case 'one-of': {
      const options =
        question.type === 'yes-no' ? [true, false] : (question.options ?? []).map((o) => o.value)
      const index = options.indexOf(value as never)
      await tabTo(page, `input[name="${id}"]`)
      const checked = await page.evaluate(
        () => (document.activeElement as HTMLInputElement).checked,
      )
      if (!checked) await page.keyboard.press('Space')
      const at = await page.evaluate((name) => {
        const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
        return radios.findIndex((radio) => radio.checked)
      }, id)
      for (let step = at; step < index; step++) await page.keyboard.press('ArrowDown')
      for (let step = at; step > index; step--) await page.keyboard.press('ArrowUp')
      return
    }
    case 'several-of': {
      const picked = value as string[]
      for (const [index, option] of (question.options ?? []).entries()) {
        await tabTo(page, `#${index === 0 ? id : `${id}-${index + 1}`}`)
        const checked = await page.evaluate(
          () => (document.activeElement as HTMLInputElement).checked,
        )
        if (checked !== picked.includes(option.value)) await page.keyboard.press('Space')
      }
      return
    }
    default:
      await tabTo(page, `#${id}`)
      await page.keyboard.press('Control+A')
      await page.keyboard.press('Delete')
      await page.keyboard.type(String(value))
  }
}

async function waitForHashChange(page: Page, from: string) {
  await page.waitForFunction((previous) => window.location.hash !== previous, from)
  // Note: the app focuses the new page's heading once it has rendered; Tab presses sent before
  // that started from the old page's button and could run past a link (a flaky W4 in CI).
  await page.waitForFunction(() => document.activeElement?.matches('main h1') ?? false)
}

/**
 * Complete the questionnaire from the task list with the keyboard only, typing every answer.
 * Sections are taken in order; a section shown with a link is entered and walked to its end.
 */
export async function completeByKeyboard(page: Page, answers: Answers) {
  for (const section of questionnaire.sections) {
    const link = `a[href="#/section/${section.id}"]`
    if ((await page.locator(link).count()) === 0) continue
    await tabTo(page, link)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.location.hash.startsWith('#/question/'))
    while ((await page.evaluate(() => window.location.hash)).startsWith('#/question/')) {
      const hash = await page.evaluate(() => window.location.hash)
      const pageId = decodeURIComponent(hash.split('/')[2] ?? '')
      const main = questions.get(pageId)
      if (!main) throw new Error(`Unknown page ${hash}`)
      const value = getAnswer(answers, pageId)
      if (value !== undefined) await answerByKeyboard(page, main, value)
      // Revealed questions of this page: those shown now, in order.
      for (const question of questions.values()) {
        if (question.id === pageId) continue
        const open = '.govuk-radios__conditional:not(.govuk-radios__conditional--hidden)'
        const revealed = `${open} #${fieldId(question.id)}, ${open} #${fieldId(question.id)}-day`
        const shown = await page.locator(revealed).count()
        const revealedValue = getAnswer(answers, question.id)
        if (shown > 0 && revealedValue !== undefined)
          await answerByKeyboard(page, question, revealedValue)
      }
      await tabTo(page, 'button[type="submit"]')
      await page.keyboard.press('Enter')
      await waitForHashChange(page, hash)
    }
  }
}

/** Load an answers file through the "Save or load answers" page. */
export async function loadFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.evaluate(() => {
    window.location.hash = '#/answers-file'
  })
  await page.waitForSelector('#answers-file')
  await page.setInputFiles('#answers-file', file)
  await page.click('button:has-text("Load answers")')
}

/**
 * Click a download button and return the file's name and bytes.
 *
 * Note: Chromium's download request limiter silently drops a download that follows many others
 * within a few seconds (the tenth of a pack's thirteen, once the DOCX writer got fast); a person
 * clicking one button at a time never meets it, so the test paces its clicks the same way.
 */
export async function download(page: Page, selector: string, keyboard = false) {
  await page.waitForTimeout(1000)
  const waiting = page.waitForEvent('download')
  if (keyboard) {
    await tabTo(page, selector)
    await page.keyboard.press('Enter')
  } else {
    await page.click(selector)
  }
  const file = await waiting
  const filePath = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(filePath) }
}
