import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts.js'
import type { FieldProps } from './field-props.js'

/** A long text question: GOV.UK textarea, with its character limit in the hint. */
export function LongTextField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const limit = question.max_length ?? 10_000
  const text = typeof value === 'string' ? value : ''
  const used = [...text].length
  return (
    <FormGroup error={error}>
      <Label question={question} isPageHeading={isPageHeading} />
      <Hint
        question={question}
        extra={`You can enter up to ${limit.toLocaleString('en-GB')} characters.`}
      />
      <ErrorMessage question={question} error={error} />
      <textarea
        class={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={6}
        spellcheck
        value={text}
        aria-describedby={describedBy(question, error)}
        onInput={(event) => onChange(question.id, event.currentTarget.value)}
      />
      {used > limit && (
        <p class="govuk-hint">
          You have {(used - limit).toLocaleString('en-GB')} characters too many
        </p>
      )}
    </FormGroup>
  )
}
