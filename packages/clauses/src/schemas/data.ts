import { z } from 'zod'
import {
  confidenceSchema,
  idSchema,
  isoDateSchema,
  nations,
  type Regime,
  regimeSchema,
} from './common.js'

const rateSchema = z.strictObject({
  scheme: z.enum(['rlw', 'nlw']),
  region: z.enum(['uk', 'london', 'all']),
  rate: z.number().positive(),
  announced_on: isoDateSchema,
  effective_from: isoDateSchema,
  comply_by: isoDateSchema.optional(),
  source: z.string().trim().min(1),
  tag: confidenceSchema,
  note: z.string().trim().min(1).optional(),
})

/** `data/rates.yaml`: Real Living Wage and National Living Wage rates, each dated and sourced. */
export const ratesFileSchema = z.strictObject({
  version: z.string().trim().min(1),
  rates: z.array(rateSchema).min(1),
})

const thresholdSchema = z.strictObject({
  value: z.number().nonnegative(),
  unit: z.enum(['pounds', 'percent', 'count', 'days']),
  meaning: z.string().trim().min(1),
  source: z.string().trim().min(1),
  tag: confidenceSchema,
  effective_from: isoDateSchema.optional(),
})

/** `data/thresholds.yaml`: statutory and policy figures that can be amended. */
export const thresholdsFileSchema = z.strictObject({
  version: z.string().trim().min(1),
  thresholds: z.record(idSchema, thresholdSchema),
})

/** The kinds of authority a provision may leave out (see `deriveAuthorityKind`). */
export const authorityKinds = ['welsh-devolved', 'ni-devolved', 'other'] as const

const provisionSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Phrases that identify the provision in operative text: exact, case-sensitive. */
  text: z.array(z.string().trim().min(1)).min(1),
  applies: z.strictObject({
    regimes: z.array(regimeSchema).min(1),
    nations: z.array(z.enum(nations)).min(1).optional(),
    not_authorities: z.array(z.enum(authorityKinds)).min(1).optional(),
    /** In force for procurements started on or after this date. */
    from: isoDateSchema.optional(),
    /** The date for Welsh devolved authorities where it differs; `never` where not commenced. */
    from_welsh_devolved: z.union([isoDateSchema, z.literal('never')]).optional(),
  }),
  source: z.string().trim().min(1),
  tag: confidenceSchema,
})

const citationFormSchema = z.strictObject({
  /** The provisions it cites: the form is printed only where all of them apply. */
  provisions: z.array(idSchema).min(1).optional(),
  full: z.string().trim().min(1),
  short: z.string().trim().min(1),
})

/**
 * A regime's forms of a topic. Library 1.0 wrote one `{ full, short }` per regime, with no scope:
 * it is read as a single form without provisions, so a release made before scoped citations can
 * still be redlined, re-rendered and verified against.
 */
const citationFormsSchema = z.union([
  z.array(citationFormSchema).min(1),
  z
    .strictObject({ full: z.string().trim().min(1), short: z.string().trim().min(1) })
    .transform((form): z.infer<typeof citationFormSchema>[] => [form]),
])

/**
 * `data/citations.yaml`: every provision the library prints, with where it applies, and per
 * topic and regime the forms `cite` chooses from, in order.
 */
export const citationsFileSchema = z
  .strictObject({
    provisions: z.record(idSchema, provisionSchema).default({}),
    citations: z.record(idSchema, z.partialRecord(regimeSchema, citationFormsSchema)),
  })
  .superRefine((file, context) => {
    for (const [topic, byRegime] of Object.entries(file.citations)) {
      for (const [regime, forms] of Object.entries(byRegime ?? {})) {
        forms.forEach((form, index) => {
          const path = ['citations', topic, regime, index]
          for (const id of form.provisions ?? []) {
            const provision = file.provisions[id]
            if (!provision)
              context.addIssue({
                code: 'custom',
                path: [...path, 'provisions'],
                message: `\`${id}\` is not a provision; add it under \`provisions\` or fix the id`,
              })
            else if (!provision.applies.regimes.includes(regime as Regime))
              context.addIssue({
                code: 'custom',
                path: [...path, 'provisions'],
                message: `\`${id}\` does not apply under ${regime}; cite a ${regime} provision`,
              })
          }
          if (!form.provisions && index < forms.length - 1)
            context.addIssue({
              code: 'custom',
              path,
              message:
                'a form without provisions always applies, so it must be the last (the fallback)',
            })
        })
      }
    }
  })

export type Rate = z.infer<typeof rateSchema>
export type Threshold = z.infer<typeof thresholdSchema>
export type Citation = z.infer<typeof citationFormSchema>
export type Provision = z.infer<typeof provisionSchema>
export type AuthorityKind = (typeof authorityKinds)[number]
