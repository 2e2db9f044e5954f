// stdio-uri.ts and binary-logger.ts: containerd's stdio strings, and a logging binary started
// as containerd's convention says (fds 3, 4, 5; CONTAINER_ID and CONTAINER_NAMESPACE).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { BinaryLogger } from '../../lib/shim/binary-logger.js';
import { parseStdioTarget } from '../../lib/shim/stdio-uri.js';

t.test('stdio targets', async (t) => {
  t.same(parseStdioTarget('/run/x/stdout'), { kind: 'fifo', path: '/run/x/stdout' });
  t.same(parseStdioTarget('fifo:///run/x/stdout'), { kind: 'fifo', path: '/run/x/stdout' });
  t.same(parseStdioTarget('file:///var/log/c.log'), { kind: 'file', path: '/var/log/c.log' });
  t.same(parseStdioTarget('binary:///usr/bin/logger?tag=web&debug'), { kind: 'binary', path: '/usr/bin/logger', args: ['tag', 'web', 'debug'] });
  t.throws(() => parseStdioTarget('syslog:///dev/log'), /unknown scheme syslog/);
});

t.test('a logging binary gets stdout on fd 3, stderr on fd 4, a ready fd 5, and its env', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-logger-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'logger.sh');
  writeFileSync(script, `#!/bin/sh\nout=$2\necho "$CONTAINER_NAMESPACE/$CONTAINER_ID $1 HOME=\${HOME:-unset}" > $out.env\nexec 5>&-\ncat <&3 > $out.stdout &\ncat <&4 > $out.stderr\nwait\n`);
  chmodSync(script, 0o755);
  const target = parseStdioTarget(`binary://${script}?out=${join(dir, 'log')}`);
  if (target.kind !== 'binary') throw new Error('not binary');
  const logger = await BinaryLogger.start(target.path, target.args, 'c1', 'k8s.io');
  logger.stdout.write('to stdout\n');
  logger.stderr.write('to stderr\n');
  await logger.close();
  t.equal(readFileSync(join(dir, 'log.stdout'), 'utf8'), 'to stdout\n');
  t.equal(readFileSync(join(dir, 'log.stderr'), 'utf8'), 'to stderr\n');
  t.equal(readFileSync(join(dir, 'log.env'), 'utf8'), 'k8s.io/c1 out HOME=unset\n', 'only CONTAINER_ID and CONTAINER_NAMESPACE, args from the query');
});

t.test('a logging binary that exits before it is ready is an error naming it', async (t) => {
  await t.rejects(BinaryLogger.start('/bin/false', [], 'c1', 'default'), /logging binary \/bin\/false exited \(1\) before it was ready/);
  await t.rejects(BinaryLogger.start('/nonexistent/logger', [], 'c1', 'default'), /logging binary \/nonexistent\/logger/);
});
