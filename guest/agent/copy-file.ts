// CopyFile: the runtime pushes files (resolv.conf, hosts, secrets) into the guest in chunks. A
// chunk at offset 0 starts a temporary file; the file is renamed into place only when file_size
// bytes have arrived, so nothing ever reads a half-written file. Only paths below the allowed
// root (/run in the guest) are accepted, and only in canonical form, so a request cannot write
// elsewhere through `..` or a symlink it planted earlier.
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, normalize, relative } from 'node:path';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';
import { InvalidArgumentError } from '../../lib/common/errors.js';

const bad = (msg: string): InvalidArgumentError => new InvalidArgumentError(`CopyFile: ${msg}`);

export class FileCopier {
  constructor(private readonly root = '/run') {}

  private tmpPath(path: string): string {
    return `${path}.kata-copy`;
  }

  private checkPath(path: string): void {
    if (!isAbsolute(path) || normalize(path) !== path || path.endsWith('/')) throw bad(`path ${JSON.stringify(path)} is not absolute and canonical`);
    const rel = relative(this.root, path);
    if (rel === '' || rel.startsWith('..')) throw bad(`path ${path} is not below ${this.root}`);
    // Every existing ancestor must resolve to itself: no symlink leads out of the root.
    for (let d = dirname(path); d !== this.root && d.length > this.root.length; d = dirname(d)) {
      if (existsSync(d) && realpathSync(d) !== d) throw bad(`${d} is a symlink (or below one); refusing to write through it`);
    }
    if (existsSync(path) && lstatSync(path).isSymbolicLink()) throw bad(`${path} is a symlink; refusing to replace it`);
  }

  copy(req: grpc.ICopyFileRequest): void {
    const path = req.path ?? '';
    this.checkPath(path);
    const size = Number(req.fileSize ?? 0);
    const offset = Number(req.offset ?? 0);
    const data = req.data ?? new Uint8Array(0);
    if (size < 0 || offset < 0 || offset + data.length > size) throw bad(`chunk at offset ${offset} of ${data.length} bytes exceeds file_size ${size}`);
    mkdirSync(dirname(path), { recursive: true, mode: req.dirMode || 0o755 });
    const tmp = this.tmpPath(path);
    if (offset === 0) rmSync(tmp, { force: true });
    else if (!existsSync(tmp) || statSync(tmp).size !== offset) throw bad(`chunk at offset ${offset} of ${path} does not follow the previous chunks`);
    const fd = openSync(tmp, offset === 0 ? 'w' : 'r+', req.fileMode || 0o644);
    try {
      writeSync(fd, data, 0, data.length, offset);
    } finally {
      closeSync(fd);
    }
    if (offset + data.length === size) {
      chmodSync(tmp, req.fileMode || 0o644);
      const uid = req.uid ?? 0;
      const gid = req.gid ?? 0;
      if (uid >= 0 && gid >= 0) chownSync(tmp, uid, gid);
      renameSync(tmp, path);
    }
  }
}
