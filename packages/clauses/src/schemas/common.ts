import { type Regime, regimes } from '@betterforus/questionnaire'
import { z } from 'zod'

/** A kebab-case id such as `pay-rlw-require`. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'use kebab-case: lower-case letters, digits and hyphens',
  )

/** An ISO date such as `2026-05-01`, kept as text. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date such as 2026-05-01 (in quotes)')

// Note: the regimes are the questionnaire's, which derives them.
export { type Regime, regimes }
export const regimeSchema = z.enum(regimes)

export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const
export const contractTypes = ['services', 'works', 'goods'] as const
export const principles = [
  'respect',
  'decent-pay',
  'good-work',
  'sustainable-procurement',
  'employee-voice',
] as const

/** How confident the source of a fact is: verified, secondary or unverified. */
export const confidenceSchema = z.enum(['V', 'S', 'U'])
