import type { CatalogSource } from '@betterforus/clauses/compiler'
import type { PackLayer } from '@betterforus/layer'
import type { PackOptions } from '../pack-options.js'

/** What every generate worker starts with: the options, and a fork's catalog if any. */
export interface GenerateWorkerData {
  options: PackOptions
  /** A `--templates` fork, compiled once by the main thread; the release's own when absent. */
  source: CatalogSource | undefined
  /** A `--layer`: what each pack records of it, its house style, and `defaults.yaml` as text. */
  layer?: {
    info: PackLayer['info']
    houseStyle: PackLayer['houseStyle']
    defaults: string | undefined
  }
}

/** One answers file for a worker, and the folder its pack goes to. */
export interface GenerateTask {
  answersPath: string
  folder: string
}

/**
 * A worker's answer for one task: the pack written (`files` files), or a report. `crashed` is
 * an unexpected error (a full disk, a bug), reported for that file only.
 */
export type GenerateOutcome =
  | { kind: 'written'; files: number }
  | { kind: 'invalid' | 'failed' | 'usage' | 'crashed'; report: string }
