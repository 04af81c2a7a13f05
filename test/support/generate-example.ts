import { readFileSync } from 'node:fs'
import { catalog } from '@betterforus/clauses'
import { generatePack, type Pack } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'

/** The validated answers of an example file, or an error naming every problem. */
export function exampleAnswers(file: string): Answers {
  const { answers, file: messages } = parseAnswers(
    readFileSync(file, 'utf8'),
    catalog.questionnaire,
    { path: file },
  )
  if (!answers) throw new Error(messages.messages.map(String).join('\n'))
  return answers
}

/** The pack of an example file, in process. */
export function examplePack(file: string, copy: 'drafter' | 'issue' = 'drafter'): Pack {
  return generatePack(exampleAnswers(file), { catalog, copy })
}
