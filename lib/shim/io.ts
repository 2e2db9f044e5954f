// The one place that wires a process's stdio between containerd's fifos and the agent: stdout
// and stderr are pulled with ReadStdout/ReadStderr and written to their fifos (waiting for the
// reader, so a slow client back-pressures the process); stdin is read from its fifo and pushed
// with WriteStdin, then CloseStdin at its end. done() resolves once the output is all delivered.
import { createReadStream, createWriteStream } from 'node:fs';
import type { Logger } from '../log/logger.js';
import type { AgentClient } from '../runtime/sandbox.js';

export interface StdioPaths {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

async function pump(agent: AgentClient, which: 'ReadStdout' | 'ReadStderr', containerId: string, execId: string, path: string): Promise<void> {
  const out = createWriteStream(path, { flags: 'w' });
  const opened = new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  await opened;
  try {
    for (;;) {
      const r = await agent[which]({ containerId, execId, len: 65536 });
      if (!r.data || r.data.length === 0) break;
      if (!out.write(r.data)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
}

export class ProcessIo {
  private readonly outputs: Promise<void>[] = [];
  private stdinCopy: Promise<void> | undefined;

  constructor(
    private readonly agent: AgentClient,
    private readonly containerId: string,
    private readonly execId: string,
    private readonly paths: StdioPaths,
    private readonly log: Logger,
  ) {}

  start(): void {
    const { stdout, stderr, stdin } = this.paths;
    const fail = (what: string) => (e: Error) => this.log.warn(`${what} copy ended with an error`, { exec: this.execId, error: e });
    if (stdout) this.outputs.push(pump(this.agent, 'ReadStdout', this.containerId, this.execId, stdout).catch(fail('stdout')));
    if (stderr && !this.paths.terminal) this.outputs.push(pump(this.agent, 'ReadStderr', this.containerId, this.execId, stderr).catch(fail('stderr')));
    if (stdin) {
      const input = createReadStream(stdin);
      this.stdinCopy = (async () => {
        try {
          for await (const chunk of input) {
            await this.agent.WriteStdin({ containerId: this.containerId, execId: this.execId, data: chunk as Buffer });
          }
          await this.agent.CloseStdin({ containerId: this.containerId, execId: this.execId });
        } catch (e) {
          fail('stdin')(e as Error);
        }
      })();
    }
  }

  /**
   * CloseIO: containerd's client closes its end of the stdin fifo and then asks us to close stdin.
   * What it wrote may still be in the fifo, so the process's stdin is closed only once the copy
   * has read the fifo to its end (the copy closes it then).
   */
  async closeStdin(timeoutMs = 10000): Promise<void> {
    if (!this.stdinCopy) {
      await this.agent.CloseStdin({ containerId: this.containerId, execId: this.execId });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), timeoutMs)));
    const r = await Promise.race([this.stdinCopy, late]);
    clearTimeout(timer);
    if (r === 'late') await this.agent.CloseStdin({ containerId: this.containerId, execId: this.execId });
  }

  /** Output delivered (or the copy gave up); bounded so a stuck reader cannot hold an exit forever. */
  async done(timeoutMs = 10000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.outputs), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
  }
}
