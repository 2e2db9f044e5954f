// The agent's launcher in the guest: a POSIX shell script (busybox sh in the initrd, where /init
// execs it as PID 1; dash in the image, where kata-agent.service runs it) that picks how node
// starts the agent and then execs node, so the agent keeps the launcher's PID. The kernel command
// line's agent.start= chooses: snapshot (node --snapshot-blob kata-agent.blob), bundle (node
// kata-agent.cjs) or modules (node dist/guest/agent/main.js, the compiled tree as before); the
// default is baked in at build time. A blob that does not fit — missing, built for another node
// binary, cut short, or proven on another CPU — makes node abort before any JavaScript runs, which
// as PID 1 panics the kernel, so the launcher compares the blob's stamp (agent-snapshot.ts) with
// the files and with this CPU's signature (cpu-signature.ts, read from /proc/cpuinfo with shell
// built-ins) first, and starts the bundle instead, saying why on stderr and in
// KATA_AGENT_START_WARNING, which the agent logs. KATA_AGENT_START_CPUINFO names another cpuinfo
// file (tests). Written into the rootfs by installAgent (agent-bundle.ts); tests run it on the host.
import { BLOB_NAME, BUNDLE_NAME, SNAPSHOT_V8_FLAGS, STAMP_NAME } from './agent-snapshot.js';
import { cpuSignatureShell } from './cpu-signature.js';
import type { StartMode } from '../../agent/main.js';

export type { StartMode };
export const START_MODES: readonly StartMode[] = ['snapshot', 'bundle', 'modules'];
/** What the guest assets start by default (docs/architecture.md, "How the agent starts", has the measurement behind it). */
export const DEFAULT_START_MODE: StartMode = 'snapshot';
export const LAUNCHER_NAME = 'kata-agent-start';

export interface LauncherOptions {
  /** The package root in the guest (the modules tree, package.json, the addon). */
  root: string;
  /** The directory with the bundle, the blob and its stamp. */
  dir: string;
  node: string;
  defaultMode: StartMode;
}

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function launcherScript(o: LauncherOptions): string {
  if (!START_MODES.includes(o.defaultMode)) throw new Error(`launcher: unknown start mode ${JSON.stringify(o.defaultMode)} (expected ${START_MODES.join(', ')})`);
  return `#!/bin/sh
# kata-agent launcher (written by kata-ts guest/osbuilder/rootfs/agent-launcher.ts): agent.start=snapshot,
# bundle or modules on the kernel command line picks how node starts the agent; default ${o.defaultMode}.
# The arguments go to the agent; its --cmdline FILE names another command line for both (tests).
node=${shQuote(o.node)}
root=${shQuote(o.root)}
dir=${shQuote(o.dir)}
blob="$dir/${BLOB_NAME}"
mode=${o.defaultMode}
cmdline=/proc/cmdline
cpuinfo=\${KATA_AGENT_START_CPUINFO:-/proc/cpuinfo}
previous=
for arg in "$@"; do
  [ "$previous" = --cmdline ] && cmdline=$arg
  previous=$arg
done
# Shell built-ins only, bar one stat: as PID 1 under TCG every fork and exec of a binary not yet run
# costs tens of milliseconds of the boot.
if [ -r "$cmdline" ]; then
  line=
  read -r line < "$cmdline" || :
  for word in $line; do
    case "$word" in agent.start=*) mode=\${word#agent.start=} ;; esac
  done
fi
${cpuSignatureShell()}
fall_back() {
  echo "kata-agent-start: warning: $1; starting the bundle" >&2
  KATA_AGENT_START_WARNING=$1
  export KATA_AGENT_START_WARNING
  mode=bundle
}
case "$mode" in
  snapshot | bundle | modules) ;;
  *) fall_back "agent.start=$mode is not snapshot, bundle or modules" ;;
esac
if [ "$mode" = snapshot ]; then
  if [ ! -r "$blob" ] || [ ! -r "$dir/${STAMP_NAME}" ]; then
    fall_back "no snapshot at $blob"
  else
    want_node=unknown want_blob=unknown want_cpu=unknown
    while IFS='=' read -r key value; do
      case "$key" in node_bytes) want_node=$value ;; blob_bytes) want_blob=$value ;; cpu_signature) want_cpu=$value ;; esac
    done < "$dir/${STAMP_NAME}"
    # One stat for both sizes, a line each; a file it cannot stat leaves no line.
    sizes=$(stat -L -c %s "$node" "$blob" 2>/dev/null) || sizes=
    have_node=none have_blob=none
    case "$sizes" in *[!0-9]*) have_node=\${sizes%%[!0-9]*} have_blob=\${sizes##*[!0-9]} ;; esac
    if [ "$have_node" != "$want_node" ]; then
      fall_back "the snapshot $blob was built for another node binary ($node has $have_node bytes, the blob's had $want_node)"
    elif [ "$have_blob" != "$want_blob" ]; then
      fall_back "the snapshot $blob is damaged ($have_blob bytes, built with $want_blob)"
    else
      # V8 refuses a blob whose tag, which hashes the CPU features it probes, is not its own.
      cpu_signature "$cpuinfo"
      [ "$cpu_signature" = "$want_cpu" ] || fall_back "the snapshot $blob was proven on another CPU ($want_cpu), this guest's is $cpu_signature"
    fi
  fi
fi
KATA_TS_PACKAGE_ROOT=$root
export KATA_TS_PACKAGE_ROOT
case "$mode" in
  snapshot) exec "$node" ${SNAPSHOT_V8_FLAGS.join(' ')} --snapshot-blob "$blob" -- "$@" ;;
  bundle) exec "$node" "$dir/${BUNDLE_NAME}" "$@" ;;
  modules) exec "$node" "$root/dist/guest/agent/main.js" "$@" ;;
esac
`;
}
