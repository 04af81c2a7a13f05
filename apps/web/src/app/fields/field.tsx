import { DateField } from './date.js'
import type { FieldProps } from './field-props.js'
import { LongTextField } from './long-text.js'
import { NumberField } from './number.js'
import { OneOfField } from './one-of.js'
import { SeveralOfField } from './several-of.js'
import { TextField } from './text.js'
import { YesNoField } from './yes-no.js'

/** The field for a question, by its type. */
export function Field(props: FieldProps) {
  switch (props.question.type) {
    case 'text':
      return <TextField {...props} />
    case 'long-text':
      return <LongTextField {...props} />
    case 'number':
    case 'money':
    case 'percent':
      return <NumberField {...props} />
    case 'date':
      return <DateField {...props} />
    case 'yes-no':
      return <YesNoField {...props} />
    case 'one-of':
      return <OneOfField {...props} />
    case 'several-of':
      return <SeveralOfField {...props} />
  }
}
