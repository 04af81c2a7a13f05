import { conditionReferences, getAnswer } from '@betterforus/questionnaire'
import type { Model, Section } from './questionnaire-model.js'
import type { Validation } from './validate.js'

export type SectionStatus =
  | 'not-started'
  | 'in-progress'
  | 'completed'
  | 'cannot-start'
  | 'not-needed'

/**
 * The task-list status of a section.
 *
 * - `cannot-start`: no question is shown yet because it depends on an earlier, unanswered one;
 * - `not-needed`: no question is shown, given the answers so far;
 * - `completed`: every shown question is valid and the section has been visited;
 * - `not-started`: nothing shown is answered or visited; otherwise `in-progress`.
 *
 * @param model The questionnaire model.
 * @param section The section.
 * @param validation The whole form's validation.
 * @param visited Ids of question pages the user has continued from.
 * @returns The status.
 */
export function sectionStatus(
  model: Model,
  section: Section,
  validation: Validation,
  visited: ReadonlySet<string>,
): SectionStatus {
  const shown = section.questions.filter((question) => validation.visible.has(question.id))
  if (shown.length === 0) {
    const waiting = section.questions.some((question) =>
      question.show_if === undefined
        ? false
        : conditionReferences(question.show_if).some(
            (id) => id !== 'regime' && getAnswer(validation.answers, id) === undefined,
          ),
    )
    return waiting ? 'cannot-start' : 'not-needed'
  }
  const answered = shown.some(
    (question) =>
      getAnswer(validation.answers, question.id) !== undefined || visited.has(question.id),
  )
  if (!answered) return 'not-started'
  const failing = validation.errors.some((error) =>
    shown.some((question) => question.id === error.questionId),
  )
  const pagesVisited = model.pages
    .filter((page) => page.section.id === section.id && validation.visible.has(page.id))
    .every((page) => visited.has(page.id) || getAnswer(validation.answers, page.id) !== undefined)
  return !failing && pagesVisited ? 'completed' : 'in-progress'
}

/**
 * The sections whose answers a section that cannot start yet is waiting for, by title.
 *
 * @param model The model.
 * @param section The section.
 * @param validation The answers so far.
 * @returns The titles, in questionnaire order, without repeats.
 */
export function waitingOn(model: Model, section: Section, validation: Validation): string[] {
  const ids = section.questions.flatMap((question) =>
    question.show_if === undefined
      ? []
      : conditionReferences(question.show_if).filter(
          (id) => getAnswer(validation.answers, id) === undefined,
        ),
  )
  // Note: `regime` is derived from the nation and the start date.
  const inputs = ids.flatMap((id) =>
    id === 'regime' ? ['authority.nation', 'procurement.startDate'] : [id],
  )
  const titles = new Set(
    inputs
      .filter((id) => getAnswer(validation.answers, id) === undefined)
      .map((id) => model.pageOf.get(id)?.section.title)
      .filter((title): title is string => title !== undefined && title !== section.title),
  )
  return model.questionnaire.sections
    .map((candidate) => candidate.title)
    .filter((title) => titles.has(title))
}
