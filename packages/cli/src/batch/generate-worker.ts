// A batch worker thread: builds the catalog once, then generates and writes one pack per task
// message, answering each with a `GenerateOutcome`.
import { parentPort, workerData } from 'node:worker_threads'
import { catalog as builtIn } from '@betterforus/clauses'
import { catalogFromSource } from '@betterforus/clauses/compiler'
import type { PackLayer } from '@betterforus/layer'
import { parseYaml } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { buildPackFiles } from '../build-pack-files.js'
import { UserError } from '../user-error.js'
import { writeFilesAtomically } from '../write-files-atomically.js'
import type { GenerateOutcome, GenerateTask, GenerateWorkerData } from './worker-messages.js'

const { options, source, layer: layerData } = workerData as GenerateWorkerData
const catalog = source ? catalogFromSource(source) : builtIn
// Note: a parsed YAML document does not cross threads; the main thread checked this text already.
const layer: PackLayer | undefined = layerData && {
  info: layerData.info,
  houseStyle: layerData.houseStyle,
  defaults:
    layerData.defaults === undefined ? undefined : parseYaml(layerData.defaults, new VFile()),
}
const port = parentPort
if (!port) throw new Error('generate-worker runs as a worker thread of `betterforus generate`')

async function generate(task: GenerateTask): Promise<GenerateOutcome> {
  try {
    const result = await buildPackFiles(task.answersPath, catalog, options, layer)
    if (result.kind !== 'written') return result
    await writeFilesAtomically(task.folder, result.files)
    return { kind: 'written', files: result.files.length }
  } catch (error) {
    if (error instanceof UserError) return { kind: 'failed', report: error.message }
    // Note: a system error's message says it all; anything else is a bug, so keep its stack.
    const report =
      error instanceof Error && 'code' in error ? error.message : String((error as Error).stack)
    return { kind: 'crashed', report }
  }
}

port.on('message', async (task: GenerateTask) => {
  port.postMessage(await generate(task))
})
