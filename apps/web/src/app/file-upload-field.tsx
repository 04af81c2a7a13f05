import type { ComponentChildren } from 'preact'

export interface FileUploadFieldProps {
  /** The input's id and name; the hint and error ids are made from it. */
  id: string
  label: string
  /** What to choose, and its size limit. */
  children: ComponentChildren
  /** The file types offered in the chooser (`accept`). */
  accept: string
  /** The file's problems: one is shown here, several are counted (the error summary lists them). */
  errors: string[] | undefined
}

/** The GOV.UK file upload component, with its hint and error message. */
export function FileUploadField({ id, label, children, accept, errors }: FileUploadFieldProps) {
  return (
    <div class={`govuk-form-group${errors ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <div id={`${id}-hint`} class="govuk-hint">
        {children}
      </div>
      {errors && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span>{' '}
          {errors.length === 1 ? errors[0] : `The file has ${errors.length} problems, listed above`}
        </p>
      )}
      <input
        class={`govuk-file-upload${errors ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ''}`}
      />
    </div>
  )
}
