// google.protobuf.Timestamp for the Task API and its events (exit times, envelope times).
export function timestamp(ms: number = Date.now()): { seconds: number; nanos: number } {
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}
