import { expect, it } from 'vitest'
import * as api from './index.js'

it('should expose the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DERIVED_FACTS',
    'MAX_ANSWERS_BYTES',
    'PA2023_COMMENCEMENT',
    'QUESTION_TYPES',
    'REGIME_INPUTS',
    'UNKNOWN',
    'answersJsonSchema',
    'answersSchemaFor',
    'answersSha256',
    'buildAnswersSchema',
    'canonicalAnswers',
    'checkQuestionnaire',
    'conditionReferences',
    'conditionSchema',
    'createFacts',
    'decidePartly',
    'deriveRegime',
    'evaluateCondition',
    'explainCondition',
    'getAnswer',
    'listQuestions',
    'migrateAnswers',
    'migrationSchema',
    'parseAnswers',
    'parseQuestionnaire',
    'parseYaml',
    'questionSchema',
    'questionnaireSchema',
    'regimeSoFar',
    'regimes',
    'ruleViolations',
    'visibleQuestionIds',
  ])
})
