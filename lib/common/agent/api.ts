// The agent's API as ttrpc sees it: service names and, per method, the generated request and
// response classes. One table serves both ends — the host's agent client (lib/agent/connect.ts) and
// the guest agent's server (handlers registered against the same names) — so they cannot drift.
// The names are those of proto/agent.proto and proto/health.proto.
import { google, grpc, types } from '../proto/gen/protocols.js';
import type { ServiceDescriptor } from '../ttrpc/index.js';

const Empty = google.protobuf.Empty;

const m = <Req, Res>(requestType: { encode(r: Req): { finish(): Uint8Array }; decode(d: Uint8Array): Req }, responseType: { encode(r: Res): { finish(): Uint8Array }; decode(d: Uint8Array): Res }) => ({ requestType, responseType });

export const AGENT_SERVICE = 'grpc.AgentService';
export const HEALTH_SERVICE = 'grpc.Health';

export const agentMethods = {
  CreateContainer: m(grpc.CreateContainerRequest, Empty),
  StartContainer: m(grpc.StartContainerRequest, Empty),
  RemoveContainer: m(grpc.RemoveContainerRequest, Empty),
  ExecProcess: m(grpc.ExecProcessRequest, Empty),
  SignalProcess: m(grpc.SignalProcessRequest, Empty),
  WaitProcess: m(grpc.WaitProcessRequest, grpc.WaitProcessResponse),
  UpdateContainer: m(grpc.UpdateContainerRequest, Empty),
  StatsContainer: m(grpc.StatsContainerRequest, grpc.StatsContainerResponse),
  PauseContainer: m(grpc.PauseContainerRequest, Empty),
  ResumeContainer: m(grpc.ResumeContainerRequest, Empty),
  WriteStdin: m(grpc.WriteStreamRequest, grpc.WriteStreamResponse),
  ReadStdout: m(grpc.ReadStreamRequest, grpc.ReadStreamResponse),
  ReadStderr: m(grpc.ReadStreamRequest, grpc.ReadStreamResponse),
  CloseStdin: m(grpc.CloseStdinRequest, Empty),
  TtyWinResize: m(grpc.TtyWinResizeRequest, Empty),
  UpdateInterface: m(grpc.UpdateInterfaceRequest, types.Interface),
  UpdateRoutes: m(grpc.UpdateRoutesRequest, grpc.Routes),
  ListInterfaces: m(grpc.ListInterfacesRequest, grpc.Interfaces),
  ListRoutes: m(grpc.ListRoutesRequest, grpc.Routes),
  AddARPNeighbors: m(grpc.AddARPNeighborsRequest, Empty),
  GetIPTables: m(grpc.GetIPTablesRequest, grpc.GetIPTablesResponse),
  SetIPTables: m(grpc.SetIPTablesRequest, grpc.SetIPTablesResponse),
  CreateSandbox: m(grpc.CreateSandboxRequest, Empty),
  DestroySandbox: m(grpc.DestroySandboxRequest, Empty),
  GetGuestDetails: m(grpc.GuestDetailsRequest, grpc.GuestDetailsResponse),
  SetGuestDateTime: m(grpc.SetGuestDateTimeRequest, Empty),
  ReseedRandomDev: m(grpc.ReseedRandomDevRequest, Empty),
  CopyFile: m(grpc.CopyFileRequest, Empty),
  OnlineCPUMem: m(grpc.OnlineCPUMemRequest, Empty),
  GetOOMEvent: m(grpc.GetOOMEventRequest, grpc.OOMEvent),
  GetMetrics: m(grpc.GetMetricsRequest, grpc.Metrics),
};

export const healthMethods = {
  Check: m(grpc.CheckRequest, grpc.HealthCheckResponse),
  Version: m(grpc.CheckRequest, grpc.VersionCheckResponse),
};

export type AgentMethods = typeof agentMethods;
export type HealthMethods = typeof healthMethods;

export const agentService: ServiceDescriptor<AgentMethods> = { serviceName: AGENT_SERVICE, methods: agentMethods };
export const healthService: ServiceDescriptor<HealthMethods> = { serviceName: HEALTH_SERVICE, methods: healthMethods };
