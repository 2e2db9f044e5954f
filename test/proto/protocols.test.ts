// The protocol definitions: our agent API carries Kata's names and field numbers on the wire, the
// API table lists exactly the rpcs of the .proto files, the generated codecs work through our
// ttrpc, and containerd's shim protos (read from Debian's package at build time) are present.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { AGENT_SERVICE, HEALTH_SERVICE, agentMethods, healthMethods, healthService } from '../../lib/common/agent/api.js';
import { containerd, grpc, runtimeoptions } from '../../lib/common/proto/gen/protocols.js';
import { Code, TtrpcClient, TtrpcServer, TtrpcError, method, serviceClient } from '../../lib/common/ttrpc/index.js';
import { captureLog, socketDir } from '../ttrpc/helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const rpcsOf = (file: string, service: string): string[] => {
  const text = readFileSync(join(root, 'proto', file), 'utf8');
  const body = text.slice(text.indexOf(`service ${service} {`));
  return [...body.slice(0, body.indexOf('\n}')).matchAll(/^\s*rpc (\w+)\(/gm)].map((x) => x[1]!).sort();
};
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

t.test('the API table lists exactly the rpcs of agent.proto and health.proto', async (t) => {
  t.same(Object.keys(agentMethods).sort(), rpcsOf('agent.proto', 'AgentService'));
  t.same(Object.keys(healthMethods).sort(), rpcsOf('health.proto', 'Health'));
  const issueList = ['CreateSandbox', 'DestroySandbox', 'CreateContainer', 'StartContainer', 'RemoveContainer', 'ExecProcess',
    'SignalProcess', 'WaitProcess', 'WriteStdin', 'ReadStdout', 'ReadStderr', 'CloseStdin', 'TtyWinResize', 'UpdateContainer',
    'StatsContainer', 'PauseContainer', 'ResumeContainer', 'GetGuestDetails', 'SetGuestDateTime', 'ReseedRandomDev', 'CopyFile', 'GetOOMEvent', 'GetMetrics', 'OnlineCPUMem',
    'ListInterfaces', 'UpdateInterface', 'ListRoutes', 'UpdateRoutes', 'AddARPNeighbors', 'GetIPTables', 'SetIPTables'];
  t.same(Object.keys(agentMethods).sort(), issueList.sort());
  t.equal(AGENT_SERVICE, 'grpc.AgentService');
  t.equal(HEALTH_SERVICE, 'grpc.Health');
});

t.test("agent messages use Kata's field numbers on the wire", async (t) => {
  // SetIPTablesRequest: is_ipv6 = 1 (0x08), data = 2 (0x12); the responses' data = 1 (0x0a).
  t.equal(hex(grpc.SetIPTablesRequest.encode({ isIpv6: true, data: Buffer.from('x') }).finish()), '0801' + '120178');
  t.equal(hex(grpc.GetIPTablesResponse.encode({ data: Buffer.from('x') }).finish()), '0a0178');
  // container_id = 1 (tag 0x0a), OCI = 6 (0x32) holding Spec.Hostname = 4 (0x22).
  t.equal(hex(grpc.CreateContainerRequest.encode({ containerId: 'c', OCI: { Hostname: 'h' } }).finish()), '0a0163' + '3203' + '220168');
  // ReseedRandomDevRequest: data = 2 (0x12), as in Kata's agent.proto.
  t.equal(hex(grpc.ReseedRandomDevRequest.encode({ data: Buffer.from('x') }).finish()), '120178');
  // exec_id = 2 (0x12), signal = 3 (varint, 0x18).
  t.equal(hex(grpc.SignalProcessRequest.encode({ containerId: 'c', execId: 'e', signal: 9 }).finish()), '0a0163' + '120165' + '1809');
  // Metrics: metrics = 1 (string, 0x0a).
  t.equal(hex(grpc.Metrics.encode({ metrics: 'm' }).finish()), '0a016d');
  // TtyWinResize: row = 3 (0x18), column = 4 (0x20).
  t.equal(hex(grpc.TtyWinResizeRequest.encode({ row: 24, column: 80 }).finish()), '1818' + '2050');
  // SetGuestDateTime: Sec = 1, Usec = 2, both int64.
  t.equal(hex(grpc.SetGuestDateTimeRequest.encode({ Sec: 1700000000, Usec: 5 }).finish()), '0880e2cfaa06' + '1005');
  // OnlineCPUMemRequest: wait = 1 (0x08), nb_cpus = 2 (uint32, 0x10), cpu_only = 3 (0x18).
  t.equal(hex(grpc.OnlineCPUMemRequest.encode({ wait: true, nbCpus: 2, cpuOnly: true }).finish()), '0801' + '1002' + '1801');
  // Health status SERVING = 1.
  t.equal(hex(grpc.HealthCheckResponse.encode({ status: grpc.HealthCheckResponse.ServingStatus.SERVING }).finish()), '0801');
});

