import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { releaseData, releaseDataJson } from '../../../../scripts/lib/release-data.js'

// The release pages read committed data (the browser runs no git and reads no npm): it must be
// what `npm run build-release -- --previous` writes now, from the release it names.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
/** The commit of @betterforus/clauses 1.0.0, the release 1.1.0 is compared with. */
const RELEASE_1_0_0 = '6432eed'
const work = mkdtempSync(path.join(tmpdir(), 'bfu-release-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the committed release data', () => {
  it('docs/releases/1.1.0/release.json is what build-release writes from 1.0.0 now', async () => {
    const tar = path.join(work, 'templates.tar')
    try {
      execFileSync('git', ['archive', '--output', tar, RELEASE_1_0_0, 'templates'], {
        cwd: root,
        stdio: 'pipe',
      })
    } catch (error) {
      throw new Error(
        `git archive ${RELEASE_1_0_0} failed: this test needs the commit of release 1.0.0 in the clone (a shallow clone lacks it: fetch the whole history, e.g. fetch-depth: 0). ${String(error)}`,
      )
    }
    execFileSync('tar', ['-x', '-C', work, '-f', tar])
    const version = JSON.parse(
      readFileSync(path.join(root, 'packages/clauses/package.json'), 'utf8'),
    ).version
    const committed = readFileSync(path.join(root, `docs/releases/${version}/release.json`), 'utf8')
    const now = releaseDataJson(
      await releaseData({
        templates: path.join(root, 'templates'),
        version,
        previousTemplates: path.join(work, 'templates'),
        previousVersion: '1.0.0',
      }),
    )
    expect(committed).toBe(now)
    const data = JSON.parse(committed)
    expect(
      data.clauses.filter((clause: { status: string }) => clause.status === 'added'),
    ).toHaveLength(4)
    const changed = data.clauses.find((clause: { id: string }) => clause.id === 'definitions')
    expect(changed.redline.paragraphs.flat()).toContainEqual({
      kind: 'insert',
      text: 'A number of days, without more, means calendar days.',
    })
  })
})
