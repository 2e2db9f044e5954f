// The entry of the agent's one-file bundle (kata-agent.cjs, made with esbuild by
// guest/osbuilder/rootfs/agent-snapshot.ts). Run as a script (`node kata-agent.cjs ARGS`, start
// mode "bundle") it starts the agent at once. Loaded by `node --build-snapshot` it only registers
// the snapshot's main function: every module is then loaded and initialised at build time (protobuf
// types, service tables) and the guest's `node --snapshot-blob kata-agent.blob -- ARGS` (start mode
// "snapshot") begins with that heap. The addon is not part of the snapshot (a native module cannot
// be): the agent loads it when it first needs it, after deserialisation.
import { cachedDataVersionTag, startupSnapshot } from 'node:v8';
import { runAgent } from './main.js';

// The build's boot test (guest/osbuilder/rootfs/agent-snapshot.ts, guest-snapshot.ts): proves the
// blob deserialises with this node binary on this CPU, then exits. Not exported: the snapshot
// builder has no `module` to export into.
const SELF_CHECK = '--self-check';

if (startupSnapshot.isBuildingSnapshot()) {
  startupSnapshot.setDeserializeMainFunction(() => {
    // With a snapshot, argv[1] is the first argument (there is no script).
    const argv = process.argv.slice(1);
    if (argv[0] === SELF_CHECK) {
      // The tag is the one node compared the blob's with: the blob's own, as it loaded.
      process.stdout.write(`kata-agent snapshot: deserialised with node ${process.version} in ${Math.round(performance.now())} ms (v8 tag ${cachedDataVersionTag().toString(16)})\n`);
      return;
    }
    runAgent(argv, 'snapshot');
  });
} else {
  runAgent(process.argv.slice(2), 'bundle');
}
