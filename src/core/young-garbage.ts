/**
 * Collects the young generation of this thread's heap, where short-lived buffers die.
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

type Gc = (options: { type: 'minor' }) => void;

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
