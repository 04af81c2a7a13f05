import { readFileSync } from 'node:fs'
import { catalog } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'
import { parseAnswers } from '@betterforus/questionnaire'
import { examples } from '../support/paths.js'

export interface ParsedExample {
  name: string
  file: string
  answers: Answers
}

/** Parse every example answers file in `templates/examples/` once; throw on any problem. */
export function parseExamples(): ParsedExample[] {
  return examples.map(({ name, file }) => {
    const parsed = parseAnswers(readFileSync(file), catalog.questionnaire, { path: file })
    if (!parsed.answers) {
      throw new Error(`${file}: ${parsed.file.messages.map(String).join('; ')}`)
    }
    return { name, file, answers: parsed.answers }
  })
}
