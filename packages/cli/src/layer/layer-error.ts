import type { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'
import { UserError } from '../user-error.js'

/**
 * A council layer that cannot be used: every problem as `file:line:column: error: …`, then one
 * line saying nothing was written. A user error, so the CLI prints it without a stack (exit 1).
 */
export class LayerError extends UserError {
  override name = 'LayerError'

  constructor(files: VFile[], summary: string) {
    const report = formatMessages(files)
    super(report ? `${report}\n\n${summary}` : summary)
  }
}
