#include "kvm/probe_json.h"

#include <cstdio>

namespace kata::kvm {

namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string boolean(bool b) { return b ? "true" : "false"; }

std::string error(const ProbeError& e) {
  return "{\"message\":" + quote(e.message) + ",\"code\":" + quote(e.code) + ",\"errno\":" + std::to_string(e.err) + "}";
}

std::string capability(const CapabilityResult& c) {
  std::string s = "{\"name\":" + quote(c.spec->name) + ",\"number\":" + std::to_string(c.spec->number) +
                  ",\"required\":" + boolean(c.spec->required) + ",\"neededFor\":" + quote(c.spec->neededFor) +
                  ",\"present\":" + boolean(c.present()) + ",\"value\":" + std::to_string(c.value);
  if (c.error) s += ",\"error\":" + error(*c.error);
  return s + "}";
}

std::string smoke(const SmokeResult& m) {
  std::string exits;
  for (const auto& e : m.exits) exits += (exits.empty() ? "" : ",") + quote(e);
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", m.elapsedMs);
  std::string s = "{\"ok\":" + boolean(m.ok) + ",\"exits\":[" + exits + "],\"elapsedMs\":" + ms;
  if (!m.failure.empty()) s += ",\"failure\":" + quote(m.failure);
  return s + "}";
}

}  // namespace

std::string toJson(const ProbeResult& r) {
  std::string s = "{\"path\":" + quote(r.path) + ",\"usable\":" + boolean(r.usable());
  if (r.deviceError) s += ",\"deviceError\":" + error(*r.deviceError);
  if (!r.deviceError) {
    s += ",\"apiVersion\":" + std::to_string(r.apiVersion) + ",\"vcpuMmapSize\":" + std::to_string(r.vcpuMmapSize) +
         ",\"checkedOnVm\":" + boolean(r.checkedOnVm);
    std::string caps;
    for (const auto& c : r.capabilities) caps += (caps.empty() ? "" : ",") + capability(c);
    s += ",\"capabilities\":[" + caps + "],\"vmCreated\":" + boolean(r.vmCreated);
  }
  if (r.vmError) s += ",\"vmError\":" + error(*r.vmError);
  if (r.realMode) s += ",\"realMode\":" + smoke(*r.realMode);
  return s + "}";
}

}  // namespace kata::kvm
