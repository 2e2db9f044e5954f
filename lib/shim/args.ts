// The command line containerd gives a shim v2 binary (runtime/v2/shim): Go-style single-dash
// flags, then the action — `start` (spawn the shim server, print its address), `delete`
// (clean up after a shim that is gone) — or none, which is the server itself.
export interface ShimArgs {
  namespace: string;
  address: string;
  publishBinary: string;
  id: string;
  bundle: string;
  debug: boolean;
  socket: string;
  action: 'start' | 'delete' | 'serve';
}

const USAGE = `Usage: containerd-shim-kata-v2 -namespace NS -address ADDR -publish-binary BIN -id ID [-bundle DIR] [-debug] (start|delete)

The kata-ts shim for containerd (runtime type io.containerd.kata.v2): each task runs in its own
lightweight VM. containerd starts it; run by hand only to read this text.
  start   start the shim server for the task, print its ttrpc address
  delete  clean up the task's VM and mounts after the shim is gone (prints a DeleteResponse)
`;

export function parseShimArgs(argv: readonly string[]): ShimArgs | 'help' {
  const out: ShimArgs = { namespace: '', address: '', publishBinary: '', id: '', bundle: process.cwd(), debug: false, socket: '', action: 'serve' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!.replace(/^--?/, '-');
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '-h':
      case '-help':
        return 'help';
      case '-namespace':
        out.namespace = value();
        break;
      case '-address':
        out.address = value();
        break;
      case '-publish-binary':
        out.publishBinary = value();
        break;
      case '-id':
        out.id = value();
        break;
      case '-bundle':
        out.bundle = value();
        break;
      case '-socket':
        out.socket = value();
        break;
      case '-debug':
        out.debug = true;
        break;
      case 'start':
      case 'delete':
        out.action = argv[i] as 'start' | 'delete';
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n\n${USAGE}`);
    }
  }
  if (!out.id) throw new Error(`-id is required\n\n${USAGE}`);
  if (!out.namespace) throw new Error(`-namespace is required\n\n${USAGE}`);
  return out;
}

export { USAGE as SHIM_USAGE };
