{
  "includes": ["native/sources.gypi"],
  "targets": [
    {
      "target_name": "kata_ts",
      "sources": ["<@(kata_core_sources)", "<@(kata_binding_sources)"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "native/src"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti", "-std=gnu++17"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter"],
      "libraries": ["<!@(pkg-config --libs libseccomp libcap)", "-lpthread"]
    }
  ]
}
