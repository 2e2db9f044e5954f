{
  "variables": {
    "kata_core_sources": [
      "native/src/common/sys_error.cc"
    ],
    "kata_binding_sources": [
      "native/binding/addon.cc",
      "native/binding/info.cc"
    ],
    "kata_test_sources": [
      "native/test/test_main.cc",
      "native/test/sys_error_test.cc",
      "native/test/unique_fd_test.cc"
    ]
  }
}
