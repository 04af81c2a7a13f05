import { conditionSchema } from '@betterforus/questionnaire'
import { z } from 'zod'
import {
  confidenceSchema,
  contractTypes,
  idSchema,
  isoDateSchema,
  nations,
  principles,
  regimeSchema,
  regimes,
} from './common.js'
import { versionSchema } from './version-schema.js'

const legalBasisEntrySchema = z.strictObject({
  cite: z.string().trim().min(1),
  source: z.string().trim().min(1).optional(),
  tag: confidenceSchema,
})

const changelogEntrySchema = z.strictObject({
  version: versionSchema,
  date: isoDateSchema,
  summary: z.string().trim().min(1),
  reason: z.string().trim().min(1),
  reviewer: z.string().trim().min(1).optional(),
})

/** The YAML front matter of a clause file, as described in `templates/README.md`. */
export const clauseFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1),
  version: versionSchema,
  status: z.enum(['draft', 'review', 'published', 'withdrawn']),
  principles: z.array(z.enum(principles)).min(1),
  categories: z.array(z.string().trim().min(1)).optional(),
  variant: z
    .strictObject({ group: idSchema, kind: z.enum(['require', 'score', 'encourage']) })
    .optional(),
  applies: z.strictObject({
    regimes: z.array(z.enum(regimes)).min(1),
    nations: z.array(z.enum(nations)).min(1),
    contract_types: z.array(z.enum(contractTypes)).min(1),
  }),
  include_when: conditionSchema,
  legal_basis: z.partialRecord(regimeSchema, z.array(legalBasisEntrySchema).min(1)),
  drafting_note: z.string().trim().min(1),
  risk_note: z.string().trim().min(1).optional(),
  definitions: z.strictObject({
    introduces: z.array(z.string().trim().min(1)).default([]),
    uses: z.array(z.string().trim().min(1)).default([]),
  }),
  data: z.array(z.string().trim().min(1)).optional(),
  flow_down: z.enum(['none', 'mirror', 'reasonable-steps']),
  reporting: z.array(z.record(z.string(), z.unknown())).optional(),
  remedies: z.array(idSchema).optional(),
  sources: z.array(z.string().trim().min(1)).optional(),
  licence: z.string().trim().min(1),
  changelog: z.array(changelogEntrySchema).min(1),
})

export type ClauseFrontMatter = z.infer<typeof clauseFrontMatterSchema>
