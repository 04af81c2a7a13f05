import { spawn } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fetchJson } from '../../scripts/lib/fetch-json.js'
import { judgeAuditSignatures } from '../../scripts/lib/judge-audit-signatures.js'
import { registryPackages } from '../../scripts/lib/registry-packages.js'
import { verifyRegistrySignatures } from '../../scripts/lib/verify-registry-signatures.js'
import { repositoryRoot } from '../support/paths.js'

// Recorded npm registry responses (see the fixtures' README): real signatures by npm's key, so a
// passing check shows the signed message is npm's own `${name}@${version}:${integrity}`.
const fixtures = fileURLToPath(new URL('../fixtures/registry-signatures/', import.meta.url))
const fixture = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'))
const registry = 'https://registry.test/'
const expiredKeyId = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA'

type Routes = Record<string, unknown>

/** The recorded registry, by path; a route set to undefined answers 404. */
function recordedRoutes(): Routes {
  return {
    '-/npm/v1/keys': fixture('keys.json'),
    'venv/0.1.0': fixture('venv-0.1.0.json'),
    'venv/0.2.0': fixture('venv-0.2.0.json'),
    venv: fixture('venv.json'),
  }
}

/** A fetch that answers from routes and records the paths asked for. */
function fakeFetch(routes: Routes) {
  const asked: string[] = []
  const fetch = async (url: string) => {
    const route = url.slice(registry.length)
    asked.push(route)
    const body = routes[route]
    return body === undefined ? new Response('', { status: 404 }) : Response.json(body)
  }
  return { fetch, asked }
}

const verify = (routes: Routes, lock = fixture('package-lock.json')) =>
  verifyRegistrySignatures({ lock, registry, fetch: fakeFetch(routes).fetch, retries: 0 })

