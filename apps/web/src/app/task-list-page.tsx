import type { ComponentChildren } from 'preact'
import { LoadLayerLine } from './layer-tag.js'
import type { Model } from './questionnaire-model.js'
import { TaskList } from './task-list.js'
import type { Validation } from './validate.js'

/** The task list page: the sections, check and create, and the draft controls. */
export function TaskListPage({
  model,
  validation,
  visited,
  children,
}: {
  model: Model
  validation: Validation
  visited: ReadonlySet<string>
  children: ComponentChildren
}) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl" tabIndex={-1}>
            Build your tender pack
          </h1>
          <p class="govuk-body">
            Answer the questions in each section. You can do them in any order and come back later:
            your answers are saved in this browser as you go.
          </p>
          <TaskList model={model} validation={validation} visited={visited} />
          <h2 class="govuk-heading-m">Your draft</h2>
          {children}
          <p class="govuk-body">
            You can also{' '}
            <a class="govuk-link" href="#/answers-file">
              save your answers as a file or load an answers file
            </a>
            .
          </p>
          <LoadLayerLine />
        </div>
      </div>
    </main>
  )
}
