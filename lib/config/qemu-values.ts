// The syntax of configuration values that become part of a QEMU option string, checked where the
// file is read (parse.ts) and where a pod's annotation sets them (annotation-rules.ts), so that
// neither can add options of its own: QEMU reads "name,prop=value,…" in -cpu and -machine.

/** QEMU -cpu properties: `name=value`, `+name` or `-name`, comma-separated; nothing QEMU would read as another option. */
const CPU_FEATURES = /^[+-]?[A-Za-z0-9_.-]+(=[A-Za-z0-9_.-]+)?(,[+-]?[A-Za-z0-9_.-]+(=[A-Za-z0-9_.-]+)?)*$/;

/**
 * A machine type's name alone (q35, pc-q35-7.2, microvm). QEMU's -machine also takes properties
 * after a comma, and some name host files: dumpdtb= writes one, kernel=, initrd= and firmware= read
 * them; so no comma and no "=".
 */
const MACHINE_TYPE = /^[A-Za-z0-9_.-]+$/;

/** Why `v` is not a valid cpu_features value ('' is: no properties), or undefined. */
export function cpuFeaturesProblem(v: string): string | undefined {
  if (v === '' || CPU_FEATURES.test(v)) return undefined;
  return 'expected QEMU -cpu properties separated by commas, e.g. "pmu=off,-avx2" (letters, digits, _ . - and one = each; no spaces)';
}

/** Why `v` is not a valid machine_type value, or undefined. */
export function machineTypeProblem(v: string): string | undefined {
  if (MACHINE_TYPE.test(v)) return undefined;
  return 'expected a QEMU machine type\'s name alone, e.g. "q35" (letters, digits, _ . -; no properties after a comma)';
}
