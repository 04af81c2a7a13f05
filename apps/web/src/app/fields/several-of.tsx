import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Legend } from './field-parts.js'
import type { FieldProps } from './field-props.js'

/** A several-of question: GOV.UK checkboxes. */
export function SeveralOfField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const picked = Array.isArray(value) ? value : []
  const options = question.options ?? []
  const toggle = (option: string, on: boolean) => {
    const next = options
      .map((candidate) => candidate.value)
      .filter((candidate) => (candidate === option ? on : picked.includes(candidate)))
    onChange(question.id, next)
  }
  return (
    <FormGroup error={error}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(question, error)}>
        <Legend question={question} isPageHeading={isPageHeading} />
        <Hint question={question} extra="Select all that apply." />
        <ErrorMessage question={question} error={error} />
        <div class="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`
            return (
              <div class="govuk-checkboxes__item" key={option.value}>
                <input
                  class="govuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  checked={picked.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={optionId}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
