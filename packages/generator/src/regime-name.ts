import type { Regime } from '@betterforus/clauses'

/** The procurement regime as the drafting memo names it. */
export const regimeName: Record<Regime, string> = {
  pa2023: 'Procurement Act 2023',
  pcr2015: 'Public Contracts Regulations 2015 (procurement started before 24 February 2025)',
  scotland: 'Scottish regime (Procurement Reform (Scotland) Act 2014 and its regulations)',
}
