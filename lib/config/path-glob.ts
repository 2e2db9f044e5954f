// The globs of the configuration's `valid_*` lists, which say what host file or program a pod's
// annotation may name (lib/config/annotation-rules.ts), matched by minimatch with its extras off.
// Not node's path.matchesGlob: it is experimental in Node 20 (a warning on the shim's stderr) and
// matches values that are not normalised: "/usr/bin/./x", "/usr/bin//x" and "/usr/bin/x/" for
// "/usr/bin/*", "/usr/bin/../bin/x" for "/usr/bin/**". Here:
//
// - A value is matched only when it is an absolute, normalised path of plain characters
//   (pathProblem): no "." or ".." segment, no empty segment, no trailing "/", nothing but letters,
//   digits and . _ - + @ ~. QEMU reads "," as its option separator inside -drive and -object
//   values, so a comma in an image or entropy path could add options of the pod's choosing.
// - A pattern matches the whole value, segment by segment: `*` is any run of characters within
//   one segment, `?` one character within one segment; a segment that is exactly `**` stands for
//   zero or more whole segments. Nothing else is special. As in glob(3), a segment's leading "."
//   is matched only by a literal ".", and `**` does not descend into such segments.
// - A pattern is itself absolute and normalised (globProblem): parse.ts refuses the file otherwise,
//   so no pattern means more than it shows. Kata lists "" (an empty value allowed): accepted, and
//   it allows nothing here, since an empty value is not a path.
//
// No file system is consulted: the name is matched as written. A glob over a directory whose
// entries others may create or link lets them choose; list only root-owned directories.
import { minimatch } from 'minimatch';

const SEGMENT = /^[A-Za-z0-9._+@~-]+$/;
const PATTERN_SEGMENT = /^[A-Za-z0-9._+@~*?-]+$/;

/** Why `value` cannot be matched (not an absolute, normalised path of plain characters), or undefined. */
export function pathProblem(value: string): string | undefined {
  if (value === '') return 'is empty, not an absolute path';
  if (!value.startsWith('/')) return 'is not an absolute path';
  if (value === '/') return 'names the root directory, not a file';
  if (value.endsWith('/')) return 'ends in "/"';
  for (const segment of value.slice(1).split('/')) {
    if (segment === '') return 'has an empty segment ("//")';
    if (segment === '.' || segment === '..') return `has a "${segment}" segment`;
    if (!SEGMENT.test(segment)) return `has a character other than letters, digits and . _ - + @ ~ (in ${JSON.stringify(segment)})`;
  }
  return undefined;
}

/** Why `pattern` is not a valid glob of a `valid_*` list, or undefined; '' is valid and matches nothing. */
export function globProblem(pattern: string): string | undefined {
  if (pattern === '') return undefined;
  if (!pattern.startsWith('/')) return 'a glob must be an absolute path';
  if (pattern.endsWith('/')) return 'a glob must not end in "/"';
  for (const segment of pattern.slice(1).split('/')) {
    if (segment === '') return 'a glob must not have an empty segment ("//")';
    if (segment === '.' || segment === '..') return `a glob must not have a "${segment}" segment`;
    if (!PATTERN_SEGMENT.test(segment)) return `only letters, digits, . _ - + @ ~ and the wildcards * ? ** may be used (in ${JSON.stringify(segment)})`;
    if (segment !== '**' && segment.includes('**')) return `"**" must be a whole segment (in ${JSON.stringify(segment)})`;
  }
  return undefined;
}

/** Whether the whole of `value` matches `pattern`; false for a value with a pathProblem or a pattern with a globProblem. */
export function matchesPathGlob(value: string, pattern: string): boolean {
  if (pattern === '' || pathProblem(value) !== undefined || globProblem(pattern) !== undefined) return false;
  // The pattern's syntax is already limited to * ? and whole-segment ** (globProblem): minimatch's
  // other features are off so they never widen it.
  return minimatch(value, pattern, { dot: false, nobrace: true, noext: true, nocomment: true, nonegate: true, optimizationLevel: 0 });
}

/** Whether any of `patterns` matches `value`. */
export function matchesAnyPathGlob(value: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPathGlob(value, p));
}
