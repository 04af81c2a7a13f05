import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** A fresh temporary folder, removed after the test file. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bfu-test-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  return folder
}
