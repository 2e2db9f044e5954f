// Publishes task events to containerd over its ttrpc events service (TTRPC_ADDRESS,
// containerd.services.events.ttrpc.v1.Events/Forward), as shims of containerd 1.6 do. One
// publisher per shim: a bounded queue sent in order, each event retried a few times, so a slow
// or restarting containerd neither blocks the task nor grows memory without limit.
import { containerd, google } from '../common/proto/gen/protocols.js';
import type { Logger } from '../common/log/logger.js';
import { TtrpcClient } from '../common/ttrpc/index.js';
import { timestamp } from './timestamp.js';

interface Encodable<T> {
  encode(m: T): { finish(): Uint8Array };
}

const MAX_QUEUE = 256;
const RETRIES = 3;

export class EventPublisher {
  private client: TtrpcClient | undefined;
  private queue: Array<{ topic: string; typeUrl: string; value: Uint8Array }> = [];
  private sending = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly ttrpcAddress: string,
    private readonly namespace: string,
    private readonly log: Logger,
  ) {}

  /** Queues an event; typeName is its protobuf full name, e.g. containerd.events.TaskExit. */
  publish<T>(topic: string, typeName: string, codec: Encodable<T>, event: T): void {
    if (!this.ttrpcAddress) return; // run without containerd (tests of the service alone)
    if (this.queue.length >= MAX_QUEUE) {
      this.log.warn('event queue full; dropping the oldest event', { dropped: this.queue[0]!.topic });
      this.queue.shift();
    }
    this.queue.push({ topic, typeUrl: typeName, value: codec.encode(event).finish() });
    if (!this.sending) this.idle = this.drain();
  }

  /** Resolves when everything queued so far was sent (or given up on). */
  flushed(): Promise<void> {
    return this.idle;
  }

  private async connect(): Promise<TtrpcClient> {
    if (this.client && !this.client.closed) return this.client;
    this.client = await TtrpcClient.connect(this.ttrpcAddress.replace(/^unix:\/\//, ''));
    return this.client;
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        const e = this.queue[0]!;
        for (let attempt = 1; ; attempt++) {
          try {
            const c = await this.connect();
            await c.call('containerd.services.events.ttrpc.v1.Events', 'Forward', containerd.services.events.ttrpc.v1.ForwardRequest, google.protobuf.Empty, {
              envelope: {
                timestamp: timestamp(),
                namespace: this.namespace,
                topic: e.topic,
                event: { type_url: e.typeUrl, value: e.value },
              },
            }, { timeoutMs: 5000 });
            break;
          } catch (err) {
            this.client?.close();
            this.client = undefined;
            if (attempt >= RETRIES) {
              this.log.error('publishing an event failed', { topic: e.topic, error: err as Error });
              break;
            }
            await new Promise((r) => setTimeout(r, 100 * attempt));
          }
        }
        this.queue.shift();
      }
    } finally {
      this.sending = false;
    }
  }

  close(): void {
    this.client?.close();
  }
}
