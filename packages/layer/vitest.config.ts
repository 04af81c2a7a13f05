import { defineConfig } from 'vitest/config'

// Note: the source condition lets tests run on upstream `src/` without a build.
export default defineConfig({
  resolve: { conditions: ['@betterforus/source'] },
  ssr: { resolve: { conditions: ['@betterforus/source'] } },
})
