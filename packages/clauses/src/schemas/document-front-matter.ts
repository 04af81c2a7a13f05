import { z } from 'zod'
import { idSchema, versionSchema } from './common.js'

/** The YAML front matter of a pack document: which clauses go where. */
export const documentFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1),
  version: versionSchema,
  definitions: z.boolean().default(false),
  clauses: z.array(idSchema).min(1),
})

export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>
