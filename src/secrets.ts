import * as core from '@actions/core';
import type { Request } from './request.ts';

/**
 * Registers every secret derived from the inputs with the runner, which then hides them in
 * every log line. The runner masks only exact strings, so derived forms (the base64 of
 * user:password that Basic auth sends) are registered as well.
 */
export function maskSecrets(req: Pick<Request, 'credentials' | 'registry'>): void {
  if (req.registry.githubToken) core.setSecret(req.registry.githubToken);
  const c = req.credentials;
  if (!c) return;
  core.setSecret(c.password);
  core.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
}
