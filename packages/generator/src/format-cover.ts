import { formatDate } from '@betterforus/clauses'
import { type Answers, getAnswer } from '@betterforus/questionnaire'

/** The cover block of every document: authority, contract, reference and date, as printed. */
export function formatCover(answers: Answers) {
  const text = (id: string) => {
    const value = getAnswer(answers, id)
    return value === undefined ? '' : String(value)
  }
  return {
    authority: text('authority.name'),
    title: text('contract.title'),
    reference: text('procurement.reference'),
    date: formatDate(text('document.date')),
  }
}
