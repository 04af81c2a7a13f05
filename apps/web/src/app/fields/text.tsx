import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts.js'
import type { FieldProps } from './field-props.js'

/** A one-line text question: GOV.UK text input. */
export function TextField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const short = (question.max_length ?? 500) <= 30
  return (
    <FormGroup error={error}>
      <Label question={question} isPageHeading={isPageHeading} />
      <Hint question={question} />
      <ErrorMessage question={question} error={error} />
      <input
        class={`govuk-input${short ? ' govuk-input--width-20' : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={describedBy(question, error)}
        onInput={(event) => onChange(question.id, event.currentTarget.value)}
      />
    </FormGroup>
  )
}
