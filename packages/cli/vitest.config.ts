import { defineConfig } from 'vitest/config'

// Note: the source condition lets tests run on upstream `src/` without a build.
export default defineConfig({
  resolve: { conditions: ['@betterforus/source'] },
  ssr: { resolve: { conditions: ['@betterforus/source'] } },
  // Note: property tests run thousands of cases; CI machines have two cores.
  test: { testTimeout: 30_000 },
})
