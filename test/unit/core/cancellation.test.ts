import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { Cancellation, unlessOverdue } from '../../../src/core/cancellation.ts';

const quick = { tagGraceMs: 100, hardLimitMs: 2000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a cancel runs the cleanups and answers the shell exit code of the signal', async () => {
  const c = new Cancellation(quick);
  const done: string[] = [];
  c.onCleanup(() => done.push('a'));
  const forget = c.onCleanup(() => done.push('b'));
  forget();
  assert.equal(await c.cancel('SIGTERM'), 143);
  assert.deepEqual(done, ['a']);
  assert.equal(await new Cancellation(quick).cancel('SIGINT'), 130);
});

test('a guarded section does not start after a cancel', async () => {
  const c = new Cancellation(quick);
  await c.cancel('SIGINT');
  let ran = false;
  await assert.rejects(
    c.uninterruptible(async () => void (ran = true)),
    (err: { code?: string }) => err.code === 'CANCELLED',
  );
  assert.equal(ran, false);
});

test('a cancel waits for a section that finishes within the grace time', async () => {
  const c = new Cancellation(quick);
  const steps: string[] = [];
  const section = c.uninterruptible(async (overdue) => {
    await unlessOverdue(sleep(30), overdue);
    steps.push('finished');
  });
  c.onCleanup(() => steps.push('cleanup'));
  await c.cancel('SIGTERM');
  await section;
  assert.deepEqual(steps, ['finished', 'cleanup']);
});

test('a section still running after the grace time is told to roll back, and the cancel waits for it', async () => {
  const c = new Cancellation(quick);
  const steps: string[] = [];
  const section = c.uninterruptible(async (overdue) => {
    try {
      await unlessOverdue(new Promise(() => undefined), overdue);
    } catch (err) {
      await sleep(20);
      steps.push(`rolled back (${(err as { code: string }).code})`);
      throw err;
    }
  });
  const cancelled = c.cancel('SIGTERM');
  await assert.rejects(section);
  await cancelled;
  assert.deepEqual(steps, ['rolled back (CANCELLED)']);
});

test('tracked children are stopped, a process group with all its members', async () => {
  const c = new Cancellation(quick);
  const plain = spawn('sleep', ['30']);
  const group = spawn('sh', ['-c', 'sleep 30 & sleep 30; wait'], { detached: true });
  c.trackChild(plain);
  c.trackChild(group, { group: true });
  await sleep(100);
  const started = Date.now();
  await c.cancel('SIGTERM');
  assert.ok(Date.now() - started < 1500, 'stopped without waiting for SIGKILL');
  assert.equal(plain.signalCode, 'SIGTERM');
  assert.equal(group.signalCode, 'SIGTERM');
  // Every member of the group got the signal: none is left running (a zombie waiting for
  // whatever reaps orphans here does not count).
  const groupAlive = () =>
    spawnSync('ps', ['-o', 'stat=', '-g', String(group.pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .some((stat) => stat.trim() !== '' && !stat.startsWith('Z'));
  for (let i = 0; i < 50 && groupAlive(); i++) await sleep(20);
  assert.equal(groupAlive(), false, 'the backgrounded sleep was stopped too');
});
