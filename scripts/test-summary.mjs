#!/usr/bin/env node
// Prints the closing line of `npm test` ("N passed, N failed, N skipped") from the combined output
// of the C++ test binary and tap, and lists the skipped tests with their reasons: a skip is a
// missing feature until proven otherwise, so it must be visible.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
let passed = 0, failed = 0, skipped = 0;
const skips = [];
for (const m of text.matchAll(/^(?:\d+: )?(\d+) passed, (\d+) failed$/gm)) {
  passed += Number(m[1]);
  failed += Number(m[2]);
}
// tap's final summary line: "# { total: N, pass: P, fail: F, skip: S, todo: T }"
const tapSummary = [...text.matchAll(/^# \{ total: \d+(?:, (\w+): (\d+))*.*\}$/gm)].pop();
if (tapSummary) {
  const counts = Object.fromEntries([...tapSummary[0].matchAll(/(\w+): (\d+)/g)].map((m) => [m[1], Number(m[2])]));
  passed += counts.pass ?? 0;
  failed += counts.fail ?? 0;
  skipped += (counts.skip ?? 0) + (counts.todo ?? 0);
}
for (const m of text.matchAll(/^\s*ok \d+ - (.*) # SKIP(.*)$/gim)) skips.push(`${m[1]}:${m[2]}`);
// The C++ binary's tests that could not run here (native/test/test_main.cc): "not run (reason): a, b".
for (const m of text.matchAll(/^(?:\d+: )?not run \((.*)\): (.*)$/gm)) {
  const names = m[2].split(', ');
  skipped += names.length;
  for (const n of names) skips.push(`${n} (C++): ${m[1]}`);
}
for (const s of skips) console.log(`skipped: ${s.trim()}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
