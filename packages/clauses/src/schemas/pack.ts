import { z } from 'zod'
import { idSchema } from './common.js'

/** `pack.yaml`: the tender pack's title, its documents in order, and the drafter notice. */
export const packFileSchema = z.strictObject({
  title: z.string().trim().min(1),
  documents: z.array(idSchema).min(1),
  drafter_notice: z.string().trim().min(1),
  /** Printed in the drafting memo when the newest rate in the data may have been superseded. */
  stale_rate_notice: z.string().trim().min(1).optional(),
})
