import type { Request } from '../request/request.ts';
import type { Logger } from '../core/log.ts';
import type { CompressionPool } from '../image/compress-pool.ts';
import type { PipelineHooks } from './result.ts';

/** What every step of one run is given: the request, the log, and the run's own resources. */
export interface StepContext {
  req: Request;
  log: Logger;
  hooks: PipelineHooks;
  /** This run's private scratch folder, removed when the run ends. */
  workDir: string;
  /** This run's own compressing threads: closing them cannot touch another run's. */
  pool: CompressionPool;
  /** Runs one phase in a log group and records its wall time. */
  phase<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Wall time of each phase, in order. */
  timings: { phase: string; ms: number }[];
}
