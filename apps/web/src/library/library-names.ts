// How the library names the catalog's codes in words: regimes, nations, contract types,
// principles, statuses and the confidence tags of a legal basis.

export const REGIME_NAMES = {
  pa2023: 'Procurement Act 2023',
  pcr2015: 'Public Contracts Regulations 2015',
  scotland: 'Scottish regime',
} as const

export const NATION_NAMES: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

export const PRINCIPLE_NAMES: Record<string, string> = {
  respect: 'Respect',
  'decent-pay': 'Decent pay',
  'good-work': 'Good work',
  'sustainable-procurement': 'Sustainable procurement',
  'employee-voice': 'Employee voice',
}

/** A clause's status in words, for a reader deciding whether to adopt it. */
export const STATUS_NAMES: Record<string, string> = {
  draft: 'Draft',
  review: 'Awaiting legal review',
  published: 'Published',
  withdrawn: 'Withdrawn',
}

/** The confidence tag of a legal basis entry, explained (`templates/README.md`, facts.md). */
export const TAG_NAMES: Record<string, { name: string; meaning: string }> = {
  V: {
    name: 'Verified',
    meaning: 'checked in a primary or official source, such as legislation or GOV.UK',
  },
  S: {
    name: 'Secondary source',
    meaning: 'found only in a secondary source, such as a law firm or trade body',
  },
  U: {
    name: 'Unverified',
    meaning: 'inferred or a design proposal: the drafting note says what a lawyer must check',
  },
}

/** A contract type code in words: `goods-and-services` → `Goods and services`. */
export function contractTypeName(code: string): string {
  const words = code.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A name from a table, or the code itself. */
export function nameOf(table: Record<string, string>, code: string): string {
  return table[code] ?? code
}
