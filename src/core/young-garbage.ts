/**
 * Collects this thread's garbage early: the young generation, where short-lived buffers die,
 * and, now and then, the whole heap (collectAllGarbage, below).
 *
 * V8 frees a dead ArrayBuffer's memory only when it collects the object, and it collects the
 * young generation early for buffers' sake only when this thread allocates one while 32 MB
 * of young buffers are held (Heap::AllocateExternalBackingStore). The compressed chunks that
 * the compressing threads hand over were allocated there, not here, so they never trigger
 * that: they piled up to the next collection that JavaScript allocation caused, which was
 * most of the action's peak memory beyond code and threads on a large image. A minor
 * collection costs about a millisecond here (few young objects survive).
 *
 * Node exposes no way to ask for it but `gc()`, which exists only with --expose-gc: the flag is
 * set at run time (the action is started by the runner, not with our flags) and `gc` taken
 * from a fresh context, where V8 then installs it. Where that fails, nothing is collected
 * early, as before.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'minor' }) => void;

let gc: Gc | null | undefined;

function loadGc(): Gc | null {
  try {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof found === 'function' ? (found as Gc) : null;
  } catch {
    return null;
  }
}

export function collectYoungGarbage(): void {
  gc ??= loadGc();
  gc?.({ type: 'minor' });
}

/**
 * Collects this thread's whole heap. A compressed chunk still on its way to the registry
 * when two minor collections pass (held by a stream or a socket) is moved to the old
 * generation with its buffer, and the buffer is then freed only by a full collection,
 * which V8 starts by itself late (test/unit/image/compress-pool-garbage.test.ts: on Node 20
 * not once in 43 MB of such chunks). On the headline benchmark's large image that was about
 * 20 MB of the peak. A full collection of the main thread's heap (10–20 MB) takes 10–25 ms
 * here, so the caller spaces them out.
 */
export function collectAllGarbage(): void {
  gc ??= loadGc();
  // Without options: on Node 20, { type: 'major' } (even with execution: 'sync') freed none of
  // the chunks that a plain gc() then freed.
  gc?.();
}

/**
 * Keeps every thread's young generation at the size it has when the work starts (V8's
 * new_space: 4 MB in the main thread, 2 MB in a compressing thread, on Node 20 and 24)
 * instead of doubling it, up to 32 MB, whenever many objects are allocated quickly, as
 * streaming a large layer does (stream chunks, promises, buffer views). Few of them outlive
 * a collection, so collecting more often costs little, while the grown space stayed
 * resident to the end: on the headline benchmark's 530 MB image the main thread's reached
 * 16.8 MB and each compressing thread's 4.2 MB.
 *
 * V8 reads this flag each time it would grow the space, so it works when set at run time,
 * before the work starts (threads started later share it). Where it cannot be set, the
 * space grows as before.
 */
export function keepYoungGenerationSmall(): void {
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // Not fatal: only memory is at stake.
  }
}
