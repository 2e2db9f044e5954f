// The one place that wires a process's stdio between containerd and the guest: the sandbox's
// stdout and stderr streams (TaskSandbox.stdio) are written to their fifos (waiting for the
// reader, so a slow client back-pressures the process), appended to a file (file://) or handed
// to a logging binary (binary://, binary-logger.ts); stdin is read from its fifo into the
// sandbox's stdin stream, which is ended (the process's stdin closed) at its end. done() resolves
// once the output is all delivered.
import { constants, createReadStream, createWriteStream, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../common/log/logger.js';
import { streamFromFd } from '../common/native/fd-stream.js';
import type { ProcessStdio, TaskSandbox } from '../runtime/task-sandbox.js';
import { BinaryLogger } from './binary-logger.js';
import { parseStdioTarget } from './stdio-uri.js';

export interface StdioPaths {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

/**
 * A write stream on a fifo or a file. A fifo is opened read-write and non-blocking, as
 * containerd's runc shim keeps a read end too: the open never waits for a reader (a blocking open
 * would hold one of libuv's four pool threads, and a few detached tasks would starve the shim),
 * and a client that goes away does not break the copy. Writes go through libuv's stream, so a
 * full fifo back-pressures the copy instead of blocking a thread.
 */
async function openPath(path: string, flags: 'w' | 'a'): Promise<Writable> {
  if (flags === 'w' && statSync(path, { throwIfNoEntry: false })?.isFIFO()) {
    return streamFromFd(openSync(path, constants.O_RDWR | constants.O_NONBLOCK), { readable: false, writable: true });
  }
  const out = createWriteStream(path, { flags });
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  return out;
}

async function pump(source: Readable, sink: Writable | Promise<Writable>): Promise<void> {
  const out = await sink;
  try {
    for await (const chunk of source) {
      if (!out.write(chunk as Buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
}

export class ProcessIo {
  private readonly outputs: Promise<void>[] = [];
  private reads: Promise<void> = Promise.resolve();
  private stdinCopy: Promise<void> | undefined;
  private logger: BinaryLogger | undefined;
  private readonly streams: ProcessStdio;

  constructor(
    private readonly sandbox: Pick<TaskSandbox, 'stdio' | 'closeStdin'>,
    private readonly containerId: string,
    private readonly execId: string,
    private readonly paths: StdioPaths,
    private readonly log: Logger,
    /** containerd's namespace, for a logging binary's CONTAINER_NAMESPACE. */
    private readonly namespace = '',
  ) {
    this.streams = sandbox.stdio(containerId, execId);
  }

  /** Starts the copies; with a binary:// target, first the logger (rejects if it cannot start). */
  async start(): Promise<void> {
    const { stdout, stderr, stdin } = this.paths;
    const fail = (what: string) => (e: Error) => this.log.warn(`${what} copy ended with an error`, { exec: this.execId, error: e });
    const sinks: { stdout?: Writable | Promise<Writable>; stderr?: Writable | Promise<Writable> } = {};
    const out = stdout ? parseStdioTarget(stdout) : undefined;
    if (out?.kind === 'binary') {
      this.logger = await BinaryLogger.start(out.path, out.args, this.containerId, this.namespace);
      sinks.stdout = this.logger.stdout;
      sinks.stderr = this.logger.stderr;
    } else if (out?.kind === 'file') {
      // As containerd does: both streams appended to the one file.
      mkdirSync(dirname(out.path), { recursive: true });
      sinks.stdout = openPath(out.path, 'a');
      if (!this.paths.terminal) sinks.stderr = openPath(out.path, 'a');
    } else {
      if (out) sinks.stdout = openPath(out.path, 'w');
      // A terminal has no stderr: its fifo may have no reader, and opening it would block.
      if (stderr && !this.paths.terminal) sinks.stderr = openPath(parseStdioTarget(stderr).path, 'w');
    }
    for (const s of [sinks.stdout, sinks.stderr]) if (s instanceof Promise) s.catch(() => undefined); // reported by the copy
    if (sinks.stdout) this.outputs.push(pump(this.streams.stdout, sinks.stdout).catch(fail('stdout')));
    if (sinks.stderr) this.outputs.push(pump(this.streams.stderr, sinks.stderr).catch(fail('stderr')));
    this.reads = Promise.all(this.outputs).then(() => undefined);
    if (this.logger) {
      const logger = this.logger;
      // The logger's exit is part of delivery: what it still holds is written before the exit event.
      this.outputs.push(Promise.all(this.outputs).then(() => logger.close()).catch(fail('logger')));
    }
    if (stdin) {
      // Non-blocking, like the outputs: a blocking open would hold a pool thread until a writer
      // comes (never, for a detached task). libuv reads only when epoll says so, and a fifo that
      // never had a writer reports nothing, so this is no early end of input.
      const input = statSync(stdin, { throwIfNoEntry: false })?.isFIFO()
        ? streamFromFd(openSync(stdin, constants.O_RDONLY | constants.O_NONBLOCK), { readable: true, writable: false })
        : createReadStream(stdin);
      // The sandbox's stdin closes the process's stdin when the copy ends it.
      this.stdinCopy = pipeline(input, this.streams.stdin).catch(fail('stdin'));
    }
  }

  /**
   * CloseIO: containerd's client closes its end of the stdin fifo and then asks us to close stdin.
   * What it wrote may still be in the fifo, so the process's stdin is closed only once the copy
   * has read the fifo to its end (the copy closes it then).
   */
  async closeStdin(timeoutMs = 10000): Promise<void> {
    if (!this.stdinCopy) {
      await this.sandbox.closeStdin(this.containerId, this.execId);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), timeoutMs)));
    const r = await Promise.race([this.stdinCopy, late]);
    clearTimeout(timer);
    if (r === 'late') await this.sandbox.closeStdin(this.containerId, this.execId);
  }

  /** The process's output streams have ended (read to their end from the agent). */
  readsDone(): Promise<void> {
    return this.reads;
  }

  /** Output delivered (or the copy gave up); bounded so a stuck reader cannot hold an exit forever. */
  async done(timeoutMs = 10000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.outputs), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
  }
}
