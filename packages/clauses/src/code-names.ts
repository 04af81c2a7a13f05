// The catalog's codes in words, for readers: regimes, nations, principles, statuses and the
// confidence tags of a legal basis. Typed by the library's own lists, so a new code fails the
// type check until it has a name here. Used by the release bundle and the web app's library.
import type { z } from 'zod'
import type { ClauseFrontMatter } from './schemas/clause-front-matter.js'
import type { confidenceSchema, nations, principles, Regime } from './schemas/common.js'

type Nation = (typeof nations)[number]
type Principle = (typeof principles)[number]
type Status = ClauseFrontMatter['status']
type Confidence = z.infer<typeof confidenceSchema>

export const REGIME_NAMES: Readonly<Record<Regime, string>> = {
  pa2023: 'Procurement Act 2023',
  pcr2015: 'Public Contracts Regulations 2015',
  scotland: 'Scottish regime',
}

export const NATION_NAMES: Readonly<Record<Nation, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

export const PRINCIPLE_NAMES: Readonly<Record<Principle, string>> = {
  respect: 'Respect',
  'decent-pay': 'Decent pay',
  'good-work': 'Good work',
  'sustainable-procurement': 'Sustainable procurement',
  'employee-voice': 'Employee voice',
}

/** A clause's status in words, for a reader deciding whether to adopt it. */
export const STATUS_NAMES: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  review: 'Awaiting legal review',
  published: 'Published',
  withdrawn: 'Withdrawn',
}

/** The confidence tag of a legal basis entry, named and explained (`templates/README.md`). */
export const CONFIDENCE_NAMES: Readonly<Record<Confidence, { name: string; meaning: string }>> = {
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
