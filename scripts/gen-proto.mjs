#!/usr/bin/env node
// Generates typed protobuf code at build time (protobufjs static module + .d.ts) from our own
// proto/ files and containerd's protos as Debian's golang-github-containerd-containerd-dev
// installs them (never copied into the repo). Output:
//   lib/common/proto/gen/protocols.d.ts   types, imported by TypeScript
//   dist/lib/common/proto/gen/protocols.js the code, next to the compiled TypeScript that imports it
// and, as its own module (host-only, used by kata-crictl), the CRI v1 API of proto/cri/:
//   lib/cri/gen/cri.d.ts, dist/lib/cri/gen/cri.js
// Skips the work when no input changed since the last run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gocode = '/usr/share/gocode/src';
const containerd = `${gocode}/github.com/containerd/containerd`;
const gogo = `${gocode}/github.com/gogo/protobuf`;

// containerd's protos we speak (shim v2 Task API, task events, the events service for publishing,
// CRI runtime options carrying ConfigPath). Their imports resolve through the include paths.
const containerdProtos = [
  `${containerd}/runtime/v2/task/shim.proto`,
  `${containerd}/api/events/task.proto`,
  `${containerd}/api/services/ttrpc/events/v1/events.proto`,
  `${containerd}/pkg/runtimeoptions/v1/api.proto`,
  // the cgroup metrics the Task API's Stats carries (ctr task metrics decodes them)
  `${gocode}/github.com/containerd/cgroups/stats/v1/metrics.proto`,
];

const criDir = join(root, 'proto', 'cri');

function ourProtos(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && p !== criDir) out.push(...ourProtos(p));
    else if (e.name.endsWith('.proto')) out.push(p);
  }
  return out.sort();
}

const missing = containerdProtos.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`gen-proto: containerd's protos are missing:\n  ${missing.join('\n  ')}\n` +
    'install them with: apt-get install golang-github-containerd-containerd-dev (npm run setup does this)');
  process.exit(1);
}

const bin = join(root, 'node_modules', '.bin');
const includes = [join(root, 'proto'), gocode, gogo, join(gogo, 'protobuf')].flatMap((p) => ['-p', p]);

/** Writes one static module and its types, unless its inputs are unchanged since the last run. */
function generate(inputs, typesOut, codeOut) {
  const hash = createHash('sha256');
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  hash.update(readFileSync(join(root, 'scripts', 'gen-proto.mjs')));
  const digest = hash.digest('hex');
  const stamp = `${codeOut}.inputs-sha256`;
  if (existsSync(stamp) && existsSync(typesOut) && existsSync(codeOut) && readFileSync(stamp, 'utf8') === digest) {
    console.log(`gen-proto: ${relative(root, typesOut)} up to date`);
    return;
  }
  mkdirSync(dirname(typesOut), { recursive: true });
  mkdirSync(dirname(codeOut), { recursive: true });
  console.log(`gen-proto: ${inputs.map((f) => relative(root, f).replace(/^(\.\.\/)+usr/, '/usr')).join(', ')}`);
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify',
    ...includes, '-o', codeOut, ...inputs], { stdio: 'inherit' });
  // protobufjs/minimal is CommonJS: under Node's ESM loader only its default export is reliable.
  let code = readFileSync(codeOut, 'utf8');
  code = code.replace(/import \* as \$protobuf from "protobufjs\/minimal";/, 'import $protobuf from "protobufjs/minimal.js";');
  // --force-number types 64-bit fields as number, but the generated decoder and field defaults still
  // produce Long objects whenever the `long` package is installed (it is: protobufjs depends on it).
  // Make the code match the types: 64-bit values decode to numbers (exact up to 2^53).
  code = code.replace(/\$util\.Long \? \$util\.Long\.fromBits\(0,0,(true|false)\) : 0/g, '0');
  code = code.replace(/reader\.(u?int64|sint64|s?fixed64)\(\)/g, '$$longToNumber(reader.$1())');
  code = code.replace(/= \$util\.Long\.fromValue\(([^;]*)\);/g, '= $$longToNumber($$util.Long.fromValue($1));'); // fromObject
  code = code.replace('// Common aliases\n',
    '// Common aliases\nconst $longToNumber = (v) => (typeof v === "number" ? v : v.toNumber());\n');
  if (!code.includes('const $longToNumber')) throw new Error('gen-proto: pbjs output changed; the int64 patch did not apply');
  writeFileSync(codeOut, code);
  execFileSync(join(bin, 'pbts'), ['-o', typesOut, codeOut], { stdio: 'inherit' });
  writeFileSync(stamp, digest);
  console.log(`gen-proto: wrote ${relative(root, typesOut)} and ${relative(root, codeOut)}`);
}

generate([...ourProtos(join(root, 'proto')), ...containerdProtos],
  join(root, 'lib', 'common', 'proto', 'gen', 'protocols.d.ts'),
  join(root, 'dist', 'lib', 'common', 'proto', 'gen', 'protocols.js'));
generate(ourProtos(criDir), join(root, 'lib', 'cri', 'gen', 'cri.d.ts'), join(root, 'dist', 'lib', 'cri', 'gen', 'cri.js'));
