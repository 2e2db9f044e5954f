// A guest process's stdio as node streams over the agent's calls: stdout and stderr are pulled
// with ReadStdout/ReadStderr (an empty answer is the end), stdin is pushed with WriteStdin and
// closed with CloseStdin. A readable asks the agent for the next chunk only when its consumer
// wants more, so a slow reader back-pressures the process. Used by Sandbox.stdio
// (lib/runtime/sandbox.ts); ProcessStdio is what the shim sees (lib/runtime/task-sandbox.ts).
import { Readable, Writable } from 'node:stream';
import type { AgentService } from './connect.js';

/** A process's stdio in the guest as node streams. Nothing is read or written before they are used. */
export interface ProcessStdio {
  /** Ends when the process closes its stdout (a terminal's output comes here too). */
  stdout: Readable;
  stderr: Readable;
  /** end() closes the process's stdin. */
  stdin: Writable;
}

const CHUNK = 65536;

function output(agent: AgentService, which: 'ReadStdout' | 'ReadStderr', containerId: string, execId: string): Readable {
  return new Readable({
    read() {
      agent[which]({ containerId, execId, len: CHUNK }).then(
        (r) => this.push(r.data && r.data.length > 0 ? Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length) : null),
        (e: Error) => this.destroy(e),
      );
    },
  });
}

export function agentStdio(agent: AgentService, containerId: string, execId: string): ProcessStdio {
  return {
    stdout: output(agent, 'ReadStdout', containerId, execId),
    stderr: output(agent, 'ReadStderr', containerId, execId),
    stdin: new Writable({
      write(chunk: Buffer, _enc, done) {
        agent.WriteStdin({ containerId, execId, data: chunk }).then(() => done(), done);
      },
      final(done) {
        agent.CloseStdin({ containerId, execId }).then(() => done(), done);
      },
    }),
  };
}
