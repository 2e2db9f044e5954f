{
  "variables": {
    "kata_core_sources": [
      "native/src/common/sys_error.cc",
      "native/src/poll/poller.cc",
      "native/src/process/exit_status.cc",
      "native/src/cgroup/oom_event_v1.cc",
      "native/src/vsock/vsock.cc",
      "native/src/vhost/guest_memory.cc",
      "native/src/vhost/virtqueue.cc",
      "native/src/vhost/event_loop.cc",
      "native/src/vhost/vhost_user_server.cc",
      "native/src/vhost/vsock/packet.cc",
      "native/src/vhost/vsock/hybrid_muxer.cc",
      "native/src/vhost/vsock/device.cc",
      "native/src/vhost/vsock/backend.cc",
      "native/src/system/system.cc",
      "native/src/container/options.cc",
      "native/src/container/seccomp_filter.cc",
      "native/src/container/sync.cc",
      "native/src/container/child.cc",
      "native/src/container/spawner.cc"
    ],
    "kata_binding_sources": [
      "native/binding/addon.cc",
      "native/binding/info.cc",
      "native/binding/poll.cc",
      "native/binding/process.cc",
      "native/binding/cgroup.cc",
      "native/binding/vsock.cc",
      "native/binding/vhost_vsock.cc",
      "native/binding/system.cc",
      "native/binding/container.cc"
    ],
    "kata_test_sources": [
      "native/test/test_main.cc",
      "native/test/sys_error_test.cc",
      "native/test/unique_fd_test.cc",
      "native/test/poller_test.cc",
      "native/test/exit_status_test.cc",
      "native/test/oom_event_v1_test.cc",
      "native/test/vsock_test.cc",
      "native/test/system_test.cc",
      "native/test/container_options_test.cc",
      "native/test/container_seccomp_test.cc"
    ]
  }
}
