import type { Answers } from '@betterforus/questionnaire'
import { getAnswer } from '@betterforus/questionnaire'
import type { Model, Page } from './questionnaire-model.js'
import type { Route } from './routes.js'

/**
 * The visible pages of a section, in order.
 *
 * @param model The model.
 * @param sectionId The section.
 * @param visible The visible question ids.
 * @returns The pages.
 */
export function sectionPages(
  model: Model,
  sectionId: string,
  visible: ReadonlySet<string>,
): Page[] {
  return model.pages.filter((page) => page.section.id === sectionId && visible.has(page.id))
}

/**
 * Where "Continue" goes: the next visible page of the section, then the task list. After a
 * change from check your answers, back there, unless the change showed an unanswered question.
 *
 * @param model The model.
 * @param page The page just completed.
 * @param visible The visible question ids.
 * @param answers The answers.
 * @param returnToCheck Whether the page was reached from check your answers.
 * @returns The route.
 */
export function nextRoute(
  model: Model,
  page: Page,
  visible: ReadonlySet<string>,
  answers: Answers,
  returnToCheck: boolean,
): Route {
  const pages = sectionPages(model, page.section.id, visible)
  const after = pages.slice(pages.findIndex((candidate) => candidate.id === page.id) + 1)
  if (returnToCheck) {
    const unanswered = after.find(
      (candidate) =>
        candidate.question.required === true && getAnswer(answers, candidate.id) === undefined,
    )
    return unanswered
      ? { name: 'question', pageId: unanswered.id, returnToCheck: true }
      : { name: 'check' }
  }
  const next = after[0]
  return next ? { name: 'question', pageId: next.id, returnToCheck: false } : { name: 'tasks' }
}

/**
 * Where the back link goes.
 *
 * @param model The model.
 * @param page The current page.
 * @param visible The visible question ids.
 * @param returnToCheck Whether the page was reached from check your answers.
 * @returns The route.
 */
export function backRoute(
  model: Model,
  page: Page,
  visible: ReadonlySet<string>,
  returnToCheck: boolean,
): Route {
  if (returnToCheck) return { name: 'check' }
  const pages = sectionPages(model, page.section.id, visible)
  const index = pages.findIndex((candidate) => candidate.id === page.id)
  const previous = index > 0 ? pages[index - 1] : undefined
  return previous
    ? { name: 'question', pageId: previous.id, returnToCheck: false }
    : { name: 'tasks' }
}
