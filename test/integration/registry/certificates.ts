import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireTool } from '../../helpers/registry.ts';

const run = promisify(execFile);

export interface TestCertificates {
  /** The CA's certificate: what a client must trust. */
  caPath: string;
  /** The registry's certificate (for 127.0.0.1 and localhost), signed by the CA, and its key. */
  certPath: string;
  keyPath: string;
}

/** A throwaway CA and a server certificate it signed, made with openssl under `dir`. */
export async function makeTestCertificates(dir: string): Promise<TestCertificates> {
  await requireTool('openssl', ['version'], 'apt-get install -y openssl');
  const caKey = join(dir, 'ca-key.pem');
  const caPath = join(dir, 'ca.pem');
  const keyPath = join(dir, 'server-key.pem');
  const csr = join(dir, 'server.csr');
  const certPath = join(dir, 'server.pem');
  const ext = join(dir, 'server.ext');
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run(
    'openssl',
    ['req', '-x509', ...ec, '-subj', '/CN=Test Registry CA', '-days', '2'].concat([
      '-keyout',
      caKey,
      '-out',
      caPath,
    ]),
  );
  await run(
    'openssl',
    ['req', '-new', ...ec, '-subj', '/CN=127.0.0.1', '-keyout', keyPath].concat(['-out', csr]),
  );
  await writeFile(ext, 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  await run(
    'openssl',
    ['x509', '-req', '-in', csr, '-CA', caPath, '-CAkey', caKey].concat([
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      ext,
      '-out',
      certPath,
    ]),
  );
  return { caPath, certPath, keyPath };
}
