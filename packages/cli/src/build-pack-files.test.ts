import { fileURLToPath } from 'node:url'
import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { buildPackFiles } from './build-pack-files.js'
import type { PackOptions } from './pack-options.js'

const answers = fileURLToPath(
  new URL('../../../templates/examples/england-act-london.yaml', import.meta.url),
)
const options: PackOptions = { formats: ['md'], copy: 'drafter', toc: false, documents: undefined }

describe('buildPackFiles', () => {
  it('should report a --document the pack does not have as a usage error', async () => {
    const result = await buildPackFiles(answers, catalog, { ...options, documents: ['doc-nope'] })
    expect(result).toEqual({
      kind: 'usage',
      report: expect.stringContaining('--document: Unknown document `doc-nope` for this copy'),
    })
  })

  it('should not pass off a bug as a usage error, even with --document', async () => {
    // A catalog whose pack names a document it lacks is our bug, not the user's.
    const broken = {
      ...catalog,
      pack: { ...catalog.pack, documents: [...catalog.pack.documents, 'doc-missing'] },
    }
    await expect(
      buildPackFiles(answers, broken, { ...options, documents: ['doc-sv-requirements'] }),
    ).rejects.toThrow("The catalog's pack names a missing document `doc-missing`")
  })
})
