// A paused VM's device state to a file and back, over QEMU's migration stream, for VM templates
// (lib/factory/template.ts). Guest RAM is not in the stream: with the x-ignore-shared capability
// QEMU skips RAM blocks backed by a shared named file, which the template's RAM is, and a clone maps
// that same file. The stream goes over a unix socket the runtime serves (save) or QEMU listens on
// (restore), not exec: or fd:, so it works under QEMU's seccomp filter (spawn=deny) and needs no
// descriptor passing. Called by vm.ts.
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { QmpClient } from './qmp.js';

const IGNORE_SHARED = { capabilities: [{ capability: 'x-ignore-shared', state: true }] };

interface MigrateStatus {
  status: string;
  'error-desc'?: string;
}

/** Polls query-migrate until the migration completes; throws with QEMU's reason when it fails. */
async function migrationDone(qmp: QmpClient, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = (await qmp.execute('query-migrate', undefined, 5000)) as MigrateStatus;
    if (s.status === 'completed') return;
    if (s.status === 'failed' || s.status === 'cancelled') throw new Error(`${what} ${s.status}${s['error-desc'] ? `: ${s['error-desc']}` : ''}`);
    if (Date.now() > until) throw new Error(`${what} did not complete within ${timeoutMs} ms (status ${s.status})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Pauses the VM and writes its device state to `file` (QEMU connects to `socket`, which this
 * serves for the one stream). The VM stays paused; a failure leaves no file behind.
 */
export async function saveState(qmp: QmpClient, file: string, socket: string, timeoutMs = 60000): Promise<void> {
  await qmp.execute('stop');
  await qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
  rmSync(socket, { force: true });
  let written: Promise<void> | undefined;
  const server = createServer((conn) => {
    server.close(); // one stream
    written = pipeline(conn, createWriteStream(file));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socket, resolve));
  try {
    await qmp.execute('migrate', { uri: `unix:${socket}` });
    await migrationDone(qmp, `saving the VM state to ${file}`, timeoutMs);
    if (!written) throw new Error(`saving the VM state to ${file}: QEMU never connected to ${socket}`);
    await written;
  } catch (e) {
    rmSync(file, { force: true });
    throw e;
  } finally {
    server.close();
    rmSync(socket, { force: true });
  }
}

/**
 * Loads `file` into a QEMU started with `-incoming defer` (QEMU listens on `socket`, this sends
 * the stream), then runs the VM. The state must come from the same QEMU command line but for
 * host-side paths (qemu-args.ts), or QEMU refuses it and the error says which device differs.
 */
export async function restoreState(qmp: QmpClient, file: string, socket: string, timeoutMs = 60000): Promise<void> {
  await qmp.execute('migrate-set-capabilities', IGNORE_SHARED);
  rmSync(socket, { force: true });
  await qmp.execute('migrate-incoming', { uri: `unix:${socket}` });
  try {
    const conn = createConnection(socket);
    await new Promise<void>((resolve, reject) => conn.once('connect', resolve).once('error', reject));
    // QEMU hangs up once it has read the stream's end, which can be before this side's end of
    // the socket has finished ("Premature close"): whether the whole state arrived is QEMU's to
    // say (query-migrate), and a failure to send shows there as well (or as QEMU's exit).
    const sent = pipeline(createReadStream(file), conn).then(() => undefined, (e: Error) => e);
    try {
      await migrationDone(qmp, `restoring the VM state from ${file}`, timeoutMs);
    } catch (e) {
      const sendError = await Promise.race([sent, new Promise<undefined>((r) => setTimeout(r, 100, undefined))]);
      throw sendError ? new Error(`${(e as Error).message} (sending the stream: ${sendError.message})`, { cause: e }) : e;
    } finally {
      conn.destroy();
    }
  } finally {
    rmSync(socket, { force: true });
  }
  // The template was paused when saved, so the clone arrives paused.
  await qmp.execute('cont');
}
