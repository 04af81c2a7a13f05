import type { Model } from './questionnaire-model.js'
import { routeHash } from './routes.js'
import { type SectionStatus, sectionStatus, waitingOn } from './section-status.js'
import type { Validation } from './validate.js'

const STATUS_TEXT: Record<SectionStatus, string> = {
  'not-started': 'Not yet started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'cannot-start': 'Cannot start yet',
  'not-needed': 'Not needed',
}

function Status({ status, id }: { status: SectionStatus; id: string }) {
  if (status === 'not-started' || status === 'in-progress') {
    return (
      <div class="govuk-task-list__status" id={id}>
        <strong
          class={`govuk-tag ${status === 'in-progress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}`}
        >
          {STATUS_TEXT[status]}
        </strong>
      </div>
    )
  }
  const muted = status === 'cannot-start' || status === 'not-needed'
  return (
    <div
      class={`govuk-task-list__status${muted ? ' govuk-task-list__status--cannot-start-yet' : ''}`}
      id={id}
    >
      {STATUS_TEXT[status]}
    </div>
  )
}

/** The GOV.UK task list: one task per questionnaire section, then check and create. */
export function TaskList({
  model,
  validation,
  visited,
}: {
  model: Model
  validation: Validation
  visited: ReadonlySet<string>
}) {
  const statuses = model.questionnaire.sections.map((section) => ({
    section,
    status: sectionStatus(model, section, validation, visited),
    waiting: waitingOn(model, section, validation),
  }))
  const done = statuses.every(({ status }) => status === 'completed' || status === 'not-needed')
  const count = statuses.filter(
    ({ status }) => status === 'completed' || status === 'not-needed',
  ).length
  return (
    <>
      <h2 class="govuk-heading-m">Answer the questions</h2>
      <p class="govuk-body">
        You have completed {count} of {statuses.length} sections.
      </p>
      <ul class="govuk-task-list">
        {statuses.map(({ section, status, waiting }) => {
          const statusId = `task-${section.id}-status`
          const linked = status !== 'cannot-start' && status !== 'not-needed'
          return (
            <li
              class={`govuk-task-list__item${linked ? ' govuk-task-list__item--with-link' : ''}`}
              key={section.id}
            >
              <div class="govuk-task-list__name-and-hint">
                {linked ? (
                  <a
                    class="govuk-link govuk-task-list__link"
                    href={routeHash({ name: 'section', sectionId: section.id })}
                    aria-describedby={statusId}
                  >
                    {section.title}
                  </a>
                ) : (
                  <div>{section.title}</div>
                )}
                {status === 'cannot-start' && waiting.length > 0 && (
                  <div class="govuk-task-list__hint">Answer {listInWords(waiting)} first</div>
                )}
                {status === 'not-needed' && (
                  <div class="govuk-task-list__hint">
                    Your answers so far mean this is not needed
                  </div>
                )}
              </div>
              <Status status={status} id={statusId} />
            </li>
          )
        })}
      </ul>
      <h2 class="govuk-heading-m">Check and create the pack</h2>
      <ul class="govuk-task-list">
        <li class={`govuk-task-list__item${done ? ' govuk-task-list__item--with-link' : ''}`}>
          <div class="govuk-task-list__name-and-hint">
            {done ? (
              <a
                class="govuk-link govuk-task-list__link"
                href="#/check"
                aria-describedby="task-check-status"
              >
                Check your answers and create the tender pack
              </a>
            ) : (
              <>
                <div>Check your answers and create the tender pack</div>
                <div class="govuk-task-list__hint">
                  Complete {statuses.length - count === 1 ? 'the section' : 'all the sections'}{' '}
                  above first
                </div>
              </>
            )}
          </div>
          {done ? (
            <div class="govuk-task-list__status" id="task-check-status">
              <strong class="govuk-tag govuk-tag--blue">Not yet started</strong>
            </div>
          ) : (
            <div
              class="govuk-task-list__status govuk-task-list__status--cannot-start-yet"
              id="task-check-status"
            >
              Cannot start yet
            </div>
          )}
        </li>
      </ul>
    </>
  )
}

function listInWords(items: string[]): string {
  const quoted = items.map((item) => `“${item}”`)
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}
