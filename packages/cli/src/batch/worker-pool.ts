import { type ResourceLimits, Worker } from 'node:worker_threads'

export interface WorkerPoolOptions<Task, Outcome> {
  /** The worker module. */
  script: URL
  workerData: unknown
  size: number
  resourceLimits?: ResourceLimits
  /** Taken one at a time as workers come free, so only `size` tasks are ever in flight. */
  tasks: Iterator<Task>
  onOutcome: (task: Task, outcome: Outcome) => void
  /** A worker died on this task (out of memory, a crash); a fresh worker takes the next task. */
  onCrash: (task: Task, error: Error) => void
}

/**
 * Run every task on a pool of worker threads, each answering one message per task. Resolves
 * when the tasks run out and every worker has stopped.
 */
export async function runWorkerPool<Task, Outcome>(
  options: WorkerPoolOptions<Task, Outcome>,
): Promise<void> {
  const start = () =>
    new Worker(options.script, {
      workerData: options.workerData,
      ...(options.resourceLimits && { resourceLimits: options.resourceLimits }),
    })
  const runSlot = async () => {
    let worker: Worker | undefined
    for (let next = options.tasks.next(); next.done !== true; next = options.tasks.next()) {
      worker ??= start()
      try {
        options.onOutcome(next.value, await ask<Outcome>(worker, next.value))
      } catch (error) {
        await worker.terminate()
        worker = undefined
        options.onCrash(next.value, error as Error)
      }
    }
    await worker?.terminate()
  }
  await Promise.all(Array.from({ length: options.size }, runSlot))
}

/** Send one task and wait for the worker's answer, or for it to fail or stop. */
function ask<Outcome>(worker: Worker, task: unknown): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (outcome: Outcome) => {
      settle()
      resolve(outcome)
    }
    const onError = (error: Error) => {
      settle()
      reject(error)
    }
    const onExit = (code: number) => {
      settle()
      reject(new Error(`the worker thread stopped with exit code ${code}`))
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage(task)
  })
}
