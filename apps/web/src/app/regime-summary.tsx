import { formatDate } from '@betterforus/clauses'
import {
  type Answers,
  deriveRegime,
  getAnswer,
  PA2023_COMMENCEMENT,
} from '@betterforus/questionnaire'

const NATIONS: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

/**
 * Which rules apply and why, in words. The regime itself is `deriveRegime`'s, the one rule the
 * CLI uses; this only says it.
 *
 * @param answers The answers so far.
 * @returns The rules and the reason, or `undefined` until the nation and start date are answered.
 * @example
 *   regimeInWords(answers) //=> { rules: 'the Procurement Act 2023', reason: 'because the procurement starts on 2 March 2026, …' }
 */
export function regimeInWords(answers: Answers): { rules: string; reason: string } | undefined {
  const nation = getAnswer(answers, 'authority.nation')
  const start = getAnswer(answers, 'procurement.startDate')
  if (typeof nation !== 'string') return undefined
  const regime = deriveRegime(answers)
  const where = NATIONS[nation] ?? nation
  if (regime === 'scotland')
    return {
      rules:
        'Scottish procurement law (the Procurement Reform (Scotland) Act 2014 and its regulations)',
      reason: 'because the contracting authority is in Scotland',
    }
  if (typeof start !== 'string') return undefined
  const commencement = formatDate(PA2023_COMMENCEMENT)
  if (regime === 'pcr2015')
    return {
      rules: 'the Public Contracts Regulations 2015',
      reason: `because the procurement started on ${formatDate(start)}, before the Procurement Act 2023 came into force on ${commencement}`,
    }
  return {
    rules: 'the Procurement Act 2023',
    reason: `because the authority is in ${where} and the procurement starts on ${formatDate(start)}, on or after ${commencement}`,
  }
}

/** "The rules that apply": an inset naming the regime and why, with a link to change it. */
export function RegimeSummary({ answers }: { answers: Answers }) {
  const words = regimeInWords(answers)
  if (!words) return null
  return (
    <div class="govuk-inset-text" id="regime-summary">
      <h2 class="govuk-heading-s govuk-!-margin-bottom-1">The rules that apply</h2>
      <p class="govuk-body govuk-!-margin-bottom-0">
        This pack is written for {words.rules}, {words.reason}. To change this, change the nation or
        the procurement start date.
      </p>
    </div>
  )
}
