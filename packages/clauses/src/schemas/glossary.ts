import { z } from 'zod'

/** `glossary.yaml`: every defined term, defined once. */
export const glossaryFileSchema = z.array(
  z.strictObject({
    term: z.string().trim().min(1),
    definition: z.string().trim().min(1),
  }),
)