describe('S2: registry signatures checked against the registry alone', () => {
  it('S2: verifies npm’s real signatures on the recorded venv versions, once per name@version', async () => {
    const { fetch, asked } = fakeFetch(recordedRoutes())
    const report = await verifyRegistrySignatures({
      lock: fixture('package-lock.json'),
      registry,
      fetch,
    })
    expect(report).toEqual({
      packages: 2,
      lockEntries: 3,
      signatures: 2,
      keyIds: [expiredKeyId, 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U'],
      unsigned: [],
      problems: [],
    })
    // The first key has expired, so the publish time is read, from one packument for both versions.
    expect(asked.filter((route) => route === 'venv')).toEqual(['venv'])
  })

  it('S2: fails an integrity that differs from the published one, naming the package', async () => {
    const lock = fixture('package-lock.json')
    lock.packages['node_modules/venv'].integrity = fixture('venv-0.2.0.json').dist.integrity
    const report = await verify(recordedRoutes(), lock)
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^venv@0\.1\.0: integrity in package-lock\.json \(sha512-M1Y[^,]*, at node_modules\/venv\) differs from the registry.s \(sha512-RMde/,
      ),
    ])
  })

  it('S2: fails a signature that does not verify (0.2.0’s real signature on 0.1.0)', async () => {
    const routes = recordedRoutes()
    const tampered = fixture('venv-0.1.0.json')
    tampered.dist.signatures = fixture('venv-0.2.0.json').dist.signatures
    routes['venv/0.1.0'] = tampered
    const report = await verify(routes)
    expect(report.signatures).toBe(1)
    expect(report.problems).toEqual([
      `venv@0.1.0: registry signature with keyid ${expiredKeyId} does not verify; the package may have been tampered with since it was published`,
    ])
  })

  it('S2: fails a signature by a keyid the registry does not list', async () => {
    const routes = recordedRoutes()
    const unknown = fixture('venv-0.1.0.json')
    unknown.dist.signatures[0].keyid = 'SHA256:not-a-registry-key'
    routes['venv/0.1.0'] = unknown
    const report = await verify(routes)
    expect(report.problems).toEqual([
      'venv@0.1.0: signed with keyid SHA256:not-a-registry-key, which the registry does not list; the signature cannot be trusted',
    ])
  })

  it('S2: lists a package served without a signature by name', async () => {
    const routes = recordedRoutes()
    const unsigned = fixture('venv-0.2.0.json')
    delete unsigned.dist.signatures
    routes['venv/0.2.0'] = unsigned
    const report = await verify(routes)
    expect(report.unsigned).toEqual(['venv@0.2.0'])
    expect(report.signatures).toBe(1)
  })

  it('S2: refuses a key that expired before the version was published', async () => {
    const routes = recordedRoutes()
    routes.venv = {
      time: { '0.1.0': '2025-02-01T00:00:00.000Z', '0.2.0': '2017-08-13T03:15:40.512Z' },
    }
    const report = await verify(routes)
    expect(report.problems).toEqual([
      `venv@0.1.0: published 2025-02-01T00:00:00.000Z but signed with key ${expiredKeyId}, which expired 2025-01-29T00:00:00.000Z; the signature cannot be trusted`,
    ])
  })

  it('S2: refuses an expired key when the registry gives no publish time', async () => {
    const routes = recordedRoutes()
    routes.venv = { time: { '0.2.0': '2017-08-13T03:15:40.512Z' } }
    const report = await verify(routes)
    expect(report.problems).toEqual([
      `venv@0.1.0: signed with key ${expiredKeyId}, which expired 2025-01-29T00:00:00.000Z, and the registry gives no publish time to show it was signed before then`,
    ])
  })

  it('S2: fails when the registry serves no keys, still checking integrity', async () => {
    const routes = recordedRoutes()
    routes['-/npm/v1/keys'] = undefined
    const lock = fixture('package-lock.json')
    lock.packages['node_modules/venv-two'].integrity = 'sha512-tampered'
    const report = await verify(routes, lock)
    expect(report.signatures).toBe(0)
    expect(report.keysUnavailable).toBe(
      `could not read the registry's signing keys (GET ${registry}-/npm/v1/keys failed: HTTP 404); no signature was verified`,
    )
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^venv@0\.2\.0: integrity in package-lock\.json \(sha512-tampered, at node_modules\/venv-two\) differs/,
      ),
    ])
  })

  it('S2: escapes a scoped name as npm does and signs the scoped name', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const integrity = 'sha512-c2NvcGVk'
    const sig = sign('sha256', Buffer.from(`@scope/tool@1.0.0:${integrity}`), privateKey)
    const lock = { packages: { 'node_modules/@scope/tool': { version: '1.0.0', integrity } } }
    const routes: Routes = {
      '-/npm/v1/keys': {
        keys: [
          {
            keyid: 'test-key',
            keytype: 'ecdsa-sha2-nistp256',
            expires: null,
            key: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
          },
        ],
      },
      '@scope%2ftool/1.0.0': {
        dist: { integrity, signatures: [{ keyid: 'test-key', sig: sig.toString('base64') }] },
      },
    }
    const report = await verify(routes, lock)
    expect(report.problems).toEqual([])
    expect(report.signatures).toBe(1)
  })

  it('S2: names a lockfile entry that does not come from the registry', () => {
    const { packages, problems } = registryPackages({
      packages: {
        'node_modules/elsewhere': {
          version: '1.0.0',
          resolved: 'https://example.com/elsewhere-1.0.0.tgz',
          integrity: 'sha512-x',
        },
      },
    })
    expect(packages).toEqual([])
    expect(problems).toEqual([
      'node_modules/elsewhere: resolved from https://example.com/elsewhere-1.0.0.tgz, not https://registry.npmjs.org/; only registry packages carry registry signatures, so depend on the published package instead',
    ])
  })
})

describe('S2: requests to the registry', () => {
  it('S2: retries a dropped connection twice, then names the URL and the failure', async () => {
    let calls = 0
    const dropping = async () => {
      calls++
      throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })
    }
    await expect(fetchJson(`${registry}venv/0.1.0`, { fetch: dropping })).rejects.toThrow(
      `GET ${registry}venv/0.1.0 failed: ECONNRESET`,
    )
    expect(calls).toBe(3)
  })

  it('S2: succeeds when a retry does, and does not retry a 404', async () => {
    let calls = 0
    const flaky = async () => (++calls < 3 ? new Response('', { status: 503 }) : Response.json({}))
    await expect(fetchJson(`${registry}x`, { fetch: flaky })).resolves.toEqual({})
    expect(calls).toBe(3)
    calls = 0
    const missing = async () => {
      calls++
      return new Response('', { status: 404 })
    }
    await expect(fetchJson(`${registry}x`, { fetch: missing })).rejects.toThrow('HTTP 404')
    expect(calls).toBe(1)
  })
})

