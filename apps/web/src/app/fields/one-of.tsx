import type { FieldProps } from './field-props.js'
import { Radios } from './radios.js'

/** A one-of question: GOV.UK radios, with conditional reveals for later questions. */
export function OneOfField(props: FieldProps) {
  return <Radios {...props} options={props.question.options ?? []} inline={false} />
}
