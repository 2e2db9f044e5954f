// Pod and container configs in crictl's format become CRI messages field by field, and a config
// with a wrong field is refused with the field's path (lib/cri/config.ts). No containerd needed.
import t from 'tap';
import { ConfigError, containerConfig, parseConfigText, podSandboxConfig } from '../../lib/cri/config.js';
import { runtime } from '../../lib/cri/gen/cri.js';

import v1 = runtime.v1;

t.test('a crictl pod config (snake_case JSON) becomes a PodSandboxConfig', async (t) => {
  const c = podSandboxConfig({
    metadata: { name: 'web', namespace: 'default', uid: 'u-1', attempt: 1 },
    log_directory: '/tmp/logs',
    dns_config: { servers: ['10.0.0.10'] },
    port_mappings: [{ protocol: 'UDP', container_port: 53 }],
    labels: { app: 'web' },
    annotations: { 'io.katacontainers.config.hypervisor.default_memory': '512' },
    linux: { cgroup_parent: '/kubepods/pod-u-1', security_context: { namespace_options: { network: 'POD', pid: 'CONTAINER' } } },
  });
  t.equal(c.metadata?.name, 'web');
  t.equal(c.metadata?.attempt, 1);
  t.equal(c.logDirectory, '/tmp/logs');
  t.same(c.dnsConfig?.servers, ['10.0.0.10']);
  t.equal(c.portMappings[0]?.protocol, v1.Protocol.UDP);
  t.equal(c.portMappings[0]?.containerPort, 53);
  t.same(c.labels, { app: 'web' });
  t.equal(c.annotations['io.katacontainers.config.hypervisor.default_memory'], '512');
  t.equal(c.linux?.cgroupParent, '/kubepods/pod-u-1');
  t.equal(c.linux?.securityContext?.namespaceOptions?.pid, v1.NamespaceMode.CONTAINER);
  // and it survives the wire
  const back = v1.PodSandboxConfig.decode(v1.PodSandboxConfig.encode(c).finish());
  t.same(v1.PodSandboxConfig.toObject(back), v1.PodSandboxConfig.toObject(c));
});

t.test('a container config in YAML with camelCase keys, envs, mounts and resources', async (t) => {
  const c = containerConfig(parseConfigText([
    'metadata: {name: app}',
    'image: {image: "docker.io/library/busybox:latest"}',
    'command: [sh, -c, "echo hi"]',
    'envs: [{key: A, value: "1"}]',
    'logPath: app.log',
    'mounts: [{container_path: /data, host_path: /tmp, readonly: true}]',
    'linux:',
    '  resources: {memory_limit_in_bytes: 268435456, cpu_quota: 50000, cpu_period: 100000}',
  ].join('\n'), 'ctr.yaml'));
  t.equal(c.metadata?.name, 'app');
  t.same(c.command, ['sh', '-c', 'echo hi']);
  t.same(c.envs.map((e) => [e.key, e.value]), [['A', '1']]);
  t.equal(c.logPath, 'app.log');
  t.equal(c.mounts[0]?.readonly, true);
  t.equal(c.linux?.resources?.memoryLimitInBytes, 268435456);
  t.equal(c.linux?.resources?.cpuQuota, 50000);
});

t.test('wrong fields are refused with their path and what was expected', async (t) => {
  const refuse = (json: unknown, re: RegExp, what: string) =>
    t.throws(() => podSandboxConfig(json, 'pod.json'), { constructor: ConfigError, message: re }, what);
  refuse({ metadata: { nmae: 'x' } }, /^pod\.json: metadata\.nmae: unknown field \(PodSandboxMetadata has name, uid, namespace, attempt\)/, 'misspelt field');
  refuse({ metadata: { name: 7 } }, /metadata\.name: expected a string, got 7/, 'wrong scalar type');
  refuse({ metadata: { attempt: -1 } }, /metadata\.attempt: expected a non-negative integer/, 'negative uint32');
  refuse({ port_mappings: [{ protocol: 'ICMP' }] }, /port_mappings\[0\]\.protocol: "ICMP" is not one of TCP, UDP, SCTP/, 'bad enum');
  refuse({ labels: ['a'] }, /labels: expected a map/, 'list for a map');
  refuse({ dns_config: { servers: '1.1.1.1' } }, /dns_config\.servers: expected a list/, 'scalar for a list');
  refuse([], /expected an object \(PodSandboxConfig\)/, 'not an object');
  t.throws(() => containerConfig({ image: { image: 'x' }, command: 'sh' }, 'c.json'), /c\.json: command: expected a list/);
});

t.test('text that is neither JSON nor YAML is refused naming the file', async (t) => {
  t.throws(() => parseConfigText('{"a": [1,', 'bad.json'), /bad\.json: neither JSON nor YAML/);
});
