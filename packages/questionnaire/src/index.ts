// The public API of @betterforus/questionnaire.
// Note: deliberately left out are most helpers behind `parseAnswers` (character checks, messages),
// so they can change without a major release. The hardened YAML reader and the fatal-message
// helper are exported: the clause compiler reads a fork's front matter and data with them, so every
// untrusted YAML file gets the same limits and the same kind of message.
export type { Answers, AnswerValue } from './answers.js'
export { getAnswer, setAtId } from './answers.js'
export { answersJsonSchema } from './answers-json-schema.js'
export { answersSchemaFor } from './answers-schema-for.js'
export { answersSha256 } from './answers-sha256.js'
export { buildAnswersSchema } from './build-answers-schema.js'
export { canonicalAnswers } from './canonical-answers.js'
export { checkQuestionnaire, type QuestionnaireProblem } from './check-questionnaire.js'
export { type Condition, conditionSchema, type Facts, type Scalar } from './condition.js'
export { conditionReferences } from './condition-references.js'
export { createFacts } from './create-facts.js'
export { decidePartly, type PartialFacts, UNKNOWN } from './decide-partly.js'
export {
  AUTHORITY_KIND_INPUTS,
  type AuthorityKind,
  deriveAuthorityKind,
} from './derive-authority-kind.js'
export {
  DERIVED_FACTS,
  deriveRegime,
  PA2023_COMMENCEMENT,
  REGIME_INPUTS,
  type Regime,
  regimeSoFar,
  regimes,
} from './derive-regime.js'
export { evaluateCondition } from './evaluate-condition.js'
export { explainCondition } from './explain-condition.js'
export { isPrototypeName } from './is-prototype-name.js'
export { isRealDate } from './is-real-date.js'
export { listQuestions } from './list-questions.js'
export { type MigrationReport, migrateAnswers } from './migrate-answers.js'
export { nodePlace } from './node-place.js'
export {
  MAX_ANSWERS_BYTES,
  type ParseAnswersOptions,
  type ParseAnswersResult,
  parseAnswers,
} from './parse-answers.js'
export { type ParseQuestionnaireResult, parseQuestionnaire } from './parse-questionnaire.js'
export {
  MAX_DEPTH as MAX_YAML_DEPTH,
  type ParsedYaml,
  type ParseYamlOptions,
  parseYaml,
} from './parse-yaml.js'
export { QUESTION_TYPES, type Question, type QuestionType, questionSchema } from './question.js'
export {
  type Migration,
  migrationSchema,
  type Questionnaire,
  questionnaireSchema,
} from './questionnaire.js'
export { messageLines, type Place, reportError } from './report-error.js'
export { type RuleViolation, ruleViolations } from './rule-violations.js'
export { visibleQuestionIds } from './visible-question-ids.js'
export { yamlToValue } from './yaml-to-value.js'
