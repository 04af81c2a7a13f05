import { useEffect, useState } from 'preact/hooks'
import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts.js'
import type { FieldProps } from './field-props.js'

/**
 * A long text question: the GOV.UK character count component (textarea, the limit in words for
 * screen readers, and a count that updates as you type, announced politely).
 */
export function LongTextField({ question, value, error, onChange, isPageHeading }: FieldProps) {
  const id = fieldId(question.id)
  const limit = question.max_length ?? 10_000
  const text = typeof value === 'string' ? value : ''
  const used = [...text].length
  const left = limit - used
  const status =
    left >= 0
      ? `You have ${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} remaining`
      : `You have ${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`
  // Note: as govuk-frontend does, screen readers hear the count once typing pauses, not per key.
  const [announced, setAnnounced] = useState(status)
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(status), 1000)
    return () => window.clearTimeout(timer)
  }, [status])
  return (
    <FormGroup error={error} extraClass="govuk-character-count">
      <Label question={question} isPageHeading={isPageHeading} />
      <Hint question={question} />
      <ErrorMessage question={question} error={error} />
      <textarea
        class={`govuk-textarea govuk-js-character-count${error || left < 0 ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={6}
        spellcheck
        value={text}
        aria-describedby={`${describedBy(question, error) ?? ''} ${id}-info`.trim()}
        onInput={(event) => onChange(question.id, event.currentTarget.value)}
      />
      <div
        id={`${id}-info`}
        class="govuk-hint govuk-character-count__message govuk-visually-hidden"
      >
        You can enter up to {limit.toLocaleString('en-GB')} characters
      </div>
      <div
        class={`govuk-character-count__status ${left < 0 ? 'govuk-error-message' : 'govuk-hint'}`}
        aria-hidden="true"
      >
        {status}
      </div>
      <div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </FormGroup>
  )
}
