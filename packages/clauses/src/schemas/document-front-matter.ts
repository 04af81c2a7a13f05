import { z } from 'zod'
import { idSchema } from './common.js'
import { versionSchema } from './version-schema.js'

/** The YAML front matter of a pack document: which clauses go where. */
export const documentFrontMatterSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().trim().min(1),
    version: versionSchema,
    /** `clauses`: numbered clauses; `memo`: the drafting memo, built from the whole pack (drafter copy only). */
    kind: z.enum(['clauses', 'memo']).default('clauses'),
    definitions: z.boolean().default(false),
    /** The answers may leave the document with no clause (its opening text says what that means). */
    may_be_empty: z.boolean().default(false),
    clauses: z.array(idSchema).default([]),
  })
  .refine((document) => document.kind === 'memo' || document.clauses.length > 0, {
    message: 'a document of kind `clauses` lists at least one clause in `clauses`',
    path: ['clauses'],
  })

export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>
