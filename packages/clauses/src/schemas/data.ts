import { z } from 'zod'
import { confidenceSchema, idSchema, isoDateSchema, regimeSchema } from './common.js'

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

const citationFormSchema = z.strictObject({
  full: z.string().trim().min(1),
  short: z.string().trim().min(1),
})

/** `data/citations.yaml`: how each topic is cited under each regime. */
export const citationsFileSchema = z.strictObject({
  citations: z.record(idSchema, z.partialRecord(regimeSchema, citationFormSchema)),
})

export type Rate = z.infer<typeof rateSchema>
export type Threshold = z.infer<typeof thresholdSchema>
export type Citation = z.infer<typeof citationFormSchema>
