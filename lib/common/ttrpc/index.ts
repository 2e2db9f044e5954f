// The ttrpc package: containerd's RPC protocol (github.com/containerd/ttrpc) over any Duplex.
// Import from here; the modules behind it hold one concept each.
export { TtrpcClient, type CallOptions, type ClientOptions } from './client.js';
export { TtrpcServer, type ServerOptions } from './server.js';
export { method, ServiceRegistry, type CallContext, type Decoder, type Encoder, type Metadata, type MethodDefinition, type ServiceDefinition } from './services.js';
export { serviceClient, type MethodDescriptor, type ServiceClient, type ServiceDescriptor } from './service-client.js';
export { Code, codeName, ConnectionClosedError, TtrpcError, toStatus } from './status.js';
export { kindedToTtrpc } from './error-codes.js';
export { HEADER_LENGTH, MESSAGE_LENGTH_MAX, MessageType, decodeHeader, encodeFrame, type Frame, type FrameHeader } from './frame.js';
export { FrameError, FrameParser, type FramerEvent } from './framer.js';
