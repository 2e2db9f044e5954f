// A local OCI image of a busybox-static rootfs (test/helpers/rootfs.ts), as an OCI image-layout
// tar that `ctr images import` takes — no registry needed. One gzip layer, a config with
// `sh` as the command (or another), named by the io.containerd.image.name annotation.
// pauseImageTar() is the same rootfs as a CRI sandbox (pause) image.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeBundle } from '../helpers/rootfs.js';

const sha = (b: Buffer | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Writes the image tar into dir; returns its path. */
export function busyboxImageTar(dir: string, name: string, cmd: string[] = ['sh']): string {
  const bundle = makeBundle('kata-oci-img-');
  try {
    const layer = execFileSync('tar', ['-C', bundle.rootfs, '--numeric-owner', '-c', '.'], { maxBuffer: 64 << 20 });
    const gz = gzipSync(layer);
    const config = JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: cmd, Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], WorkingDir: '/' },
      rootfs: { type: 'layers', diff_ids: [sha(layer)] },
    });
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: Buffer.byteLength(config) },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha(gz), size: gz.length }],
    });
    const layout = join(dir, `layout-${sha(name).slice(7, 19)}`);
    const blobs = join(layout, 'blobs', 'sha256');
    mkdirSync(blobs, { recursive: true });
    for (const b of [gz, Buffer.from(config), Buffer.from(manifest)]) writeFileSync(join(blobs, sha(b).slice(7)), b);
    writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    writeFileSync(join(layout, 'index.json'), JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha(manifest), size: Buffer.byteLength(manifest), annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': 'latest' } }],
    }));
    const tar = join(dir, `image-${sha(name).slice(7, 19)}.tar`);
    execFileSync('tar', ['-C', layout, '-cf', tar, '.']);
    readFileSync(tar); // fail here, not in ctr, if it was not written
    return tar;
  } finally {
    bundle.remove();
  }
}

/**
 * A sandbox image for containerd's CRI plugin (its sandbox_image): what the pause container of
 * Kubernetes does — sleep as PID 1 until SIGTERM or SIGINT, then exit 0 — done by busybox's sh.
 */
export function pauseImageTar(dir: string, name: string): string {
  return busyboxImageTar(dir, name, ['sh', '-c', 'trap "exit 0" TERM INT; while :; do sleep 3600 & wait; done']);
}
