import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode } from '../../../src/core/errors.ts';
import { MAX_CAPTURED_STDERR, startProcess } from '../../../src/core/spawn.ts';
import { memoryLogger } from '../../helpers/logger.ts';

const env = { PATH: process.env.PATH };

test('captures stdout and stderr, hands out lines, logs the command line', async () => {
  const log = memoryLogger();
  const out: string[] = [];
  const err: string[] = [];
  const { done } = startProcess('sh', ['-c', 'printf "a\\nb"; printf "x\\ny\\n" >&2; exit 3'], {
    env,
    log,
    onStdoutLine: (l) => out.push(l),
    onStderrLine: (l) => err.push(l),
  });
  const r = await done;
  assert.equal(r.code, 3);
  assert.equal(r.stdout, 'a\nb');
  assert.equal(r.stderr, 'x\ny\n');
  assert.deepEqual(out, ['a', 'b']);
  assert.deepEqual(err, ['x', 'y']);
  assert.ok(log.lines.some((l) => l.includes("$ sh -c 'printf")));
});

test('a process killed by a signal reports 128 + its number', async () => {
  const r = await startProcess('sh', ['-c', 'kill -TERM $$'], { env }).done;
  assert.equal(r.code, 143);
  assert.equal(r.signal, 'SIGTERM');
});

test('a missing program is reported with how to install it', async () => {
  await assert.rejects(
    startProcess('no-such-program-here', [], { env, installHint: 'ask the vendor for it' }).done,
    (e: Error) => errorCode(e) === 'COMMAND_NOT_FOUND' && /ask the vendor for it/.test(e.message),
  );
});

test('stdout past its cap stops the child; only the end of stderr is kept', async () => {
  await assert.rejects(
    startProcess('sh', ['-c', 'exec yes'], { env, maxStdout: 1 << 20 }).done,
    (e: Error) => errorCode(e) === 'COMMAND_OUTPUT_TOO_LARGE',
  );
  const r = await startProcess(
    'sh',
    ['-c', 'head -c 3000000 /dev/zero | tr "\\0" e >&2; echo end >&2'],
    {
      env,
    },
  ).done;
  assert.equal(r.stderr.length, MAX_CAPTURED_STDERR);
  assert.ok(r.stderr.endsWith('eend\n'));
});

test('input is written to stdin and closed', async () => {
  const r = await startProcess('sh', ['-c', 'read a; read b; echo "$b $a"; cat'], {
    env,
    input: 'one\ntwo\n',
  }).done;
  assert.equal(r.stdout, 'two one\n');
  // A child that never reads its input is not an error.
  assert.equal((await startProcess('true', [], { env, input: 'x'.repeat(1 << 20) }).done).code, 0);
});

test('a child past its time limit is killed and reported as timed out', async () => {
  const started = performance.now();
  await assert.rejects(
    startProcess('sleep', ['30'], { env, timeoutMs: 200 }).done,
    (err: Error) => errorCode(err) === 'COMMAND_TIMED_OUT' && /within 0.2 s/.test(err.message),
  );
  assert.ok(performance.now() - started < 5000);
});
