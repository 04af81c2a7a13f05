import type { Answers, Questionnaire } from '@betterforus/questionnaire'
import { useState } from 'preact/hooks'
import { answersFileText } from './answers-file-text.js'
import { downloadFile, MIME } from './download-file.js'
import { ErrorSummary } from './error-summary.js'
import { FileUploadField } from './file-upload-field.js'
import { fileSizeProblem, loadAnswers } from './load-answers.js'

const FILE_INPUT = 'answers-file'

/**
 * Save the answers as a JSON file, and load a JSON or YAML answers file back. A file is checked
 * in full before anything changes: with any problem, every problem is listed and the answers
 * on screen stay as they were.
 */
export function AnswersFile({
  questionnaire,
  answers,
  onLoad,
  children,
}: {
  questionnaire: Questionnaire
  answers: Answers
  onLoad: (answers: Answers, missing: number, conflicts: number, notes: string[]) => void
  children?: preact.ComponentChildren
}) {
  const [errors, setErrors] = useState<string[] | undefined>(undefined)
  const [reading, setReading] = useState(false)

  const load = async (event: Event) => {
    event.preventDefault()
    const input = document.getElementById(FILE_INPUT) as HTMLInputElement | null
    const file = input?.files?.[0]
    if (!file) {
      setErrors(['Select an answers file'])
      return
    }
    const tooLarge = fileSizeProblem(file.size)
    if (tooLarge) {
      setErrors([tooLarge])
      return
    }
    setReading(true)
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const result = loadAnswers(bytes, file.name, questionnaire)
      if (result.kind === 'error') {
        setErrors(result.messages)
        return
      }
      setErrors(undefined)
      onLoad(result.answers, result.missing, result.conflicts, result.notes)
    } catch {
      setErrors([
        'The selected file could not be read; save it as UTF-8 JSON or YAML and try again',
      ])
    } finally {
      setReading(false)
    }
  }

  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors && (
            <ErrorSummary
              title={
                errors.length === 1
                  ? 'There is a problem with the file'
                  : `There are ${errors.length} problems with the file`
              }
              items={errors.map((message) => ({ message, target: FILE_INPUT }))}
            />
          )}
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Save or load your answers
          </h1>
          <h2 class="govuk-heading-m">Save your answers as a file</h2>
          <p class="govuk-body">
            Save a file to keep your answers, share them with a colleague or continue on another
            computer. The file is JSON and stays on your computer until you choose to share it.
          </p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-download="betterforus-answers.json"
            onClick={() =>
              downloadFile('betterforus-answers.json', answersFileText(answers), MIME.json)
            }
          >
            Save answers as a file
          </button>
          <h2 class="govuk-heading-m">Load an answers file</h2>
          <p class="govuk-body">
            Loading a file replaces all your answers in this browser. A file with any problem is not
            loaded, and your answers stay as they are.
          </p>
          <form noValidate onSubmit={load}>
            <FileUploadField
              id={FILE_INPUT}
              label="Upload an answers file"
              accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
              errors={errors}
            >
              A JSON or YAML file saved from this service or written by your own systems, up to 1
              MB.
            </FileUploadField>
            <button type="submit" class="govuk-button" disabled={reading}>
              Load answers
            </button>
          </form>
          {children}
        </div>
      </div>
    </main>
  )
}
