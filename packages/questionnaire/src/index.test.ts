import { expect, it } from 'vitest'
import * as api from './index.js'

it('should expose the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'AUTHORITY_KIND_INPUTS',
    'DERIVED_FACTS',
    'MAX_ANSWERS_BYTES',
    'PA2023_COMMENCEMENT',
    'QUESTION_TYPES',
    'answersJsonSchema',
    'answersSha256',
    'buildAnswersSchema',
    'canonicalAnswers',
    'checkQuestionnaire',
    'conditionReferences',
    'conditionSchema',
    'createFacts',
    'deriveAuthorityKind',
    'deriveRegime',
    'evaluateCondition',
    'explainCondition',
    'getAnswer',
    'listQuestions',
    'migrateAnswers',
    'migrationSchema',
    'parseAnswers',
    'parseQuestionnaire',
    'questionSchema',
    'questionnaireSchema',
    'visibleQuestionIds',
  ])
})
