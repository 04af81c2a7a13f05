import { defineConfig } from 'vitest/config'

// Browser tests: playwright-core driving Debian's Chromium against the production build.
export default defineConfig({
  resolve: { conditions: ['@betterforus/source'] },
  ssr: { resolve: { conditions: ['@betterforus/source'] } },
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
