import type { DatePart, DateParts } from '../date-parts.js'
import { isDateParts } from '../form-state.js'
import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Legend } from './field-parts.js'
import type { FieldProps } from './field-props.js'

const PARTS: Array<{ part: DatePart; label: string; width: number }> = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
]

/** A date question: GOV.UK date input (day, month, year), read as an ISO date. */
export function DateField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const parts: DateParts = isDateParts(value) ? value : { day: '', month: '', year: '' }
  const wrong = (part: DatePart) =>
    error !== undefined && (error.part === undefined || error.part === part)
  return (
    <FormGroup error={error}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={describedBy(question, error)}>
        <Legend question={question} isPageHeading={isPageHeading} />
        <Hint question={question} extra="For example, 27 3 2026." />
        <ErrorMessage question={question} error={error} />
        <div class="govuk-date-input" id={id}>
          {PARTS.map(({ part, label, width }) => (
            <div class="govuk-date-input__item" key={part}>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  class={`govuk-input govuk-date-input__input govuk-input--width-${width}${wrong(part) ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autocomplete="off"
                  spellcheck={false}
                  value={parts[part]}
                  onInput={(event) =>
                    onChange(question.id, { ...parts, [part]: event.currentTarget.value })
                  }
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  )
}
