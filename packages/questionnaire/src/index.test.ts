import { expect, it } from 'vitest'
import * as api from './index.js'

it('should expose the public api', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DERIVED_FACTS',
    'MAX_ANSWERS_BYTES',
    'MAX_YAML_DEPTH',
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
    'deriveRegime',
    'evaluateCondition',
    'explainCondition',
    'getAnswer',
    'isPrototypeName',
    'isRealDate',
    'listQuestions',
    'migrateAnswers',
    'migrationSchema',
    'nodePlace',
    'parseAnswers',
    'parseQuestionnaire',
    'parseYaml',
    'questionSchema',
    'questionnaireSchema',
    'reportError',
    'visibleQuestionIds',
    'yamlToValue',
  ])
})
