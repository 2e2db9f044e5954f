// The guest CPU's signature as far as the agent's V8 snapshot cares: vendor, family, model and the
// /proc/cpuinfo flags of the features V8 probes. Node refuses a snapshot whose V8 tag differs from
// its own, and the tag hashes the CPU features V8 detects (docs/architecture.md, "How the agent
// starts"), so a blob is used only on a CPU with the signature of the one it was proven on. The
// same signature is computed in two places that must agree: by the launcher in the guest (a POSIX
// shell function, built-ins only, as PID 1 cannot afford a fork) and here, for tests and the host.

/**
 * cpuinfo names of what V8 11.3 (Node 20) probes on x86-64: SSE3 (pni), SSSE3, SSE4.1/4.2, SAHF
 * (lahf_lm), AVX, AVX2, FMA3 (fma), BMI1/2, LZCNT (abm), POPCNT, and CET shadow stacks where the
 * kernel names them; plus the XSAVE state AVX needs and F16C, which newer V8s read.
 */
export const V8_CPU_FLAGS: readonly string[] = [
  'pni', 'ssse3', 'sse4_1', 'sse4_2', 'lahf_lm', 'avx', 'avx2', 'fma', 'bmi1', 'bmi2', 'abm', 'popcnt',
  'xsave', 'f16c', 'avx_vnni', 'shstk', 'user_shstk',
];

/** "vendor/family/model flag flag…" of the first processor in a /proc/cpuinfo text. */
export function cpuSignature(cpuinfo: string): string {
  let vendor = '';
  let family = '';
  let model = '';
  let flags = '';
  for (const line of cpuinfo.split('\n')) {
    if (line === '') {
      if (vendor || flags) break; // the first processor's block ends
      continue;
    }
    const value = line.replace(/^[^:]*:\s?/, '');
    if (/^vendor_id\s*:/.test(line)) vendor = value;
    else if (/^cpu family\s*:/.test(line)) family = value;
    else if (/^model\s*:/.test(line)) model = value;
    else if (/^flags\s*:/.test(line)) flags = value;
  }
  const wanted = new Set(V8_CPU_FLAGS);
  const picked = flags.split(/\s+/).filter((f) => wanted.has(f));
  return [`${vendor}/${family}/${model}`, ...picked].join(' ');
}

/**
 * The launcher's twin of cpuSignature: a shell function that sets $cpu_signature from the file
 * named by $1. `read` and `case` only; the first blank line ends the first processor's block.
 */
export function cpuSignatureShell(): string {
  return `cpu_signature() {
  vendor= family= model= flags= cpu_signature=
  while IFS= read -r line; do
    case "$line" in
      '') [ -n "$vendor$flags" ] && break ;;
      vendor_id*:*) vendor=\${line#*: } ;;
      'cpu family'*:*) family=\${line#*: } ;;
      'model name'*) ;;
      model*:*) model=\${line#*: } ;;
      flags*:*) flags=\${line#*: } ;;
    esac
  done < "$1"
  cpu_signature="$vendor/$family/$model"
  for flag in $flags; do
    case " ${V8_CPU_FLAGS.join(' ')} " in *" $flag "*) cpu_signature="$cpu_signature $flag" ;; esac
  done
}`;
}