/** Runs the CLI against the recorded registry served over HTTP on a local port. */
async function runAgainstLocalRegistry(routes: Routes, extraArguments: string[] = []) {
  const server = createServer((request, response) => {
    const body = routes[String(request.url).slice(1)]
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' })
    response.end(body === undefined ? '' : JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    const child = spawn(
      process.execPath,
      [
        'scripts/verify-registry-signatures.js',
        '--lockfile',
        path.join(fixtures, 'package-lock.json'),
        '--registry',
        `http://127.0.0.1:${port}`,
        ...extraArguments,
      ],
      { cwd: repositoryRoot },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { status, stdout, stderr }
  } finally {
    server.close()
  }
}

describe('S2: scripts/verify-registry-signatures.js', () => {
  it('S2: passes the recorded registry and prints the counts', async () => {
    const run = await runAgainstLocalRegistry(recordedRoutes())
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/2 packages \(3 lockfile entries\) checked against the registry in/)
    expect(run.stdout).toContain('2 registry signatures verified')
    expect(run.stdout).toContain('0 packages without a registry signature')
  })

  it('S2: exits 1 and names a package served without a signature', async () => {
    const routes = recordedRoutes()
    routes['venv/0.2.0'] = { dist: { integrity: fixture('venv-0.2.0.json').dist.integrity } }
    const run = await runAgainstLocalRegistry(routes)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('1 packages without a registry signature')
    expect(run.stderr).toContain('- venv@0.2.0')
  })

  /** A mirror that strips npm's signing keys and every signature, as the one CI reaches does. */
  const strippingMirror = () => {
    const routes = recordedRoutes()
    routes['-/npm/v1/keys'] = undefined
    for (const id of ['venv/0.1.0', 'venv/0.2.0'])
      routes[id] = {
        dist: { integrity: (routes[id] as { dist: { integrity: string } }).dist.integrity },
      }
    return routes
  }

  it('S2: fails a registry that strips keys and signatures, unless told to allow it', async () => {
    const strict = await runAgainstLocalRegistry(strippingMirror())
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain("could not read the registry's signing keys")
    const allowed = await runAgainstLocalRegistry(strippingMirror(), ['--allow-unsigned-registry'])
    expect(allowed.status).toBe(0)
    expect(allowed.stdout).toContain('NOTICE: signatures NOT verified')
  })

  it('S2: still fails an integrity mismatch on a registry allowed to be unsigned', async () => {
    const routes = strippingMirror()
    routes['venv/0.2.0'] = { dist: { integrity: 'sha512-tampered' } }
    const run = await runAgainstLocalRegistry(routes, ['--allow-unsigned-registry'])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/venv@0\.2\.0: integrity/)
  })

  it('S2: checks every signature when the registry serves keys, even if told to allow unsigned', async () => {
    const routes = recordedRoutes()
    routes['venv/0.2.0'] = { dist: { integrity: fixture('venv-0.2.0.json').dist.integrity } }
    const run = await runAgainstLocalRegistry(routes, ['--allow-unsigned-registry'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('- venv@0.2.0')
  })
})

describe('S2: npm audit signatures where the sigstore CDN is unreachable', () => {
  // Recorded from `npm audit signatures` (npm 11.19.1) on a machine that reaches only the registry.
  const unreachable = [
    'npm error code ENOTFOUND',
    'npm error syscall getaddrinfo',
    'npm error errno ENOTFOUND',
    'npm error network request to https://tuf-repo-cdn.sigstore.dev/15.root.json failed, reason: getaddrinfo ENOTFOUND tuf-repo-cdn.sigstore.dev',
  ].join('\n')

  it('S2: passes with one line saying provenance was not verified', () => {
    expect(judgeAuditSignatures({ status: 1, output: unreachable })).toEqual({
      ok: true,
      message:
        'provenance attestations were NOT verified: the sigstore CDN (tuf-repo-cdn.sigstore.dev) cannot be resolved from this machine; registry integrity and signatures are checked by verify-registry-signatures.js',
    })
  })

  it('S2: fails any other failure, such as an invalid signature or an unreachable registry (with or without sigstore)', () => {
    const invalid =
      'npm error code EINTEGRITYSIGNATURE\nnpm error venv@0.1.0 has an invalid registry signature'
    const registryDown =
      'npm error network request to https://registry.npmjs.org/venv failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org'
    for (const output of [invalid, registryDown, `${unreachable}\n${registryDown}`]) {
      const verdict = judgeAuditSignatures({ status: 1, output })
      expect(verdict.ok).toBe(false)
      expect(verdict.message).toContain(output)
    }
  })

  it('S2: passes a successful run', () => {
    expect(judgeAuditSignatures({ status: 0, output: 'audited 401 packages in 3s' }).ok).toBe(true)
  })
})
