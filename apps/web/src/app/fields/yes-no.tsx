import type { FieldProps } from './field-props.js'
import { Radios } from './radios.js'

const OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

/** A yes/no question: GOV.UK inline radios (stacked when an option reveals a question). */
export function YesNoField(props: FieldProps) {
  return <Radios {...props} options={OPTIONS} inline />
}
