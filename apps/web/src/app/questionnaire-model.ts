import type { Question, Questionnaire, Scalar } from '@betterforus/questionnaire'

export type Section = Questionnaire['sections'][number]

/** A question shown inside a radio option, GOV.UK's conditional reveal. */
export interface Reveal {
  question: Question
  /** The option values of the parent that show it (`yes`/`no` for a yes-no parent). */
  options: string[]
}

/** One question page: a question, and the simple questions revealed under its options. */
export interface Page {
  /** The id of the page's question: the route is `#/question/<id>`. */
  id: string
  section: Section
  question: Question
  reveals: Reveal[]
}

export interface Model {
  questionnaire: Questionnaire
  pages: Page[]
  pageOf: Map<string, Page>
  questionOf: Map<string, Question>
  sectionOf: Map<string, Section>
}

const REVEALABLE: ReadonlySet<string> = new Set([
  'text',
  'long-text',
  'number',
  'money',
  'percent',
  'date',
])

/**
 * Lay the questionnaire out as pages: one question per page, except that a simple question
 * (text, number, date) whose `show_if` picks options of an earlier one-of or yes-no question in
 * the same section is revealed under those options on that question's page. Everything comes
 * from the questionnaire, so a new question appears with no change to the app.
 *
 * @param questionnaire The questionnaire.
 * @returns The model.
 */
export function buildModel(questionnaire: Questionnaire): Model {
  const pages: Page[] = []
  const pageOf = new Map<string, Page>()
  const questionOf = new Map<string, Question>()
  const sectionOf = new Map<string, Section>()
  for (const section of questionnaire.sections) {
    sectionOf.set(section.id, section)
    const pagesHere = new Map<string, Page>()
    for (const question of section.questions) {
      questionOf.set(question.id, question)
      const parent = revealParent(question, pagesHere)
      if (parent) {
        parent.page.reveals.push({ question, options: parent.options })
        pageOf.set(question.id, parent.page)
        continue
      }
      const page: Page = { id: question.id, section, question, reveals: [] }
      pages.push(page)
      pagesHere.set(question.id, page)
      pageOf.set(question.id, page)
    }
  }
  return { questionnaire, pages, pageOf, questionOf, sectionOf }
}

function revealParent(
  question: Question,
  pagesHere: Map<string, Page>,
): { page: Page; options: string[] } | undefined {
  const condition = question.show_if
  if (!REVEALABLE.has(question.type) || condition === undefined || condition === 'always')
    return undefined
  if (!('answer' in condition)) return undefined
  const page = pagesHere.get(condition.answer)
  if (!page || (page.question.type !== 'one-of' && page.question.type !== 'yes-no'))
    return undefined
  let values: Scalar[]
  if ('is' in condition) values = [condition.is]
  else if ('in' in condition) values = condition.in
  else return undefined
  const options = optionsOf(page.question)
  const picked = values.map((value) =>
    page.question.type === 'yes-no'
      ? value === true
        ? 'yes'
        : value === false
          ? 'no'
          : ''
      : value,
  )
  if (!picked.every((value) => typeof value === 'string' && options.includes(value)))
    return undefined
  return { page, options: picked as string[] }
}

/** The option values of a radio question: a one-of's options, or `yes` and `no`. */
export function optionsOf(question: Question): string[] {
  if (question.type === 'yes-no') return ['yes', 'no']
  return (question.options ?? []).map((option) => option.value)
}

/**
 * The HTML id of a question's field, from its id (never from an answer). A date field's boxes
 * add `-day`, `-month` and `-year`; further radios and checkboxes add `-2`, `-3`, ….
 */
export function fieldId(questionId: string): string {
  return `f-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`
}
