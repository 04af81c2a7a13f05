#!/usr/bin/env node
// The `betterforus` command. Note: npm links a workspace's bin when it installs, before anything is
// built, and links nothing if the target is missing; this committed file is always there, so
// `npx betterforus` works as soon as the CLI is built, and says how to build it until then.
import { existsSync } from 'node:fs'

const built = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(built)) {
  console.error(
    'betterforus: the CLI is not built yet (no dist/cli.js); run `npm run build` in the repository first.',
  )
  process.exit(1)
}
await import(built.href)
