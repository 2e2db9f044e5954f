// The CRI log format kata-crictl logs reads (lib/cri/log-file.ts): records joined into lines per
// stream, partial records (P) continued, a malformed record named by its line.
import t from 'tap';
import { LogFormatError, parseCriLog } from '../../lib/cri/log-file.js';

t.test('full and partial records become whole lines, in order, per stream', async (t) => {
  const log = [
    '2026-12-01T10:00:00.000000001Z stdout F hello',
    '2026-12-01T10:00:00.000000002Z stderr F oops: x y',
    '2026-12-01T10:00:00.000000003Z stdout P par',
    '2026-12-01T10:00:00.000000004Z stdout F tial',
    '2026-12-01T10:00:00.000000005Z stdout F ',
    '',
  ].join('\n');
  t.same(parseCriLog(log), [
    { time: '2026-12-01T10:00:00.000000001Z', stream: 'stdout', text: 'hello' },
    { time: '2026-12-01T10:00:00.000000002Z', stream: 'stderr', text: 'oops: x y' },
    { time: '2026-12-01T10:00:00.000000003Z', stream: 'stdout', text: 'partial' },
    { time: '2026-12-01T10:00:00.000000005Z', stream: 'stdout', text: '' },
  ]);
});

t.test('a partial record at the end is still a line; an empty log has none', async (t) => {
  t.same(parseCriLog('2026-12-01T10:00:00Z stdout P no newline yet\n').map((l) => l.text), ['no newline yet']);
  t.same(parseCriLog(''), []);
});

t.test('a record that is not CRI log format is an error naming its line', async (t) => {
  t.throws(() => parseCriLog('2026-12-01T10:00:00Z stdout F ok\njust text\n'), { constructor: LogFormatError, message: /^line 2: not a CRI log record/ });
});
