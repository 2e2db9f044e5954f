// A sandbox's host cgroup as systemd's own unit: a transient scope started and stopped through
// systemd's D-Bus API (org.freedesktop.systemd1.Manager: StartTransientUnit, StopUnit, the
// JobRemoved signal), as runc's and Kata's systemd cgroup drivers do. Under a systemd host the
// cgroup tree is systemd's: a directory made beside it is moved or removed when systemd next
// reorganises its slices, so a scope is the only sound home. dbus-next is loaded only here, the
// first time a pod asks for the systemd form on a host whose PID 1 is systemd.
import { existsSync } from 'node:fs';

/** sd_booted(3): systemd is PID 1 and set up its runtime directory. */
export function systemdIsInit(): boolean {
  return existsSync('/run/systemd/system');
}

const DEST = 'org.freedesktop.systemd1';
const PATH = '/org/freedesktop/systemd1';
const MANAGER = 'org.freedesktop.systemd1.Manager';
const SYSTEM_BUS = '/run/dbus/system_bus_socket';
const JOB_TIMEOUT_MS = 30_000;

export interface ScopeOptions {
  unit: string;
  slice: string;
  /** At least one: systemd refuses a scope with no process. */
  pids: number[];
  description: string;
}

type DBus = typeof import('dbus-next');
interface Manager {
  dbus: DBus;
  call(method: string, ...args: unknown[]): Promise<unknown>;
  /** Resolves with the job's result ("done", "failed", …) once systemd removes the job. */
  job(path: string, timeoutMs: number): Promise<string>;
  close(): void;
}

async function manager(): Promise<Manager> {
  if (!process.env.DBUS_SYSTEM_BUS_ADDRESS && !existsSync(SYSTEM_BUS))
    throw new Error(`systemd is PID 1 but its system bus ${SYSTEM_BUS} is not there (is dbus running?)`);
  const dbus: DBus = await import('dbus-next');
  const bus = dbus.systemBus();
  bus.on('error', () => undefined); // a broken connection fails the call in progress instead
  try {
    const obj = await bus.getProxyObject(DEST, PATH);
    const m = obj.getInterface(MANAGER);
    // Jobs that end before their caller asks for them are kept until asked.
    const ended = new Map<string, string>();
    const waiting = new Map<string, (result: string) => void>();
    m.on('JobRemoved', (_id: number, job: string, _unit: string, result: string) => {
      const w = waiting.get(job);
      if (w) w(result);
      else ended.set(job, result);
    });
    await m.Subscribe!();
    return {
      dbus,
      call: (method, ...args) => (m[method] as (...a: unknown[]) => Promise<unknown>)(...args),
      job: (path, timeoutMs) =>
        new Promise((resolve, reject) => {
          const done = ended.get(path);
          if (done !== undefined) return resolve(done);
          const timer = setTimeout(() => {
            waiting.delete(path);
            reject(new Error(`systemd job ${path} did not end within ${timeoutMs} ms`));
          }, timeoutMs);
          waiting.set(path, (r) => {
            clearTimeout(timer);
            waiting.delete(path);
            resolve(r);
          });
        }),
      close: () => bus.disconnect(),
    };
  } catch (e) {
    bus.disconnect();
    throw new Error(`systemd's D-Bus API (${DEST}): ${(e as Error).message}`, { cause: e });
  }
}

/** Starts unit (NAME.scope) in slice with pids, delegated (the runtime manages what is below it). */
export async function startTransientScope(o: ScopeOptions): Promise<void> {
  const m = await manager();
  try {
    const V = m.dbus.Variant;
    const props = [
      ['Description', new V('s', o.description)],
      ['Slice', new V('s', o.slice)],
      ['Delegate', new V('b', true)],
      // As runc's driver: not ordered against shutdown; the runtime stops it.
      ['DefaultDependencies', new V('b', false)],
      ['PIDs', new V('au', o.pids)],
    ];
    const job = (await m.call('StartTransientUnit', o.unit, 'fail', props, [])) as string;
    const result = await m.job(job, JOB_TIMEOUT_MS);
    if (result !== 'done') throw new Error(`the job starting it ended "${result}"`);
  } catch (e) {
    throw new Error(`start systemd scope ${o.unit} in ${o.slice}: ${(e as Error).message}`, { cause: e });
  } finally {
    m.close();
  }
}

/** Stops unit and forgets a failed state; a unit systemd no longer has is already stopped. */
export async function stopUnit(unit: string): Promise<void> {
  const m = await manager();
  try {
    let job: string | undefined;
    try {
      job = (await m.call('StopUnit', unit, 'replace')) as string;
    } catch (e) {
      if (!/NoSuchUnit|not loaded/.test(`${(e as { type?: string }).type ?? ''} ${(e as Error).message}`)) throw e;
    }
    if (job) {
      const result = await m.job(job, JOB_TIMEOUT_MS);
      if (result !== 'done') throw new Error(`the job stopping it ended "${result}"`);
    }
    await m.call('ResetFailedUnit', unit).catch(() => undefined);
  } catch (e) {
    throw new Error(`stop systemd unit ${unit}: ${(e as Error).message}`, { cause: e });
  } finally {
    m.close();
  }
}
