import { defineConfig } from 'vitest/config'

// Note: unit tests only (pure functions, no DOM); the browser tests are `vitest.e2e.config.ts`.
export default defineConfig({
  resolve: { conditions: ['@betterforus/source'] },
  ssr: { resolve: { conditions: ['@betterforus/source'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
})
