// The nested test host's init: a busybox initrd whose /init makes this machine's own root file
// system the VM's (shared read-only over virtio-9p, as virtme-ng runs a host's userland in a VM),
// writable through an overlay on tmpfs, so containerd, QEMU, node, the project tree and its built
// guest assets are all there without a second distribution. It then serves jobs: the harness
// (test/helpers/nested-host.ts) writes JOB.sh into a second 9p share, sends the job's name on a
// virtio-serial port, and the init runs the script chrooted into the host root, its output in
// JOB.out beside it, and answers `done JOB STATUS` on the port. `poweroff` ends the VM.

/** The 9p mount tags and the serial port name the harness and the init share. */
export const NESTED_HOST_ROOT_TAG = 'hostroot';
export const NESTED_HOST_JOB_TAG = 'jobs';
export const NESTED_HOST_PORT = 'nested.jobs';
/** Where the job share appears inside the host root. */
export const NESTED_HOST_JOB_DIR = '/run/nested-jobs';
/** The unit a nested host with systemd as PID 1 boots into (systemd's --unit=). */
export const NESTED_HOST_SYSTEMD_TARGET = 'kata-nested.target';
/** The line the init prints on the console (and sends on the port) once it serves jobs. */
export const NESTED_HOST_READY = 'nested-host: serving jobs';

/**
 * The job loop on fd 3 (the port): one job name per line, its script run with a clean environment
 * (entered into the host root by `enter`, its output under `root`), `done JOB STATUS` sent back;
 * `poweroff` ends it. The same loop for the init and, under systemd, for its service.
 */
function jobLoop(o: { enter: string; root: string; ready: string; poweroff: string }): string {
  return `exec 3<>"$port"
${o.ready}
echo "ready" >&3
while read -r job <&3; do
  case "$job" in
    poweroff) break ;;
    *[!A-Za-z0-9_-]*|'') echo "bad $job" >&3; continue ;;
  esac
  ${o.enter}/usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \\
    /bin/sh ${NESTED_HOST_JOB_DIR}/$job.sh > ${o.root}${NESTED_HOST_JOB_DIR}/$job.out 2>&1 < /dev/null
  echo "done $job $?" >&3
done
sync
${o.poweroff}
`;
}

/** The body of /init after busyboxInitrd's first lines (busybox applets installed in /bin, PATH=/bin). */
export function nestedHostInit(): string {
  return `set -u
fail() { echo "nested-host: $*"; poweroff -f; }
mount -t proc proc /proc && mount -t sysfs sys /sys && mount -t devtmpfs dev /dev || fail "early mounts"
mkdir -p /lower /rw /newroot
mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000,cache=loose,ro ${NESTED_HOST_ROOT_TAG} /lower || fail "the host root (9p tag ${NESTED_HOST_ROOT_TAG}) did not mount"
mount -t tmpfs -o mode=0755 rw /rw && mkdir -p /rw/upper /rw/work || fail "tmpfs"
# The host root stays read-only below; what the tests write lands in tmpfs.
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot || fail "the overlay on the host root did not mount"
R=/newroot
mount -t proc proc $R/proc && mount -t sysfs sys $R/sys && mount -t devtmpfs dev $R/dev || fail "mounts in the new root"
mkdir -p $R/dev/pts $R/dev/shm && mount -t devpts -o newinstance,ptmxmode=0666 devpts $R/dev/pts && mount -t tmpfs shm $R/dev/shm
mount -t tmpfs -o mode=1777 tmp $R/tmp && mount -t tmpfs -o mode=0755 run $R/run || fail "tmpfs in the new root"
# A project tree below /tmp or /run (a CI clone may be there) would be hidden by those tmpfs:
# the harness names it (nested.tree=), and it is laid over them the way / is.
tree=$(sed -n 's/.*nested\\.tree=\\([^ ]*\\).*/\\1/p' /proc/cmdline)
case "$tree" in
  /tmp/*|/run/*) mkdir -p $R$tree /rw/tree-upper /rw/tree-work && mount -t overlay -o lowerdir=/lower$tree,upperdir=/rw/tree-upper,workdir=/rw/tree-work overlay $R$tree || fail "the project tree $tree did not mount" ;;
esac
mount -t cgroup2 cgroup2 $R/sys/fs/cgroup || fail "cgroup2"
mkdir -p $R${NESTED_HOST_JOB_DIR} && mount -t 9p -o trans=virtio,version=9p2000.L,msize=512000 ${NESTED_HOST_JOB_TAG} $R${NESTED_HOST_JOB_DIR} || fail "the job share (9p tag ${NESTED_HOST_JOB_TAG}) did not mount"
ip link set lo up 2>/dev/null
port=
for p in /sys/class/virtio-ports/*; do
  [ "$(cat "$p/name" 2>/dev/null)" = ${NESTED_HOST_PORT} ] && port=/dev/\${p##*/}
done
[ -n "$port" ] || fail "no virtio-serial port named ${NESTED_HOST_PORT}"
if grep -qw nested.systemd=1 /proc/cmdline; then
  # systemd as PID 1 on the same root (the systemd cgroup driver's tests): the job loop becomes a
  # service of a target of its own (systemd's --unit=), beside D-Bus.
  mkdir -p $R/etc/systemd/system $R/usr/local/sbin
  echo "port=$port" > $R/usr/local/sbin/kata-nested-jobs
  cat >> $R/usr/local/sbin/kata-nested-jobs <<'JOBS'
${jobLoop({ enter: '', root: '', ready: `echo "${NESTED_HOST_READY}" > /dev/console`, poweroff: 'systemctl poweroff --force --force' })}JOBS
  cat > $R/etc/systemd/system/${NESTED_HOST_SYSTEMD_TARGET} <<UNIT
[Unit]
Description=kata-ts nested test host
Requires=dbus.socket kata-nested-jobs.service
After=dbus.socket
AllowIsolate=yes
UNIT
  cat > $R/etc/systemd/system/kata-nested-jobs.service <<UNIT
[Unit]
Description=kata-ts nested test host jobs
After=dbus.socket
[Service]
ExecStart=/bin/sh /usr/local/sbin/kata-nested-jobs
UNIT
  exec switch_root $R /lib/systemd/systemd --unit=${NESTED_HOST_SYSTEMD_TARGET} --show-status=0
fi
${jobLoop({ enter: 'chroot $R ', root: '$R', ready: `echo "${NESTED_HOST_READY}"`, poweroff: 'poweroff -f' })}`;
}
