import t from 'tap';
import { parseAgentCmdline } from '../../guest/agent/cmdline.js';

t.test('defaults when no agent parameters are given', async (t) => {
  const c = parseAgentCmdline('console=ttyS0 root=/dev/pmem0p1 quiet');
  t.same(c, { port: 1024, logPort: 1025, trace: false, logLevel: 'info', debugConsole: false, debugConsolePort: 1026 });
});

t.test('agent parameters override the defaults', async (t) => {
  const c = parseAgentCmdline('agent.port=2000 agent.log=debug agent.debug_console agent.debug_console_vport=3000 agent.log_vport=4000');
  t.same(c, { port: 2000, logPort: 4000, trace: false, logLevel: 'debug', debugConsole: true, debugConsolePort: 3000 });
  t.equal(parseAgentCmdline('agent.log_vport=0').logPort, 0, 'agent.log_vport=0 turns the log port off');
  t.equal(parseAgentCmdline('agent.trace=true').trace, true, 'agent.trace=true');
  t.throws(() => parseAgentCmdline('agent.trace=yes'), /agent\.trace=yes: expected true or false/);
});

t.test('bad values and unknown keys are named in the error', async (t) => {
  t.throws(() => parseAgentCmdline('agent.port=abc'), /agent\.port=abc: expected a vsock port/);
  t.throws(() => parseAgentCmdline('agent.log_vport=x'), /agent\.log_vport=x: expected a vsock port/);
  t.throws(() => parseAgentCmdline('agent.log=loud'), /agent\.log=loud: expected one of debug/);
  t.throws(() => parseAgentCmdline('agent.colour=blue'), /unknown kernel parameter agent\.colour/);
});

t.test('agent.debug_console_serial names the debug console port; a bad name is an error', async (t) => {
  const c = parseAgentCmdline('agent.debug_console agent.debug_console_serial=agent.debug_console.0');
  t.same(c, { port: 1024, logPort: 1025, trace: false, logLevel: 'info', debugConsole: true, debugConsolePort: 1026, debugConsoleSerial: 'agent.debug_console.0' });
  t.throws(() => parseAgentCmdline('agent.debug_console_serial=a/b'), /agent\.debug_console_serial=a\/b: needs a virtio-serial port name/);
  t.throws(() => parseAgentCmdline('agent.debug_console_serial'), /needs a virtio-serial port name/);
});

t.test('agent.start= belongs to the launcher: the agent accepts it with any value', async (t) => {
  t.same(parseAgentCmdline('agent.start=snapshot'), parseAgentCmdline(''));
  t.same(parseAgentCmdline('agent.start=fastest'), parseAgentCmdline(''), 'the launcher warns about an unknown mode, the boot goes on');
});
