import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts.js'
import type { FieldProps } from './field-props.js'

/** A number, money (prefix £) or percent (suffix %) question: GOV.UK text input with inputmode. */
export function NumberField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const money = question.type === 'money'
  const percent = question.type === 'percent'
  const whole = question.whole_number === true
  const input = (
    <input
      class={`govuk-input ${percent ? 'govuk-input--width-3' : whole ? 'govuk-input--width-4' : 'govuk-input--width-10'}${error ? ' govuk-input--error' : ''}`}
      id={id}
      name={id}
      type="text"
      inputMode={whole ? 'numeric' : 'decimal'}
      autocomplete="off"
      spellcheck={false}
      value={typeof value === 'string' ? value : ''}
      aria-describedby={describedBy(question, error)}
      onInput={(event) => {
        // Note: the box already shows a £ prefix, so a £ typed at the start is dropped ("£ £").
        const typed = event.currentTarget.value
        const next = money ? typed.replace(/^\s*£\s*/, '') : typed
        if (next !== typed) event.currentTarget.value = next
        onChange(question.id, next)
      }}
    />
  )
  return (
    <FormGroup error={error}>
      <Label question={question} isPageHeading={isPageHeading} />
      <Hint question={question} />
      <ErrorMessage question={question} error={error} />
      {money || percent ? (
        <div class="govuk-input__wrapper">
          {money && (
            <div class="govuk-input__prefix" aria-hidden="true">
              £
            </div>
          )}
          {input}
          {percent && (
            <div class="govuk-input__suffix" aria-hidden="true">
              %
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  )
}
