import { type ComponentChildren, Fragment } from 'preact'
import { fieldId } from '../questionnaire-model.js'
import { describedBy, ErrorMessage, FormGroup, Hint, Legend } from './field-parts.js'
import type { FieldProps } from './field-props.js'

export interface RadioOption {
  value: string
  label: string
}

/**
 * GOV.UK radios, with conditional reveals: the content for an option is shown under it when it
 * is picked. The first radio takes the field's id, so the error summary links to it.
 */
export function Radios({
  question,
  value,
  error,
  onChange,
  isPageHeading,
  reveals,
  options,
  inline,
}: FieldProps & { options: RadioOption[]; inline: boolean }) {
  const id = fieldId(question.id)
  const hasReveals = reveals !== undefined && reveals.size > 0
  return (
    <FormGroup error={error}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(question, error)}>
        <Legend question={question} isPageHeading={isPageHeading} />
        <Hint question={question} />
        <ErrorMessage question={question} error={error} />
        <div
          class={`govuk-radios${inline && !hasReveals ? ' govuk-radios--inline' : ''}${hasReveals ? ' govuk-radios--conditional' : ''}`}
        >
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`
            const reveal: ComponentChildren | undefined = reveals?.get(option.value)
            const checked = value === option.value
            return (
              <Fragment key={option.value}>
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    id={optionId}
                    name={id}
                    type="radio"
                    value={option.value}
                    checked={checked}
                    aria-controls={reveal === undefined ? undefined : `conditional-${optionId}`}
                    onChange={() => onChange(question.id, option.value)}
                  />
                  <label class="govuk-label govuk-radios__label" for={optionId}>
                    {option.label}
                  </label>
                </div>
                {reveal !== undefined && (
                  <div
                    class={`govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={`conditional-${optionId}`}
                  >
                    {checked ? reveal : null}
                  </div>
                )}
              </Fragment>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