t.test('an OCI spec round-trips through the messages, including an explicit seccomp errno of 0', async (t) => {
  const spec: grpc.ISpec = {
    Version: '1.0.2',
    Hostname: 'pod',
    Process: { Args: ['sh', '-c', 'id'], Env: ['PATH=/bin'], Cwd: '/', User: { UID: 1000, GID: 1000, AdditionalGids: [10] }, Terminal: true, ConsoleSize: { Height: 24, Width: 80 }, Rlimits: [{ Type: 'RLIMIT_NOFILE', Hard: 1024, Soft: 512 }] },
    Root: { Path: 'rootfs', Readonly: true },
    Mounts: [{ destination: '/proc', source: 'proc', type: 'proc', options: ['nosuid'] }],
    Annotations: { 'io.kubernetes.cri.container-type': 'sandbox' },
    Linux: {
      Namespaces: [{ Type: 'pid' }, { Type: 'network', Path: '/proc/1/ns/net' }],
      Resources: { Memory: { Limit: 64 << 20 }, CPU: { Quota: 50000, Period: 100000, Cpus: '0' } },
      Seccomp: { DefaultAction: 'SCMP_ACT_ALLOW', Syscalls: [{ Names: ['mkdir'], Action: 'SCMP_ACT_ERRNO', errnoret: 0 }] },
      MaskedPaths: ['/proc/kcore'],
    },
  };
  const back = grpc.Spec.toObject(grpc.Spec.decode(grpc.Spec.encode(spec).finish()), { oneofs: true });
  t.match(back, spec);
  t.equal(back.Linux.Seccomp.Syscalls[0].ErrnoRet, 'errnoret', 'the oneof records that an errno was given');
  const none = grpc.LinuxSyscall.decode(grpc.LinuxSyscall.encode({ Names: ['x'], Action: 'SCMP_ACT_ERRNO' }).finish());
  t.equal(none.ErrnoRet, undefined, 'and that none was');
});

t.test('the generated codecs serve the health service through our ttrpc', async (t) => {
  const server = new TtrpcServer({ logger: captureLog().logger });
  server.register({
    serviceName: HEALTH_SERVICE,
    methods: {
      Check: method({ ...healthMethods.Check, handler: () => ({ status: grpc.HealthCheckResponse.ServingStatus.SERVING }) }),
      Version: method({ ...healthMethods.Version, handler: () => ({ grpcVersion: 'ttrpc', agentVersion: '0.1.0' }) }),
    },
  });
  const path = join(socketDir(t), 'health.sock');
  await server.listen(path);
  t.teardown(() => server.close());
  const client = await TtrpcClient.connect(path);
  t.teardown(() => client.close());
  const health = serviceClient(client, healthService);
  t.equal((await health.Check({})).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  t.same({ ...(await health.Version({})) }, { grpcVersion: 'ttrpc', agentVersion: '0.1.0' });
  // The agent service is not registered on this server: its calls answer Unimplemented.
  await t.rejects(client.call(AGENT_SERVICE, 'StartContainer', agentMethods.StartContainer.requestType, agentMethods.StartContainer.responseType, { containerId: 'x' }),
    TtrpcError);
  await t.rejects(client.call(AGENT_SERVICE, 'StartContainer', agentMethods.StartContainer.requestType, agentMethods.StartContainer.responseType, { containerId: 'x' }),
    { code: Code.Unimplemented });
});

t.test("containerd's shim, event and runtime-option protos are generated with their field numbers", async (t) => {
  // CreateTaskRequest: id = 1, bundle = 2, terminal = 4.
  t.equal(hex(containerd.task.v2.CreateTaskRequest.encode({ id: 'a', bundle: 'b', terminal: true }).finish()), '0a0161' + '120162' + '2001');
  // TaskExit: container_id = 1, pid = 3, exit_status = 4.
  t.equal(hex(containerd.events.TaskExit.encode({ containerId: 'a', pid: 7, exitStatus: 1 }).finish()), '0a0161' + '1807' + '2001');
  // runtimeoptions.v1.Options carries ConfigPath as field 2: the shim reads it to find its configuration.
  t.equal(runtimeoptions.v1.Options.decode(Buffer.from('1205' + Buffer.from('/x.tm').toString('hex'), 'hex')).configPath, '/x.tm');
});
