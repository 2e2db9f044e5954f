import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace grpc. */
export namespace grpc {

    /** Represents an AgentService */
    class AgentService extends $protobuf.rpc.Service {

        /**
         * Constructs a new AgentService service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new AgentService service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AgentService;

        /**
         * Calls CreateContainer.
         * @param request CreateContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public createContainer(request: grpc.ICreateContainerRequest, callback: grpc.AgentService.CreateContainerCallback): void;

        /**
         * Calls CreateContainer.
         * @param request CreateContainerRequest message or plain object
         * @returns Promise
         */
        public createContainer(request: grpc.ICreateContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls StartContainer.
         * @param request StartContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public startContainer(request: grpc.IStartContainerRequest, callback: grpc.AgentService.StartContainerCallback): void;

        /**
         * Calls StartContainer.
         * @param request StartContainerRequest message or plain object
         * @returns Promise
         */
        public startContainer(request: grpc.IStartContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls RemoveContainer.
         * @param request RemoveContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public removeContainer(request: grpc.IRemoveContainerRequest, callback: grpc.AgentService.RemoveContainerCallback): void;

        /**
         * Calls RemoveContainer.
         * @param request RemoveContainerRequest message or plain object
         * @returns Promise
         */
        public removeContainer(request: grpc.IRemoveContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls ExecProcess.
         * @param request ExecProcessRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public execProcess(request: grpc.IExecProcessRequest, callback: grpc.AgentService.ExecProcessCallback): void;

        /**
         * Calls ExecProcess.
         * @param request ExecProcessRequest message or plain object
         * @returns Promise
         */
        public execProcess(request: grpc.IExecProcessRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls SignalProcess.
         * @param request SignalProcessRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public signalProcess(request: grpc.ISignalProcessRequest, callback: grpc.AgentService.SignalProcessCallback): void;

        /**
         * Calls SignalProcess.
         * @param request SignalProcessRequest message or plain object
         * @returns Promise
         */
        public signalProcess(request: grpc.ISignalProcessRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls WaitProcess.
         * @param request WaitProcessRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and WaitProcessResponse
         */
        public waitProcess(request: grpc.IWaitProcessRequest, callback: grpc.AgentService.WaitProcessCallback): void;

        /**
         * Calls WaitProcess.
         * @param request WaitProcessRequest message or plain object
         * @returns Promise
         */
        public waitProcess(request: grpc.IWaitProcessRequest): Promise<grpc.WaitProcessResponse>;

        /**
         * Calls UpdateContainer.
         * @param request UpdateContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public updateContainer(request: grpc.IUpdateContainerRequest, callback: grpc.AgentService.UpdateContainerCallback): void;

        /**
         * Calls UpdateContainer.
         * @param request UpdateContainerRequest message or plain object
         * @returns Promise
         */
        public updateContainer(request: grpc.IUpdateContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls StatsContainer.
         * @param request StatsContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and StatsContainerResponse
         */
        public statsContainer(request: grpc.IStatsContainerRequest, callback: grpc.AgentService.StatsContainerCallback): void;

        /**
         * Calls StatsContainer.
         * @param request StatsContainerRequest message or plain object
         * @returns Promise
         */
        public statsContainer(request: grpc.IStatsContainerRequest): Promise<grpc.StatsContainerResponse>;

        /**
         * Calls PauseContainer.
         * @param request PauseContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public pauseContainer(request: grpc.IPauseContainerRequest, callback: grpc.AgentService.PauseContainerCallback): void;

        /**
         * Calls PauseContainer.
         * @param request PauseContainerRequest message or plain object
         * @returns Promise
         */
        public pauseContainer(request: grpc.IPauseContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls ResumeContainer.
         * @param request ResumeContainerRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public resumeContainer(request: grpc.IResumeContainerRequest, callback: grpc.AgentService.ResumeContainerCallback): void;

        /**
         * Calls ResumeContainer.
         * @param request ResumeContainerRequest message or plain object
         * @returns Promise
         */
        public resumeContainer(request: grpc.IResumeContainerRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls WriteStdin.
         * @param request WriteStreamRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and WriteStreamResponse
         */
        public writeStdin(request: grpc.IWriteStreamRequest, callback: grpc.AgentService.WriteStdinCallback): void;

        /**
         * Calls WriteStdin.
         * @param request WriteStreamRequest message or plain object
         * @returns Promise
         */
        public writeStdin(request: grpc.IWriteStreamRequest): Promise<grpc.WriteStreamResponse>;

        /**
         * Calls ReadStdout.
         * @param request ReadStreamRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and ReadStreamResponse
         */
        public readStdout(request: grpc.IReadStreamRequest, callback: grpc.AgentService.ReadStdoutCallback): void;

        /**
         * Calls ReadStdout.
         * @param request ReadStreamRequest message or plain object
         * @returns Promise
         */
        public readStdout(request: grpc.IReadStreamRequest): Promise<grpc.ReadStreamResponse>;

        /**
         * Calls ReadStderr.
         * @param request ReadStreamRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and ReadStreamResponse
         */
        public readStderr(request: grpc.IReadStreamRequest, callback: grpc.AgentService.ReadStderrCallback): void;

        /**
         * Calls ReadStderr.
         * @param request ReadStreamRequest message or plain object
         * @returns Promise
         */
        public readStderr(request: grpc.IReadStreamRequest): Promise<grpc.ReadStreamResponse>;

        /**
         * Calls CloseStdin.
         * @param request CloseStdinRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public closeStdin(request: grpc.ICloseStdinRequest, callback: grpc.AgentService.CloseStdinCallback): void;

        /**
         * Calls CloseStdin.
         * @param request CloseStdinRequest message or plain object
         * @returns Promise
         */
        public closeStdin(request: grpc.ICloseStdinRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls TtyWinResize.
         * @param request TtyWinResizeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public ttyWinResize(request: grpc.ITtyWinResizeRequest, callback: grpc.AgentService.TtyWinResizeCallback): void;

        /**
         * Calls TtyWinResize.
         * @param request TtyWinResizeRequest message or plain object
         * @returns Promise
         */
        public ttyWinResize(request: grpc.ITtyWinResizeRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls UpdateInterface.
         * @param request UpdateInterfaceRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Interface
         */
        public updateInterface(request: grpc.IUpdateInterfaceRequest, callback: grpc.AgentService.UpdateInterfaceCallback): void;

        /**
         * Calls UpdateInterface.
         * @param request UpdateInterfaceRequest message or plain object
         * @returns Promise
         */
        public updateInterface(request: grpc.IUpdateInterfaceRequest): Promise<types.Interface>;

        /**
         * Calls UpdateRoutes.
         * @param request UpdateRoutesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Routes
         */
        public updateRoutes(request: grpc.IUpdateRoutesRequest, callback: grpc.AgentService.UpdateRoutesCallback): void;

        /**
         * Calls UpdateRoutes.
         * @param request UpdateRoutesRequest message or plain object
         * @returns Promise
         */
        public updateRoutes(request: grpc.IUpdateRoutesRequest): Promise<grpc.Routes>;

        /**
         * Calls ListInterfaces.
         * @param request ListInterfacesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Interfaces
         */
        public listInterfaces(request: grpc.IListInterfacesRequest, callback: grpc.AgentService.ListInterfacesCallback): void;

        /**
         * Calls ListInterfaces.
         * @param request ListInterfacesRequest message or plain object
         * @returns Promise
         */
        public listInterfaces(request: grpc.IListInterfacesRequest): Promise<grpc.Interfaces>;

        /**
         * Calls ListRoutes.
         * @param request ListRoutesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Routes
         */
        public listRoutes(request: grpc.IListRoutesRequest, callback: grpc.AgentService.ListRoutesCallback): void;

        /**
         * Calls ListRoutes.
         * @param request ListRoutesRequest message or plain object
         * @returns Promise
         */
        public listRoutes(request: grpc.IListRoutesRequest): Promise<grpc.Routes>;

        /**
         * Calls AddARPNeighbors.
         * @param request AddARPNeighborsRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public addARPNeighbors(request: grpc.IAddARPNeighborsRequest, callback: grpc.AgentService.AddARPNeighborsCallback): void;

        /**
         * Calls AddARPNeighbors.
         * @param request AddARPNeighborsRequest message or plain object
         * @returns Promise
         */
        public addARPNeighbors(request: grpc.IAddARPNeighborsRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls CreateSandbox.
         * @param request CreateSandboxRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public createSandbox(request: grpc.ICreateSandboxRequest, callback: grpc.AgentService.CreateSandboxCallback): void;

        /**
         * Calls CreateSandbox.
         * @param request CreateSandboxRequest message or plain object
         * @returns Promise
         */
        public createSandbox(request: grpc.ICreateSandboxRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls DestroySandbox.
         * @param request DestroySandboxRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public destroySandbox(request: grpc.IDestroySandboxRequest, callback: grpc.AgentService.DestroySandboxCallback): void;

        /**
         * Calls DestroySandbox.
         * @param request DestroySandboxRequest message or plain object
         * @returns Promise
         */
        public destroySandbox(request: grpc.IDestroySandboxRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls GetGuestDetails.
         * @param request GuestDetailsRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and GuestDetailsResponse
         */
        public getGuestDetails(request: grpc.IGuestDetailsRequest, callback: grpc.AgentService.GetGuestDetailsCallback): void;

        /**
         * Calls GetGuestDetails.
         * @param request GuestDetailsRequest message or plain object
         * @returns Promise
         */
        public getGuestDetails(request: grpc.IGuestDetailsRequest): Promise<grpc.GuestDetailsResponse>;

        /**
         * Calls SetGuestDateTime.
         * @param request SetGuestDateTimeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public setGuestDateTime(request: grpc.ISetGuestDateTimeRequest, callback: grpc.AgentService.SetGuestDateTimeCallback): void;

        /**
         * Calls SetGuestDateTime.
         * @param request SetGuestDateTimeRequest message or plain object
         * @returns Promise
         */
        public setGuestDateTime(request: grpc.ISetGuestDateTimeRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls CopyFile.
         * @param request CopyFileRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and Empty
         */
        public copyFile(request: grpc.ICopyFileRequest, callback: grpc.AgentService.CopyFileCallback): void;

        /**
         * Calls CopyFile.
         * @param request CopyFileRequest message or plain object
         * @returns Promise
         */
        public copyFile(request: grpc.ICopyFileRequest): Promise<google.protobuf.Empty>;

        /**
         * Calls GetOOMEvent.
         * @param request GetOOMEventRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and OOMEvent
         */
        public getOOMEvent(request: grpc.IGetOOMEventRequest, callback: grpc.AgentService.GetOOMEventCallback): void;

        /**
         * Calls GetOOMEvent.
         * @param request GetOOMEventRequest message or plain object
         * @returns Promise
         */
        public getOOMEvent(request: grpc.IGetOOMEventRequest): Promise<grpc.OOMEvent>;
    }

    namespace AgentService {

        /**
         * Callback as used by {@link grpc.AgentService#createContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type CreateContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#startContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type StartContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#removeContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type RemoveContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#execProcess}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type ExecProcessCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#signalProcess}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type SignalProcessCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#waitProcess}.
         * @param error Error, if any
         * @param [response] WaitProcessResponse
         */
        type WaitProcessCallback = (error: (Error|null), response?: grpc.WaitProcessResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#updateContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type UpdateContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#statsContainer}.
         * @param error Error, if any
         * @param [response] StatsContainerResponse
         */
        type StatsContainerCallback = (error: (Error|null), response?: grpc.StatsContainerResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#pauseContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type PauseContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#resumeContainer}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type ResumeContainerCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#writeStdin}.
         * @param error Error, if any
         * @param [response] WriteStreamResponse
         */
        type WriteStdinCallback = (error: (Error|null), response?: grpc.WriteStreamResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#readStdout}.
         * @param error Error, if any
         * @param [response] ReadStreamResponse
         */
        type ReadStdoutCallback = (error: (Error|null), response?: grpc.ReadStreamResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#readStderr}.
         * @param error Error, if any
         * @param [response] ReadStreamResponse
         */
        type ReadStderrCallback = (error: (Error|null), response?: grpc.ReadStreamResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#closeStdin}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type CloseStdinCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#ttyWinResize}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type TtyWinResizeCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#updateInterface}.
         * @param error Error, if any
         * @param [response] Interface
         */
        type UpdateInterfaceCallback = (error: (Error|null), response?: types.Interface) => void;

        /**
         * Callback as used by {@link grpc.AgentService#updateRoutes}.
         * @param error Error, if any
         * @param [response] Routes
         */
        type UpdateRoutesCallback = (error: (Error|null), response?: grpc.Routes) => void;

        /**
         * Callback as used by {@link grpc.AgentService#listInterfaces}.
         * @param error Error, if any
         * @param [response] Interfaces
         */
        type ListInterfacesCallback = (error: (Error|null), response?: grpc.Interfaces) => void;

        /**
         * Callback as used by {@link grpc.AgentService#listRoutes}.
         * @param error Error, if any
         * @param [response] Routes
         */
        type ListRoutesCallback = (error: (Error|null), response?: grpc.Routes) => void;

        /**
         * Callback as used by {@link grpc.AgentService#addARPNeighbors}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type AddARPNeighborsCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#createSandbox}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type CreateSandboxCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#destroySandbox}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type DestroySandboxCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#getGuestDetails}.
         * @param error Error, if any
         * @param [response] GuestDetailsResponse
         */
        type GetGuestDetailsCallback = (error: (Error|null), response?: grpc.GuestDetailsResponse) => void;

        /**
         * Callback as used by {@link grpc.AgentService#setGuestDateTime}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type SetGuestDateTimeCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#copyFile}.
         * @param error Error, if any
         * @param [response] Empty
         */
        type CopyFileCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

        /**
         * Callback as used by {@link grpc.AgentService#getOOMEvent}.
         * @param error Error, if any
         * @param [response] OOMEvent
         */
        type GetOOMEventCallback = (error: (Error|null), response?: grpc.OOMEvent) => void;
    }

    /** Properties of a CreateContainerRequest. */
    interface ICreateContainerRequest {

        /** CreateContainerRequest containerId */
        containerId?: (string|null);

        /** CreateContainerRequest execId */
        execId?: (string|null);

        /** CreateContainerRequest stringUser */
        stringUser?: (grpc.IStringUser|null);

        /** CreateContainerRequest devices */
        devices?: (grpc.IDevice[]|null);

        /** CreateContainerRequest storages */
        storages?: (grpc.IStorage[]|null);

        /** CreateContainerRequest OCI */
        OCI?: (grpc.ISpec|null);

        /** CreateContainerRequest sandboxPidns */
        sandboxPidns?: (boolean|null);

        /** CreateContainerRequest sharedMounts */
        sharedMounts?: (grpc.ISharedMount[]|null);
    }

    /** Represents a CreateContainerRequest. */
    class CreateContainerRequest implements ICreateContainerRequest {

        /**
         * Constructs a new CreateContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICreateContainerRequest);

        /** CreateContainerRequest containerId. */
        public containerId: string;

        /** CreateContainerRequest execId. */
        public execId: string;

        /** CreateContainerRequest stringUser. */
        public stringUser?: (grpc.IStringUser|null);

        /** CreateContainerRequest devices. */
        public devices: grpc.IDevice[];

        /** CreateContainerRequest storages. */
        public storages: grpc.IStorage[];

        /** CreateContainerRequest OCI. */
        public OCI?: (grpc.ISpec|null);

        /** CreateContainerRequest sandboxPidns. */
        public sandboxPidns: boolean;

        /** CreateContainerRequest sharedMounts. */
        public sharedMounts: grpc.ISharedMount[];

        /**
         * Creates a new CreateContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CreateContainerRequest instance
         */
        public static create(properties?: grpc.ICreateContainerRequest): grpc.CreateContainerRequest;

        /**
         * Encodes the specified CreateContainerRequest message. Does not implicitly {@link grpc.CreateContainerRequest.verify|verify} messages.
         * @param message CreateContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICreateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CreateContainerRequest message, length delimited. Does not implicitly {@link grpc.CreateContainerRequest.verify|verify} messages.
         * @param message CreateContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICreateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CreateContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CreateContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CreateContainerRequest;

        /**
         * Decodes a CreateContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CreateContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CreateContainerRequest;

        /**
         * Creates a CreateContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CreateContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.CreateContainerRequest;

        /**
         * Creates a plain object from a CreateContainerRequest message. Also converts values to other types if specified.
         * @param message CreateContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CreateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CreateContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CreateContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StartContainerRequest. */
    interface IStartContainerRequest {

        /** StartContainerRequest containerId */
        containerId?: (string|null);
    }

    /** Represents a StartContainerRequest. */
    class StartContainerRequest implements IStartContainerRequest {

        /**
         * Constructs a new StartContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IStartContainerRequest);

        /** StartContainerRequest containerId. */
        public containerId: string;

        /**
         * Creates a new StartContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StartContainerRequest instance
         */
        public static create(properties?: grpc.IStartContainerRequest): grpc.StartContainerRequest;

        /**
         * Encodes the specified StartContainerRequest message. Does not implicitly {@link grpc.StartContainerRequest.verify|verify} messages.
         * @param message StartContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IStartContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StartContainerRequest message, length delimited. Does not implicitly {@link grpc.StartContainerRequest.verify|verify} messages.
         * @param message StartContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IStartContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StartContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StartContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StartContainerRequest;

        /**
         * Decodes a StartContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StartContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.StartContainerRequest;

        /**
         * Creates a StartContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StartContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.StartContainerRequest;

        /**
         * Creates a plain object from a StartContainerRequest message. Also converts values to other types if specified.
         * @param message StartContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.StartContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StartContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StartContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RemoveContainerRequest. */
    interface IRemoveContainerRequest {

        /** RemoveContainerRequest containerId */
        containerId?: (string|null);

        /** RemoveContainerRequest timeout */
        timeout?: (number|null);
    }

    /** Represents a RemoveContainerRequest. */
    class RemoveContainerRequest implements IRemoveContainerRequest {

        /**
         * Constructs a new RemoveContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IRemoveContainerRequest);

        /** RemoveContainerRequest containerId. */
        public containerId: string;

        /** RemoveContainerRequest timeout. */
        public timeout: number;

        /**
         * Creates a new RemoveContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveContainerRequest instance
         */
        public static create(properties?: grpc.IRemoveContainerRequest): grpc.RemoveContainerRequest;

        /**
         * Encodes the specified RemoveContainerRequest message. Does not implicitly {@link grpc.RemoveContainerRequest.verify|verify} messages.
         * @param message RemoveContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IRemoveContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RemoveContainerRequest message, length delimited. Does not implicitly {@link grpc.RemoveContainerRequest.verify|verify} messages.
         * @param message RemoveContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IRemoveContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.RemoveContainerRequest;

        /**
         * Decodes a RemoveContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns RemoveContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.RemoveContainerRequest;

        /**
         * Creates a RemoveContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.RemoveContainerRequest;

        /**
         * Creates a plain object from a RemoveContainerRequest message. Also converts values to other types if specified.
         * @param message RemoveContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.RemoveContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for RemoveContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an ExecProcessRequest. */
    interface IExecProcessRequest {

        /** ExecProcessRequest containerId */
        containerId?: (string|null);

        /** ExecProcessRequest execId */
        execId?: (string|null);

        /** ExecProcessRequest stringUser */
        stringUser?: (grpc.IStringUser|null);

        /** ExecProcessRequest process */
        process?: (grpc.IProcess|null);
    }

    /** Represents an ExecProcessRequest. */
    class ExecProcessRequest implements IExecProcessRequest {

        /**
         * Constructs a new ExecProcessRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IExecProcessRequest);

        /** ExecProcessRequest containerId. */
        public containerId: string;

        /** ExecProcessRequest execId. */
        public execId: string;

        /** ExecProcessRequest stringUser. */
        public stringUser?: (grpc.IStringUser|null);

        /** ExecProcessRequest process. */
        public process?: (grpc.IProcess|null);

        /**
         * Creates a new ExecProcessRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExecProcessRequest instance
         */
        public static create(properties?: grpc.IExecProcessRequest): grpc.ExecProcessRequest;

        /**
         * Encodes the specified ExecProcessRequest message. Does not implicitly {@link grpc.ExecProcessRequest.verify|verify} messages.
         * @param message ExecProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ExecProcessRequest message, length delimited. Does not implicitly {@link grpc.ExecProcessRequest.verify|verify} messages.
         * @param message ExecProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExecProcessRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ExecProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ExecProcessRequest;

        /**
         * Decodes an ExecProcessRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ExecProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ExecProcessRequest;

        /**
         * Creates an ExecProcessRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExecProcessRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.ExecProcessRequest;

        /**
         * Creates a plain object from an ExecProcessRequest message. Also converts values to other types if specified.
         * @param message ExecProcessRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExecProcessRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ExecProcessRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SignalProcessRequest. */
    interface ISignalProcessRequest {

        /** SignalProcessRequest containerId */
        containerId?: (string|null);

        /** SignalProcessRequest execId */
        execId?: (string|null);

        /** SignalProcessRequest signal */
        signal?: (number|null);
    }

    /** Represents a SignalProcessRequest. */
    class SignalProcessRequest implements ISignalProcessRequest {

        /**
         * Constructs a new SignalProcessRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ISignalProcessRequest);

        /** SignalProcessRequest containerId. */
        public containerId: string;

        /** SignalProcessRequest execId. */
        public execId: string;

        /** SignalProcessRequest signal. */
        public signal: number;

        /**
         * Creates a new SignalProcessRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignalProcessRequest instance
         */
        public static create(properties?: grpc.ISignalProcessRequest): grpc.SignalProcessRequest;

        /**
         * Encodes the specified SignalProcessRequest message. Does not implicitly {@link grpc.SignalProcessRequest.verify|verify} messages.
         * @param message SignalProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ISignalProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SignalProcessRequest message, length delimited. Does not implicitly {@link grpc.SignalProcessRequest.verify|verify} messages.
         * @param message SignalProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ISignalProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignalProcessRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SignalProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SignalProcessRequest;

        /**
         * Decodes a SignalProcessRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns SignalProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.SignalProcessRequest;

        /**
         * Creates a SignalProcessRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SignalProcessRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.SignalProcessRequest;

        /**
         * Creates a plain object from a SignalProcessRequest message. Also converts values to other types if specified.
         * @param message SignalProcessRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.SignalProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignalProcessRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for SignalProcessRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WaitProcessRequest. */
    interface IWaitProcessRequest {

        /** WaitProcessRequest containerId */
        containerId?: (string|null);

        /** WaitProcessRequest execId */
        execId?: (string|null);
    }

    /** Represents a WaitProcessRequest. */
    class WaitProcessRequest implements IWaitProcessRequest {

        /**
         * Constructs a new WaitProcessRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IWaitProcessRequest);

        /** WaitProcessRequest containerId. */
        public containerId: string;

        /** WaitProcessRequest execId. */
        public execId: string;

        /**
         * Creates a new WaitProcessRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WaitProcessRequest instance
         */
        public static create(properties?: grpc.IWaitProcessRequest): grpc.WaitProcessRequest;

        /**
         * Encodes the specified WaitProcessRequest message. Does not implicitly {@link grpc.WaitProcessRequest.verify|verify} messages.
         * @param message WaitProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IWaitProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WaitProcessRequest message, length delimited. Does not implicitly {@link grpc.WaitProcessRequest.verify|verify} messages.
         * @param message WaitProcessRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IWaitProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WaitProcessRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WaitProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WaitProcessRequest;

        /**
         * Decodes a WaitProcessRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WaitProcessRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.WaitProcessRequest;

        /**
         * Creates a WaitProcessRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WaitProcessRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.WaitProcessRequest;

        /**
         * Creates a plain object from a WaitProcessRequest message. Also converts values to other types if specified.
         * @param message WaitProcessRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.WaitProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WaitProcessRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WaitProcessRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WaitProcessResponse. */
    interface IWaitProcessResponse {

        /** WaitProcessResponse status */
        status?: (number|null);
    }

    /** Represents a WaitProcessResponse. */
    class WaitProcessResponse implements IWaitProcessResponse {

        /**
         * Constructs a new WaitProcessResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IWaitProcessResponse);

        /** WaitProcessResponse status. */
        public status: number;

        /**
         * Creates a new WaitProcessResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WaitProcessResponse instance
         */
        public static create(properties?: grpc.IWaitProcessResponse): grpc.WaitProcessResponse;

        /**
         * Encodes the specified WaitProcessResponse message. Does not implicitly {@link grpc.WaitProcessResponse.verify|verify} messages.
         * @param message WaitProcessResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IWaitProcessResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WaitProcessResponse message, length delimited. Does not implicitly {@link grpc.WaitProcessResponse.verify|verify} messages.
         * @param message WaitProcessResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IWaitProcessResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WaitProcessResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WaitProcessResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WaitProcessResponse;

        /**
         * Decodes a WaitProcessResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WaitProcessResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.WaitProcessResponse;

        /**
         * Creates a WaitProcessResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WaitProcessResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.WaitProcessResponse;

        /**
         * Creates a plain object from a WaitProcessResponse message. Also converts values to other types if specified.
         * @param message WaitProcessResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.WaitProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WaitProcessResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WaitProcessResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UpdateContainerRequest. */
    interface IUpdateContainerRequest {

        /** UpdateContainerRequest containerId */
        containerId?: (string|null);

        /** UpdateContainerRequest resources */
        resources?: (grpc.ILinuxResources|null);
    }

    /** Represents an UpdateContainerRequest. */
    class UpdateContainerRequest implements IUpdateContainerRequest {

        /**
         * Constructs a new UpdateContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IUpdateContainerRequest);

        /** UpdateContainerRequest containerId. */
        public containerId: string;

        /** UpdateContainerRequest resources. */
        public resources?: (grpc.ILinuxResources|null);

        /**
         * Creates a new UpdateContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpdateContainerRequest instance
         */
        public static create(properties?: grpc.IUpdateContainerRequest): grpc.UpdateContainerRequest;

        /**
         * Encodes the specified UpdateContainerRequest message. Does not implicitly {@link grpc.UpdateContainerRequest.verify|verify} messages.
         * @param message UpdateContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IUpdateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UpdateContainerRequest message, length delimited. Does not implicitly {@link grpc.UpdateContainerRequest.verify|verify} messages.
         * @param message UpdateContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IUpdateContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpdateContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UpdateContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateContainerRequest;

        /**
         * Decodes an UpdateContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UpdateContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.UpdateContainerRequest;

        /**
         * Creates an UpdateContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UpdateContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.UpdateContainerRequest;

        /**
         * Creates a plain object from an UpdateContainerRequest message. Also converts values to other types if specified.
         * @param message UpdateContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.UpdateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UpdateContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UpdateContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatsContainerRequest. */
    interface IStatsContainerRequest {

        /** StatsContainerRequest containerId */
        containerId?: (string|null);
    }

    /** Represents a StatsContainerRequest. */
    class StatsContainerRequest implements IStatsContainerRequest {

        /**
         * Constructs a new StatsContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IStatsContainerRequest);

        /** StatsContainerRequest containerId. */
        public containerId: string;

        /**
         * Creates a new StatsContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsContainerRequest instance
         */
        public static create(properties?: grpc.IStatsContainerRequest): grpc.StatsContainerRequest;

        /**
         * Encodes the specified StatsContainerRequest message. Does not implicitly {@link grpc.StatsContainerRequest.verify|verify} messages.
         * @param message StatsContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IStatsContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatsContainerRequest message, length delimited. Does not implicitly {@link grpc.StatsContainerRequest.verify|verify} messages.
         * @param message StatsContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IStatsContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatsContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StatsContainerRequest;

        /**
         * Decodes a StatsContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StatsContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.StatsContainerRequest;

        /**
         * Creates a StatsContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatsContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.StatsContainerRequest;

        /**
         * Creates a plain object from a StatsContainerRequest message. Also converts values to other types if specified.
         * @param message StatsContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.StatsContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatsContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StatsContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PauseContainerRequest. */
    interface IPauseContainerRequest {

        /** PauseContainerRequest containerId */
        containerId?: (string|null);
    }

    /** Represents a PauseContainerRequest. */
    class PauseContainerRequest implements IPauseContainerRequest {

        /**
         * Constructs a new PauseContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IPauseContainerRequest);

        /** PauseContainerRequest containerId. */
        public containerId: string;

        /**
         * Creates a new PauseContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PauseContainerRequest instance
         */
        public static create(properties?: grpc.IPauseContainerRequest): grpc.PauseContainerRequest;

        /**
         * Encodes the specified PauseContainerRequest message. Does not implicitly {@link grpc.PauseContainerRequest.verify|verify} messages.
         * @param message PauseContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IPauseContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PauseContainerRequest message, length delimited. Does not implicitly {@link grpc.PauseContainerRequest.verify|verify} messages.
         * @param message PauseContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IPauseContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PauseContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PauseContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.PauseContainerRequest;

        /**
         * Decodes a PauseContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns PauseContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.PauseContainerRequest;

        /**
         * Creates a PauseContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PauseContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.PauseContainerRequest;

        /**
         * Creates a plain object from a PauseContainerRequest message. Also converts values to other types if specified.
         * @param message PauseContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.PauseContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PauseContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for PauseContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ResumeContainerRequest. */
    interface IResumeContainerRequest {

        /** ResumeContainerRequest containerId */
        containerId?: (string|null);
    }

    /** Represents a ResumeContainerRequest. */
    class ResumeContainerRequest implements IResumeContainerRequest {

        /**
         * Constructs a new ResumeContainerRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IResumeContainerRequest);

        /** ResumeContainerRequest containerId. */
        public containerId: string;

        /**
         * Creates a new ResumeContainerRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResumeContainerRequest instance
         */
        public static create(properties?: grpc.IResumeContainerRequest): grpc.ResumeContainerRequest;

        /**
         * Encodes the specified ResumeContainerRequest message. Does not implicitly {@link grpc.ResumeContainerRequest.verify|verify} messages.
         * @param message ResumeContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IResumeContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResumeContainerRequest message, length delimited. Does not implicitly {@link grpc.ResumeContainerRequest.verify|verify} messages.
         * @param message ResumeContainerRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IResumeContainerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResumeContainerRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResumeContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ResumeContainerRequest;

        /**
         * Decodes a ResumeContainerRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ResumeContainerRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ResumeContainerRequest;

        /**
         * Creates a ResumeContainerRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResumeContainerRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.ResumeContainerRequest;

        /**
         * Creates a plain object from a ResumeContainerRequest message. Also converts values to other types if specified.
         * @param message ResumeContainerRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ResumeContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResumeContainerRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ResumeContainerRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CpuUsage. */
    interface ICpuUsage {

        /** CpuUsage totalUsage */
        totalUsage?: (number|null);

        /** CpuUsage percpuUsage */
        percpuUsage?: (number[]|null);

        /** CpuUsage usageInKernelmode */
        usageInKernelmode?: (number|null);

        /** CpuUsage usageInUsermode */
        usageInUsermode?: (number|null);
    }

    /** Represents a CpuUsage. */
    class CpuUsage implements ICpuUsage {

        /**
         * Constructs a new CpuUsage.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICpuUsage);

        /** CpuUsage totalUsage. */
        public totalUsage: number;

        /** CpuUsage percpuUsage. */
        public percpuUsage: number[];

        /** CpuUsage usageInKernelmode. */
        public usageInKernelmode: number;

        /** CpuUsage usageInUsermode. */
        public usageInUsermode: number;

        /**
         * Creates a new CpuUsage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CpuUsage instance
         */
        public static create(properties?: grpc.ICpuUsage): grpc.CpuUsage;

        /**
         * Encodes the specified CpuUsage message. Does not implicitly {@link grpc.CpuUsage.verify|verify} messages.
         * @param message CpuUsage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICpuUsage, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CpuUsage message, length delimited. Does not implicitly {@link grpc.CpuUsage.verify|verify} messages.
         * @param message CpuUsage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICpuUsage, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CpuUsage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CpuUsage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CpuUsage;

        /**
         * Decodes a CpuUsage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CpuUsage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CpuUsage;

        /**
         * Creates a CpuUsage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CpuUsage
         */
        public static fromObject(object: { [k: string]: any }): grpc.CpuUsage;

        /**
         * Creates a plain object from a CpuUsage message. Also converts values to other types if specified.
         * @param message CpuUsage
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CpuUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CpuUsage to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CpuUsage
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ThrottlingData. */
    interface IThrottlingData {

        /** ThrottlingData periods */
        periods?: (number|null);

        /** ThrottlingData throttledPeriods */
        throttledPeriods?: (number|null);

        /** ThrottlingData throttledTime */
        throttledTime?: (number|null);
    }

    /** Represents a ThrottlingData. */
    class ThrottlingData implements IThrottlingData {

        /**
         * Constructs a new ThrottlingData.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IThrottlingData);

        /** ThrottlingData periods. */
        public periods: number;

        /** ThrottlingData throttledPeriods. */
        public throttledPeriods: number;

        /** ThrottlingData throttledTime. */
        public throttledTime: number;

        /**
         * Creates a new ThrottlingData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ThrottlingData instance
         */
        public static create(properties?: grpc.IThrottlingData): grpc.ThrottlingData;

        /**
         * Encodes the specified ThrottlingData message. Does not implicitly {@link grpc.ThrottlingData.verify|verify} messages.
         * @param message ThrottlingData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IThrottlingData, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ThrottlingData message, length delimited. Does not implicitly {@link grpc.ThrottlingData.verify|verify} messages.
         * @param message ThrottlingData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IThrottlingData, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ThrottlingData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ThrottlingData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ThrottlingData;

        /**
         * Decodes a ThrottlingData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ThrottlingData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ThrottlingData;

        /**
         * Creates a ThrottlingData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ThrottlingData
         */
        public static fromObject(object: { [k: string]: any }): grpc.ThrottlingData;

        /**
         * Creates a plain object from a ThrottlingData message. Also converts values to other types if specified.
         * @param message ThrottlingData
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ThrottlingData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ThrottlingData to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ThrottlingData
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CpuStats. */
    interface ICpuStats {

        /** CpuStats cpuUsage */
        cpuUsage?: (grpc.ICpuUsage|null);

        /** CpuStats throttlingData */
        throttlingData?: (grpc.IThrottlingData|null);
    }

    /** Represents a CpuStats. */
    class CpuStats implements ICpuStats {

        /**
         * Constructs a new CpuStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICpuStats);

        /** CpuStats cpuUsage. */
        public cpuUsage?: (grpc.ICpuUsage|null);

        /** CpuStats throttlingData. */
        public throttlingData?: (grpc.IThrottlingData|null);

        /**
         * Creates a new CpuStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CpuStats instance
         */
        public static create(properties?: grpc.ICpuStats): grpc.CpuStats;

        /**
         * Encodes the specified CpuStats message. Does not implicitly {@link grpc.CpuStats.verify|verify} messages.
         * @param message CpuStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICpuStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CpuStats message, length delimited. Does not implicitly {@link grpc.CpuStats.verify|verify} messages.
         * @param message CpuStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICpuStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CpuStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CpuStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CpuStats;

        /**
         * Decodes a CpuStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CpuStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CpuStats;

        /**
         * Creates a CpuStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CpuStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.CpuStats;

        /**
         * Creates a plain object from a CpuStats message. Also converts values to other types if specified.
         * @param message CpuStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CpuStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CpuStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CpuStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PidsStats. */
    interface IPidsStats {

        /** PidsStats current */
        current?: (number|null);

        /** PidsStats limit */
        limit?: (number|null);
    }

    /** Represents a PidsStats. */
    class PidsStats implements IPidsStats {

        /**
         * Constructs a new PidsStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IPidsStats);

        /** PidsStats current. */
        public current: number;

        /** PidsStats limit. */
        public limit: number;

        /**
         * Creates a new PidsStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PidsStats instance
         */
        public static create(properties?: grpc.IPidsStats): grpc.PidsStats;

        /**
         * Encodes the specified PidsStats message. Does not implicitly {@link grpc.PidsStats.verify|verify} messages.
         * @param message PidsStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IPidsStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PidsStats message, length delimited. Does not implicitly {@link grpc.PidsStats.verify|verify} messages.
         * @param message PidsStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IPidsStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PidsStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PidsStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.PidsStats;

        /**
         * Decodes a PidsStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns PidsStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.PidsStats;

        /**
         * Creates a PidsStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PidsStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.PidsStats;

        /**
         * Creates a plain object from a PidsStats message. Also converts values to other types if specified.
         * @param message PidsStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.PidsStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PidsStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for PidsStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemoryData. */
    interface IMemoryData {

        /** MemoryData usage */
        usage?: (number|null);

        /** MemoryData maxUsage */
        maxUsage?: (number|null);

        /** MemoryData failcnt */
        failcnt?: (number|null);

        /** MemoryData limit */
        limit?: (number|null);
    }

    /** Represents a MemoryData. */
    class MemoryData implements IMemoryData {

        /**
         * Constructs a new MemoryData.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IMemoryData);

        /** MemoryData usage. */
        public usage: number;

        /** MemoryData maxUsage. */
        public maxUsage: number;

        /** MemoryData failcnt. */
        public failcnt: number;

        /** MemoryData limit. */
        public limit: number;

        /**
         * Creates a new MemoryData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemoryData instance
         */
        public static create(properties?: grpc.IMemoryData): grpc.MemoryData;

        /**
         * Encodes the specified MemoryData message. Does not implicitly {@link grpc.MemoryData.verify|verify} messages.
         * @param message MemoryData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IMemoryData, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemoryData message, length delimited. Does not implicitly {@link grpc.MemoryData.verify|verify} messages.
         * @param message MemoryData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IMemoryData, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemoryData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemoryData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemoryData;

        /**
         * Decodes a MemoryData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemoryData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.MemoryData;

        /**
         * Creates a MemoryData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemoryData
         */
        public static fromObject(object: { [k: string]: any }): grpc.MemoryData;

        /**
         * Creates a plain object from a MemoryData message. Also converts values to other types if specified.
         * @param message MemoryData
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.MemoryData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemoryData to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemoryData
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemoryStats. */
    interface IMemoryStats {

        /** MemoryStats cache */
        cache?: (number|null);

        /** MemoryStats usage */
        usage?: (grpc.IMemoryData|null);

        /** MemoryStats swapUsage */
        swapUsage?: (grpc.IMemoryData|null);

        /** MemoryStats kernelUsage */
        kernelUsage?: (grpc.IMemoryData|null);

        /** MemoryStats useHierarchy */
        useHierarchy?: (boolean|null);

        /** MemoryStats stats */
        stats?: ({ [k: string]: number }|null);
    }

    /** Represents a MemoryStats. */
    class MemoryStats implements IMemoryStats {

        /**
         * Constructs a new MemoryStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IMemoryStats);

        /** MemoryStats cache. */
        public cache: number;

        /** MemoryStats usage. */
        public usage?: (grpc.IMemoryData|null);

        /** MemoryStats swapUsage. */
        public swapUsage?: (grpc.IMemoryData|null);

        /** MemoryStats kernelUsage. */
        public kernelUsage?: (grpc.IMemoryData|null);

        /** MemoryStats useHierarchy. */
        public useHierarchy: boolean;

        /** MemoryStats stats. */
        public stats: { [k: string]: number };

        /**
         * Creates a new MemoryStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemoryStats instance
         */
        public static create(properties?: grpc.IMemoryStats): grpc.MemoryStats;

        /**
         * Encodes the specified MemoryStats message. Does not implicitly {@link grpc.MemoryStats.verify|verify} messages.
         * @param message MemoryStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IMemoryStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemoryStats message, length delimited. Does not implicitly {@link grpc.MemoryStats.verify|verify} messages.
         * @param message MemoryStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IMemoryStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemoryStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemoryStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.MemoryStats;

        /**
         * Decodes a MemoryStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemoryStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.MemoryStats;

        /**
         * Creates a MemoryStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemoryStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.MemoryStats;

        /**
         * Creates a plain object from a MemoryStats message. Also converts values to other types if specified.
         * @param message MemoryStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.MemoryStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemoryStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemoryStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a BlkioStatsEntry. */
    interface IBlkioStatsEntry {

        /** BlkioStatsEntry major */
        major?: (number|null);

        /** BlkioStatsEntry minor */
        minor?: (number|null);

        /** BlkioStatsEntry op */
        op?: (string|null);

        /** BlkioStatsEntry value */
        value?: (number|null);
    }

    /** Represents a BlkioStatsEntry. */
    class BlkioStatsEntry implements IBlkioStatsEntry {

        /**
         * Constructs a new BlkioStatsEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IBlkioStatsEntry);

        /** BlkioStatsEntry major. */
        public major: number;

        /** BlkioStatsEntry minor. */
        public minor: number;

        /** BlkioStatsEntry op. */
        public op: string;

        /** BlkioStatsEntry value. */
        public value: number;

        /**
         * Creates a new BlkioStatsEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlkioStatsEntry instance
         */
        public static create(properties?: grpc.IBlkioStatsEntry): grpc.BlkioStatsEntry;

        /**
         * Encodes the specified BlkioStatsEntry message. Does not implicitly {@link grpc.BlkioStatsEntry.verify|verify} messages.
         * @param message BlkioStatsEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IBlkioStatsEntry, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified BlkioStatsEntry message, length delimited. Does not implicitly {@link grpc.BlkioStatsEntry.verify|verify} messages.
         * @param message BlkioStatsEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IBlkioStatsEntry, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlkioStatsEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns BlkioStatsEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.BlkioStatsEntry;

        /**
         * Decodes a BlkioStatsEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns BlkioStatsEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.BlkioStatsEntry;

        /**
         * Creates a BlkioStatsEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlkioStatsEntry
         */
        public static fromObject(object: { [k: string]: any }): grpc.BlkioStatsEntry;

        /**
         * Creates a plain object from a BlkioStatsEntry message. Also converts values to other types if specified.
         * @param message BlkioStatsEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.BlkioStatsEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlkioStatsEntry to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for BlkioStatsEntry
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a BlkioStats. */
    interface IBlkioStats {

        /** BlkioStats ioServiceBytesRecursive */
        ioServiceBytesRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioServicedRecursive */
        ioServicedRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioQueuedRecursive */
        ioQueuedRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioServiceTimeRecursive */
        ioServiceTimeRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioWaitTimeRecursive */
        ioWaitTimeRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioMergedRecursive */
        ioMergedRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats ioTimeRecursive */
        ioTimeRecursive?: (grpc.IBlkioStatsEntry[]|null);

        /** BlkioStats sectorsRecursive */
        sectorsRecursive?: (grpc.IBlkioStatsEntry[]|null);
    }

    /** Represents a BlkioStats. */
    class BlkioStats implements IBlkioStats {

        /**
         * Constructs a new BlkioStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IBlkioStats);

        /** BlkioStats ioServiceBytesRecursive. */
        public ioServiceBytesRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioServicedRecursive. */
        public ioServicedRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioQueuedRecursive. */
        public ioQueuedRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioServiceTimeRecursive. */
        public ioServiceTimeRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioWaitTimeRecursive. */
        public ioWaitTimeRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioMergedRecursive. */
        public ioMergedRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats ioTimeRecursive. */
        public ioTimeRecursive: grpc.IBlkioStatsEntry[];

        /** BlkioStats sectorsRecursive. */
        public sectorsRecursive: grpc.IBlkioStatsEntry[];

        /**
         * Creates a new BlkioStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlkioStats instance
         */
        public static create(properties?: grpc.IBlkioStats): grpc.BlkioStats;

        /**
         * Encodes the specified BlkioStats message. Does not implicitly {@link grpc.BlkioStats.verify|verify} messages.
         * @param message BlkioStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IBlkioStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified BlkioStats message, length delimited. Does not implicitly {@link grpc.BlkioStats.verify|verify} messages.
         * @param message BlkioStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IBlkioStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlkioStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns BlkioStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.BlkioStats;

        /**
         * Decodes a BlkioStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns BlkioStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.BlkioStats;

        /**
         * Creates a BlkioStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BlkioStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.BlkioStats;

        /**
         * Creates a plain object from a BlkioStats message. Also converts values to other types if specified.
         * @param message BlkioStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.BlkioStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlkioStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for BlkioStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HugetlbStats. */
    interface IHugetlbStats {

        /** HugetlbStats usage */
        usage?: (number|null);

        /** HugetlbStats maxUsage */
        maxUsage?: (number|null);

        /** HugetlbStats failcnt */
        failcnt?: (number|null);
    }

    /** Represents a HugetlbStats. */
    class HugetlbStats implements IHugetlbStats {

        /**
         * Constructs a new HugetlbStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IHugetlbStats);

        /** HugetlbStats usage. */
        public usage: number;

        /** HugetlbStats maxUsage. */
        public maxUsage: number;

        /** HugetlbStats failcnt. */
        public failcnt: number;

        /**
         * Creates a new HugetlbStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HugetlbStats instance
         */
        public static create(properties?: grpc.IHugetlbStats): grpc.HugetlbStats;

        /**
         * Encodes the specified HugetlbStats message. Does not implicitly {@link grpc.HugetlbStats.verify|verify} messages.
         * @param message HugetlbStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IHugetlbStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HugetlbStats message, length delimited. Does not implicitly {@link grpc.HugetlbStats.verify|verify} messages.
         * @param message HugetlbStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IHugetlbStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HugetlbStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HugetlbStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.HugetlbStats;

        /**
         * Decodes a HugetlbStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HugetlbStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.HugetlbStats;

        /**
         * Creates a HugetlbStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HugetlbStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.HugetlbStats;

        /**
         * Creates a plain object from a HugetlbStats message. Also converts values to other types if specified.
         * @param message HugetlbStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.HugetlbStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HugetlbStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HugetlbStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CgroupStats. */
    interface ICgroupStats {

        /** CgroupStats cpuStats */
        cpuStats?: (grpc.ICpuStats|null);

        /** CgroupStats memoryStats */
        memoryStats?: (grpc.IMemoryStats|null);

        /** CgroupStats pidsStats */
        pidsStats?: (grpc.IPidsStats|null);

        /** CgroupStats blkioStats */
        blkioStats?: (grpc.IBlkioStats|null);

        /** CgroupStats hugetlbStats */
        hugetlbStats?: ({ [k: string]: grpc.IHugetlbStats }|null);
    }

    /** Represents a CgroupStats. */
    class CgroupStats implements ICgroupStats {

        /**
         * Constructs a new CgroupStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICgroupStats);

        /** CgroupStats cpuStats. */
        public cpuStats?: (grpc.ICpuStats|null);

        /** CgroupStats memoryStats. */
        public memoryStats?: (grpc.IMemoryStats|null);

        /** CgroupStats pidsStats. */
        public pidsStats?: (grpc.IPidsStats|null);

        /** CgroupStats blkioStats. */
        public blkioStats?: (grpc.IBlkioStats|null);

        /** CgroupStats hugetlbStats. */
        public hugetlbStats: { [k: string]: grpc.IHugetlbStats };

        /**
         * Creates a new CgroupStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CgroupStats instance
         */
        public static create(properties?: grpc.ICgroupStats): grpc.CgroupStats;

        /**
         * Encodes the specified CgroupStats message. Does not implicitly {@link grpc.CgroupStats.verify|verify} messages.
         * @param message CgroupStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICgroupStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CgroupStats message, length delimited. Does not implicitly {@link grpc.CgroupStats.verify|verify} messages.
         * @param message CgroupStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICgroupStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CgroupStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CgroupStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CgroupStats;

        /**
         * Decodes a CgroupStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CgroupStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CgroupStats;

        /**
         * Creates a CgroupStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CgroupStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.CgroupStats;

        /**
         * Creates a plain object from a CgroupStats message. Also converts values to other types if specified.
         * @param message CgroupStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CgroupStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CgroupStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CgroupStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a NetworkStats. */
    interface INetworkStats {

        /** NetworkStats name */
        name?: (string|null);

        /** NetworkStats rxBytes */
        rxBytes?: (number|null);

        /** NetworkStats rxPackets */
        rxPackets?: (number|null);

        /** NetworkStats rxErrors */
        rxErrors?: (number|null);

        /** NetworkStats rxDropped */
        rxDropped?: (number|null);

        /** NetworkStats txBytes */
        txBytes?: (number|null);

        /** NetworkStats txPackets */
        txPackets?: (number|null);

        /** NetworkStats txErrors */
        txErrors?: (number|null);

        /** NetworkStats txDropped */
        txDropped?: (number|null);
    }

    /** Represents a NetworkStats. */
    class NetworkStats implements INetworkStats {

        /**
         * Constructs a new NetworkStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.INetworkStats);

        /** NetworkStats name. */
        public name: string;

        /** NetworkStats rxBytes. */
        public rxBytes: number;

        /** NetworkStats rxPackets. */
        public rxPackets: number;

        /** NetworkStats rxErrors. */
        public rxErrors: number;

        /** NetworkStats rxDropped. */
        public rxDropped: number;

        /** NetworkStats txBytes. */
        public txBytes: number;

        /** NetworkStats txPackets. */
        public txPackets: number;

        /** NetworkStats txErrors. */
        public txErrors: number;

        /** NetworkStats txDropped. */
        public txDropped: number;

        /**
         * Creates a new NetworkStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NetworkStats instance
         */
        public static create(properties?: grpc.INetworkStats): grpc.NetworkStats;

        /**
         * Encodes the specified NetworkStats message. Does not implicitly {@link grpc.NetworkStats.verify|verify} messages.
         * @param message NetworkStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.INetworkStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NetworkStats message, length delimited. Does not implicitly {@link grpc.NetworkStats.verify|verify} messages.
         * @param message NetworkStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.INetworkStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NetworkStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns NetworkStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.NetworkStats;

        /**
         * Decodes a NetworkStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns NetworkStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.NetworkStats;

        /**
         * Creates a NetworkStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns NetworkStats
         */
        public static fromObject(object: { [k: string]: any }): grpc.NetworkStats;

        /**
         * Creates a plain object from a NetworkStats message. Also converts values to other types if specified.
         * @param message NetworkStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.NetworkStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this NetworkStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for NetworkStats
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatsContainerResponse. */
    interface IStatsContainerResponse {

        /** StatsContainerResponse cgroupStats */
        cgroupStats?: (grpc.ICgroupStats|null);

        /** StatsContainerResponse networkStats */
        networkStats?: (grpc.INetworkStats[]|null);
    }

    /** Represents a StatsContainerResponse. */
    class StatsContainerResponse implements IStatsContainerResponse {

        /**
         * Constructs a new StatsContainerResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IStatsContainerResponse);

        /** StatsContainerResponse cgroupStats. */
        public cgroupStats?: (grpc.ICgroupStats|null);

        /** StatsContainerResponse networkStats. */
        public networkStats: grpc.INetworkStats[];

        /**
         * Creates a new StatsContainerResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsContainerResponse instance
         */
        public static create(properties?: grpc.IStatsContainerResponse): grpc.StatsContainerResponse;

        /**
         * Encodes the specified StatsContainerResponse message. Does not implicitly {@link grpc.StatsContainerResponse.verify|verify} messages.
         * @param message StatsContainerResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IStatsContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatsContainerResponse message, length delimited. Does not implicitly {@link grpc.StatsContainerResponse.verify|verify} messages.
         * @param message StatsContainerResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IStatsContainerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsContainerResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatsContainerResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StatsContainerResponse;

        /**
         * Decodes a StatsContainerResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StatsContainerResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.StatsContainerResponse;

        /**
         * Creates a StatsContainerResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatsContainerResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.StatsContainerResponse;

        /**
         * Creates a plain object from a StatsContainerResponse message. Also converts values to other types if specified.
         * @param message StatsContainerResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.StatsContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatsContainerResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StatsContainerResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WriteStreamRequest. */
    interface IWriteStreamRequest {

        /** WriteStreamRequest containerId */
        containerId?: (string|null);

        /** WriteStreamRequest execId */
        execId?: (string|null);

        /** WriteStreamRequest data */
        data?: (Uint8Array|null);
    }

    /** Represents a WriteStreamRequest. */
    class WriteStreamRequest implements IWriteStreamRequest {

        /**
         * Constructs a new WriteStreamRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IWriteStreamRequest);

        /** WriteStreamRequest containerId. */
        public containerId: string;

        /** WriteStreamRequest execId. */
        public execId: string;

        /** WriteStreamRequest data. */
        public data: Uint8Array;

        /**
         * Creates a new WriteStreamRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteStreamRequest instance
         */
        public static create(properties?: grpc.IWriteStreamRequest): grpc.WriteStreamRequest;

        /**
         * Encodes the specified WriteStreamRequest message. Does not implicitly {@link grpc.WriteStreamRequest.verify|verify} messages.
         * @param message WriteStreamRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IWriteStreamRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WriteStreamRequest message, length delimited. Does not implicitly {@link grpc.WriteStreamRequest.verify|verify} messages.
         * @param message WriteStreamRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IWriteStreamRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteStreamRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WriteStreamRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WriteStreamRequest;

        /**
         * Decodes a WriteStreamRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WriteStreamRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.WriteStreamRequest;

        /**
         * Creates a WriteStreamRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteStreamRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.WriteStreamRequest;

        /**
         * Creates a plain object from a WriteStreamRequest message. Also converts values to other types if specified.
         * @param message WriteStreamRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.WriteStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteStreamRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WriteStreamRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WriteStreamResponse. */
    interface IWriteStreamResponse {

        /** WriteStreamResponse len */
        len?: (number|null);
    }

    /** Represents a WriteStreamResponse. */
    class WriteStreamResponse implements IWriteStreamResponse {

        /**
         * Constructs a new WriteStreamResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IWriteStreamResponse);

        /** WriteStreamResponse len. */
        public len: number;

        /**
         * Creates a new WriteStreamResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteStreamResponse instance
         */
        public static create(properties?: grpc.IWriteStreamResponse): grpc.WriteStreamResponse;

        /**
         * Encodes the specified WriteStreamResponse message. Does not implicitly {@link grpc.WriteStreamResponse.verify|verify} messages.
         * @param message WriteStreamResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IWriteStreamResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WriteStreamResponse message, length delimited. Does not implicitly {@link grpc.WriteStreamResponse.verify|verify} messages.
         * @param message WriteStreamResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IWriteStreamResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteStreamResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WriteStreamResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.WriteStreamResponse;

        /**
         * Decodes a WriteStreamResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WriteStreamResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.WriteStreamResponse;

        /**
         * Creates a WriteStreamResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteStreamResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.WriteStreamResponse;

        /**
         * Creates a plain object from a WriteStreamResponse message. Also converts values to other types if specified.
         * @param message WriteStreamResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.WriteStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteStreamResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WriteStreamResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ReadStreamRequest. */
    interface IReadStreamRequest {

        /** ReadStreamRequest containerId */
        containerId?: (string|null);

        /** ReadStreamRequest execId */
        execId?: (string|null);

        /** ReadStreamRequest len */
        len?: (number|null);
    }

    /** Represents a ReadStreamRequest. */
    class ReadStreamRequest implements IReadStreamRequest {

        /**
         * Constructs a new ReadStreamRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IReadStreamRequest);

        /** ReadStreamRequest containerId. */
        public containerId: string;

        /** ReadStreamRequest execId. */
        public execId: string;

        /** ReadStreamRequest len. */
        public len: number;

        /**
         * Creates a new ReadStreamRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadStreamRequest instance
         */
        public static create(properties?: grpc.IReadStreamRequest): grpc.ReadStreamRequest;

        /**
         * Encodes the specified ReadStreamRequest message. Does not implicitly {@link grpc.ReadStreamRequest.verify|verify} messages.
         * @param message ReadStreamRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IReadStreamRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ReadStreamRequest message, length delimited. Does not implicitly {@link grpc.ReadStreamRequest.verify|verify} messages.
         * @param message ReadStreamRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IReadStreamRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadStreamRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadStreamRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ReadStreamRequest;

        /**
         * Decodes a ReadStreamRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ReadStreamRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ReadStreamRequest;

        /**
         * Creates a ReadStreamRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadStreamRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.ReadStreamRequest;

        /**
         * Creates a plain object from a ReadStreamRequest message. Also converts values to other types if specified.
         * @param message ReadStreamRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ReadStreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadStreamRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ReadStreamRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ReadStreamResponse. */
    interface IReadStreamResponse {

        /** ReadStreamResponse data */
        data?: (Uint8Array|null);
    }

    /** Represents a ReadStreamResponse. */
    class ReadStreamResponse implements IReadStreamResponse {

        /**
         * Constructs a new ReadStreamResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IReadStreamResponse);

        /** ReadStreamResponse data. */
        public data: Uint8Array;

        /**
         * Creates a new ReadStreamResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadStreamResponse instance
         */
        public static create(properties?: grpc.IReadStreamResponse): grpc.ReadStreamResponse;

        /**
         * Encodes the specified ReadStreamResponse message. Does not implicitly {@link grpc.ReadStreamResponse.verify|verify} messages.
         * @param message ReadStreamResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IReadStreamResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ReadStreamResponse message, length delimited. Does not implicitly {@link grpc.ReadStreamResponse.verify|verify} messages.
         * @param message ReadStreamResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IReadStreamResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadStreamResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadStreamResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ReadStreamResponse;

        /**
         * Decodes a ReadStreamResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ReadStreamResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ReadStreamResponse;

        /**
         * Creates a ReadStreamResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadStreamResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.ReadStreamResponse;

        /**
         * Creates a plain object from a ReadStreamResponse message. Also converts values to other types if specified.
         * @param message ReadStreamResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ReadStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadStreamResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ReadStreamResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CloseStdinRequest. */
    interface ICloseStdinRequest {

        /** CloseStdinRequest containerId */
        containerId?: (string|null);

        /** CloseStdinRequest execId */
        execId?: (string|null);
    }

    /** Represents a CloseStdinRequest. */
    class CloseStdinRequest implements ICloseStdinRequest {

        /**
         * Constructs a new CloseStdinRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICloseStdinRequest);

        /** CloseStdinRequest containerId. */
        public containerId: string;

        /** CloseStdinRequest execId. */
        public execId: string;

        /**
         * Creates a new CloseStdinRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseStdinRequest instance
         */
        public static create(properties?: grpc.ICloseStdinRequest): grpc.CloseStdinRequest;

        /**
         * Encodes the specified CloseStdinRequest message. Does not implicitly {@link grpc.CloseStdinRequest.verify|verify} messages.
         * @param message CloseStdinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICloseStdinRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CloseStdinRequest message, length delimited. Does not implicitly {@link grpc.CloseStdinRequest.verify|verify} messages.
         * @param message CloseStdinRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICloseStdinRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseStdinRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseStdinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CloseStdinRequest;

        /**
         * Decodes a CloseStdinRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CloseStdinRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CloseStdinRequest;

        /**
         * Creates a CloseStdinRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CloseStdinRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.CloseStdinRequest;

        /**
         * Creates a plain object from a CloseStdinRequest message. Also converts values to other types if specified.
         * @param message CloseStdinRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CloseStdinRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CloseStdinRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CloseStdinRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a TtyWinResizeRequest. */
    interface ITtyWinResizeRequest {

        /** TtyWinResizeRequest containerId */
        containerId?: (string|null);

        /** TtyWinResizeRequest execId */
        execId?: (string|null);

        /** TtyWinResizeRequest row */
        row?: (number|null);

        /** TtyWinResizeRequest column */
        column?: (number|null);
    }

    /** Represents a TtyWinResizeRequest. */
    class TtyWinResizeRequest implements ITtyWinResizeRequest {

        /**
         * Constructs a new TtyWinResizeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ITtyWinResizeRequest);

        /** TtyWinResizeRequest containerId. */
        public containerId: string;

        /** TtyWinResizeRequest execId. */
        public execId: string;

        /** TtyWinResizeRequest row. */
        public row: number;

        /** TtyWinResizeRequest column. */
        public column: number;

        /**
         * Creates a new TtyWinResizeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TtyWinResizeRequest instance
         */
        public static create(properties?: grpc.ITtyWinResizeRequest): grpc.TtyWinResizeRequest;

        /**
         * Encodes the specified TtyWinResizeRequest message. Does not implicitly {@link grpc.TtyWinResizeRequest.verify|verify} messages.
         * @param message TtyWinResizeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ITtyWinResizeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TtyWinResizeRequest message, length delimited. Does not implicitly {@link grpc.TtyWinResizeRequest.verify|verify} messages.
         * @param message TtyWinResizeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ITtyWinResizeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TtyWinResizeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TtyWinResizeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.TtyWinResizeRequest;

        /**
         * Decodes a TtyWinResizeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns TtyWinResizeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.TtyWinResizeRequest;

        /**
         * Creates a TtyWinResizeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TtyWinResizeRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.TtyWinResizeRequest;

        /**
         * Creates a plain object from a TtyWinResizeRequest message. Also converts values to other types if specified.
         * @param message TtyWinResizeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.TtyWinResizeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TtyWinResizeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for TtyWinResizeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a KernelModule. */
    interface IKernelModule {

        /** KernelModule name */
        name?: (string|null);

        /** KernelModule parameters */
        parameters?: (string[]|null);
    }

    /** Represents a KernelModule. */
    class KernelModule implements IKernelModule {

        /**
         * Constructs a new KernelModule.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IKernelModule);

        /** KernelModule name. */
        public name: string;

        /** KernelModule parameters. */
        public parameters: string[];

        /**
         * Creates a new KernelModule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KernelModule instance
         */
        public static create(properties?: grpc.IKernelModule): grpc.KernelModule;

        /**
         * Encodes the specified KernelModule message. Does not implicitly {@link grpc.KernelModule.verify|verify} messages.
         * @param message KernelModule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IKernelModule, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KernelModule message, length delimited. Does not implicitly {@link grpc.KernelModule.verify|verify} messages.
         * @param message KernelModule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IKernelModule, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KernelModule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns KernelModule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.KernelModule;

        /**
         * Decodes a KernelModule message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns KernelModule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.KernelModule;

        /**
         * Creates a KernelModule message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KernelModule
         */
        public static fromObject(object: { [k: string]: any }): grpc.KernelModule;

        /**
         * Creates a plain object from a KernelModule message. Also converts values to other types if specified.
         * @param message KernelModule
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.KernelModule, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KernelModule to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for KernelModule
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CreateSandboxRequest. */
    interface ICreateSandboxRequest {

        /** CreateSandboxRequest hostname */
        hostname?: (string|null);

        /** CreateSandboxRequest dns */
        dns?: (string[]|null);

        /** CreateSandboxRequest storages */
        storages?: (grpc.IStorage[]|null);

        /** CreateSandboxRequest sandboxPidns */
        sandboxPidns?: (boolean|null);

        /** CreateSandboxRequest sandboxId */
        sandboxId?: (string|null);

        /** CreateSandboxRequest guestHookPath */
        guestHookPath?: (string|null);

        /** CreateSandboxRequest kernelModules */
        kernelModules?: (grpc.IKernelModule[]|null);

        /** CreateSandboxRequest guestUserns */
        guestUserns?: (boolean|null);
    }

    /** Represents a CreateSandboxRequest. */
    class CreateSandboxRequest implements ICreateSandboxRequest {

        /**
         * Constructs a new CreateSandboxRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICreateSandboxRequest);

        /** CreateSandboxRequest hostname. */
        public hostname: string;

        /** CreateSandboxRequest dns. */
        public dns: string[];

        /** CreateSandboxRequest storages. */
        public storages: grpc.IStorage[];

        /** CreateSandboxRequest sandboxPidns. */
        public sandboxPidns: boolean;

        /** CreateSandboxRequest sandboxId. */
        public sandboxId: string;

        /** CreateSandboxRequest guestHookPath. */
        public guestHookPath: string;

        /** CreateSandboxRequest kernelModules. */
        public kernelModules: grpc.IKernelModule[];

        /** CreateSandboxRequest guestUserns. */
        public guestUserns: boolean;

        /**
         * Creates a new CreateSandboxRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CreateSandboxRequest instance
         */
        public static create(properties?: grpc.ICreateSandboxRequest): grpc.CreateSandboxRequest;

        /**
         * Encodes the specified CreateSandboxRequest message. Does not implicitly {@link grpc.CreateSandboxRequest.verify|verify} messages.
         * @param message CreateSandboxRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICreateSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CreateSandboxRequest message, length delimited. Does not implicitly {@link grpc.CreateSandboxRequest.verify|verify} messages.
         * @param message CreateSandboxRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICreateSandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CreateSandboxRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CreateSandboxRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CreateSandboxRequest;

        /**
         * Decodes a CreateSandboxRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CreateSandboxRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CreateSandboxRequest;

        /**
         * Creates a CreateSandboxRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CreateSandboxRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.CreateSandboxRequest;

        /**
         * Creates a plain object from a CreateSandboxRequest message. Also converts values to other types if specified.
         * @param message CreateSandboxRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CreateSandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CreateSandboxRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CreateSandboxRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DestroySandboxRequest. */
    interface IDestroySandboxRequest {
    }

    /** Represents a DestroySandboxRequest. */
    class DestroySandboxRequest implements IDestroySandboxRequest {

        /**
         * Constructs a new DestroySandboxRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IDestroySandboxRequest);

        /**
         * Creates a new DestroySandboxRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DestroySandboxRequest instance
         */
        public static create(properties?: grpc.IDestroySandboxRequest): grpc.DestroySandboxRequest;

        /**
         * Encodes the specified DestroySandboxRequest message. Does not implicitly {@link grpc.DestroySandboxRequest.verify|verify} messages.
         * @param message DestroySandboxRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IDestroySandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DestroySandboxRequest message, length delimited. Does not implicitly {@link grpc.DestroySandboxRequest.verify|verify} messages.
         * @param message DestroySandboxRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IDestroySandboxRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DestroySandboxRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DestroySandboxRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.DestroySandboxRequest;

        /**
         * Decodes a DestroySandboxRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DestroySandboxRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.DestroySandboxRequest;

        /**
         * Creates a DestroySandboxRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DestroySandboxRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.DestroySandboxRequest;

        /**
         * Creates a plain object from a DestroySandboxRequest message. Also converts values to other types if specified.
         * @param message DestroySandboxRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.DestroySandboxRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DestroySandboxRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DestroySandboxRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an Interfaces. */
    interface IInterfaces {

        /** Interfaces Interfaces */
        Interfaces?: (types.IInterface[]|null);
    }

    /** Represents an Interfaces. */
    class Interfaces implements IInterfaces {

        /**
         * Constructs a new Interfaces.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IInterfaces);

        /** Interfaces Interfaces. */
        public Interfaces: types.IInterface[];

        /**
         * Creates a new Interfaces instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Interfaces instance
         */
        public static create(properties?: grpc.IInterfaces): grpc.Interfaces;

        /**
         * Encodes the specified Interfaces message. Does not implicitly {@link grpc.Interfaces.verify|verify} messages.
         * @param message Interfaces message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IInterfaces, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Interfaces message, length delimited. Does not implicitly {@link grpc.Interfaces.verify|verify} messages.
         * @param message Interfaces message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IInterfaces, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Interfaces message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Interfaces
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Interfaces;

        /**
         * Decodes an Interfaces message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Interfaces
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Interfaces;

        /**
         * Creates an Interfaces message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Interfaces
         */
        public static fromObject(object: { [k: string]: any }): grpc.Interfaces;

        /**
         * Creates a plain object from an Interfaces message. Also converts values to other types if specified.
         * @param message Interfaces
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Interfaces, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Interfaces to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Interfaces
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Routes. */
    interface IRoutes {

        /** Routes Routes */
        Routes?: (types.IRoute[]|null);
    }

    /** Represents a Routes. */
    class Routes implements IRoutes {

        /**
         * Constructs a new Routes.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IRoutes);

        /** Routes Routes. */
        public Routes: types.IRoute[];

        /**
         * Creates a new Routes instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Routes instance
         */
        public static create(properties?: grpc.IRoutes): grpc.Routes;

        /**
         * Encodes the specified Routes message. Does not implicitly {@link grpc.Routes.verify|verify} messages.
         * @param message Routes message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IRoutes, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Routes message, length delimited. Does not implicitly {@link grpc.Routes.verify|verify} messages.
         * @param message Routes message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IRoutes, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Routes message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Routes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Routes;

        /**
         * Decodes a Routes message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Routes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Routes;

        /**
         * Creates a Routes message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Routes
         */
        public static fromObject(object: { [k: string]: any }): grpc.Routes;

        /**
         * Creates a plain object from a Routes message. Also converts values to other types if specified.
         * @param message Routes
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Routes, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Routes to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Routes
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UpdateInterfaceRequest. */
    interface IUpdateInterfaceRequest {

        /** UpdateInterfaceRequest interface */
        "interface"?: (types.IInterface|null);
    }

    /** Represents an UpdateInterfaceRequest. */
    class UpdateInterfaceRequest implements IUpdateInterfaceRequest {

        /**
         * Constructs a new UpdateInterfaceRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IUpdateInterfaceRequest);

        /** UpdateInterfaceRequest interface. */
        public interface?: (types.IInterface|null);

        /**
         * Creates a new UpdateInterfaceRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpdateInterfaceRequest instance
         */
        public static create(properties?: grpc.IUpdateInterfaceRequest): grpc.UpdateInterfaceRequest;

        /**
         * Encodes the specified UpdateInterfaceRequest message. Does not implicitly {@link grpc.UpdateInterfaceRequest.verify|verify} messages.
         * @param message UpdateInterfaceRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IUpdateInterfaceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UpdateInterfaceRequest message, length delimited. Does not implicitly {@link grpc.UpdateInterfaceRequest.verify|verify} messages.
         * @param message UpdateInterfaceRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IUpdateInterfaceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpdateInterfaceRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UpdateInterfaceRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateInterfaceRequest;

        /**
         * Decodes an UpdateInterfaceRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UpdateInterfaceRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.UpdateInterfaceRequest;

        /**
         * Creates an UpdateInterfaceRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UpdateInterfaceRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.UpdateInterfaceRequest;

        /**
         * Creates a plain object from an UpdateInterfaceRequest message. Also converts values to other types if specified.
         * @param message UpdateInterfaceRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.UpdateInterfaceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UpdateInterfaceRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UpdateInterfaceRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UpdateRoutesRequest. */
    interface IUpdateRoutesRequest {

        /** UpdateRoutesRequest routes */
        routes?: (grpc.IRoutes|null);
    }

    /** Represents an UpdateRoutesRequest. */
    class UpdateRoutesRequest implements IUpdateRoutesRequest {

        /**
         * Constructs a new UpdateRoutesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IUpdateRoutesRequest);

        /** UpdateRoutesRequest routes. */
        public routes?: (grpc.IRoutes|null);

        /**
         * Creates a new UpdateRoutesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpdateRoutesRequest instance
         */
        public static create(properties?: grpc.IUpdateRoutesRequest): grpc.UpdateRoutesRequest;

        /**
         * Encodes the specified UpdateRoutesRequest message. Does not implicitly {@link grpc.UpdateRoutesRequest.verify|verify} messages.
         * @param message UpdateRoutesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IUpdateRoutesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UpdateRoutesRequest message, length delimited. Does not implicitly {@link grpc.UpdateRoutesRequest.verify|verify} messages.
         * @param message UpdateRoutesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IUpdateRoutesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpdateRoutesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UpdateRoutesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.UpdateRoutesRequest;

        /**
         * Decodes an UpdateRoutesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UpdateRoutesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.UpdateRoutesRequest;

        /**
         * Creates an UpdateRoutesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UpdateRoutesRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.UpdateRoutesRequest;

        /**
         * Creates a plain object from an UpdateRoutesRequest message. Also converts values to other types if specified.
         * @param message UpdateRoutesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.UpdateRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UpdateRoutesRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UpdateRoutesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListInterfacesRequest. */
    interface IListInterfacesRequest {
    }

    /** Represents a ListInterfacesRequest. */
    class ListInterfacesRequest implements IListInterfacesRequest {

        /**
         * Constructs a new ListInterfacesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IListInterfacesRequest);

        /**
         * Creates a new ListInterfacesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListInterfacesRequest instance
         */
        public static create(properties?: grpc.IListInterfacesRequest): grpc.ListInterfacesRequest;

        /**
         * Encodes the specified ListInterfacesRequest message. Does not implicitly {@link grpc.ListInterfacesRequest.verify|verify} messages.
         * @param message ListInterfacesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IListInterfacesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ListInterfacesRequest message, length delimited. Does not implicitly {@link grpc.ListInterfacesRequest.verify|verify} messages.
         * @param message ListInterfacesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IListInterfacesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListInterfacesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListInterfacesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListInterfacesRequest;

        /**
         * Decodes a ListInterfacesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ListInterfacesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ListInterfacesRequest;

        /**
         * Creates a ListInterfacesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListInterfacesRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.ListInterfacesRequest;

        /**
         * Creates a plain object from a ListInterfacesRequest message. Also converts values to other types if specified.
         * @param message ListInterfacesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ListInterfacesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListInterfacesRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ListInterfacesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListRoutesRequest. */
    interface IListRoutesRequest {
    }

    /** Represents a ListRoutesRequest. */
    class ListRoutesRequest implements IListRoutesRequest {

        /**
         * Constructs a new ListRoutesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IListRoutesRequest);

        /**
         * Creates a new ListRoutesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListRoutesRequest instance
         */
        public static create(properties?: grpc.IListRoutesRequest): grpc.ListRoutesRequest;

        /**
         * Encodes the specified ListRoutesRequest message. Does not implicitly {@link grpc.ListRoutesRequest.verify|verify} messages.
         * @param message ListRoutesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IListRoutesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ListRoutesRequest message, length delimited. Does not implicitly {@link grpc.ListRoutesRequest.verify|verify} messages.
         * @param message ListRoutesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IListRoutesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListRoutesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListRoutesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ListRoutesRequest;

        /**
         * Decodes a ListRoutesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ListRoutesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ListRoutesRequest;

        /**
         * Creates a ListRoutesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListRoutesRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.ListRoutesRequest;

        /**
         * Creates a plain object from a ListRoutesRequest message. Also converts values to other types if specified.
         * @param message ListRoutesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ListRoutesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListRoutesRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ListRoutesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ARPNeighbors. */
    interface IARPNeighbors {

        /** ARPNeighbors ARPNeighbors */
        ARPNeighbors?: (types.IARPNeighbor[]|null);
    }

    /** Represents a ARPNeighbors. */
    class ARPNeighbors implements IARPNeighbors {

        /**
         * Constructs a new ARPNeighbors.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IARPNeighbors);

        /** ARPNeighbors ARPNeighbors. */
        public ARPNeighbors: types.IARPNeighbor[];

        /**
         * Creates a new ARPNeighbors instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ARPNeighbors instance
         */
        public static create(properties?: grpc.IARPNeighbors): grpc.ARPNeighbors;

        /**
         * Encodes the specified ARPNeighbors message. Does not implicitly {@link grpc.ARPNeighbors.verify|verify} messages.
         * @param message ARPNeighbors message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IARPNeighbors, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ARPNeighbors message, length delimited. Does not implicitly {@link grpc.ARPNeighbors.verify|verify} messages.
         * @param message ARPNeighbors message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IARPNeighbors, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ARPNeighbors message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ARPNeighbors
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.ARPNeighbors;

        /**
         * Decodes a ARPNeighbors message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ARPNeighbors
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.ARPNeighbors;

        /**
         * Creates a ARPNeighbors message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ARPNeighbors
         */
        public static fromObject(object: { [k: string]: any }): grpc.ARPNeighbors;

        /**
         * Creates a plain object from a ARPNeighbors message. Also converts values to other types if specified.
         * @param message ARPNeighbors
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.ARPNeighbors, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ARPNeighbors to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ARPNeighbors
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AddARPNeighborsRequest. */
    interface IAddARPNeighborsRequest {

        /** AddARPNeighborsRequest neighbors */
        neighbors?: (grpc.IARPNeighbors|null);
    }

    /** Represents an AddARPNeighborsRequest. */
    class AddARPNeighborsRequest implements IAddARPNeighborsRequest {

        /**
         * Constructs a new AddARPNeighborsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IAddARPNeighborsRequest);

        /** AddARPNeighborsRequest neighbors. */
        public neighbors?: (grpc.IARPNeighbors|null);

        /**
         * Creates a new AddARPNeighborsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddARPNeighborsRequest instance
         */
        public static create(properties?: grpc.IAddARPNeighborsRequest): grpc.AddARPNeighborsRequest;

        /**
         * Encodes the specified AddARPNeighborsRequest message. Does not implicitly {@link grpc.AddARPNeighborsRequest.verify|verify} messages.
         * @param message AddARPNeighborsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IAddARPNeighborsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AddARPNeighborsRequest message, length delimited. Does not implicitly {@link grpc.AddARPNeighborsRequest.verify|verify} messages.
         * @param message AddARPNeighborsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IAddARPNeighborsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddARPNeighborsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AddARPNeighborsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AddARPNeighborsRequest;

        /**
         * Decodes an AddARPNeighborsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AddARPNeighborsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.AddARPNeighborsRequest;

        /**
         * Creates an AddARPNeighborsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AddARPNeighborsRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.AddARPNeighborsRequest;

        /**
         * Creates a plain object from an AddARPNeighborsRequest message. Also converts values to other types if specified.
         * @param message AddARPNeighborsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.AddARPNeighborsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AddARPNeighborsRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AddARPNeighborsRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AgentDetails. */
    interface IAgentDetails {

        /** AgentDetails version */
        version?: (string|null);

        /** AgentDetails initDaemon */
        initDaemon?: (boolean|null);

        /** AgentDetails deviceHandlers */
        deviceHandlers?: (string[]|null);

        /** AgentDetails storageHandlers */
        storageHandlers?: (string[]|null);

        /** AgentDetails supportsSeccomp */
        supportsSeccomp?: (boolean|null);
    }

    /** Represents an AgentDetails. */
    class AgentDetails implements IAgentDetails {

        /**
         * Constructs a new AgentDetails.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IAgentDetails);

        /** AgentDetails version. */
        public version: string;

        /** AgentDetails initDaemon. */
        public initDaemon: boolean;

        /** AgentDetails deviceHandlers. */
        public deviceHandlers: string[];

        /** AgentDetails storageHandlers. */
        public storageHandlers: string[];

        /** AgentDetails supportsSeccomp. */
        public supportsSeccomp: boolean;

        /**
         * Creates a new AgentDetails instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AgentDetails instance
         */
        public static create(properties?: grpc.IAgentDetails): grpc.AgentDetails;

        /**
         * Encodes the specified AgentDetails message. Does not implicitly {@link grpc.AgentDetails.verify|verify} messages.
         * @param message AgentDetails message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IAgentDetails, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AgentDetails message, length delimited. Does not implicitly {@link grpc.AgentDetails.verify|verify} messages.
         * @param message AgentDetails message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IAgentDetails, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AgentDetails message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AgentDetails
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.AgentDetails;

        /**
         * Decodes an AgentDetails message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AgentDetails
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.AgentDetails;

        /**
         * Creates an AgentDetails message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AgentDetails
         */
        public static fromObject(object: { [k: string]: any }): grpc.AgentDetails;

        /**
         * Creates a plain object from an AgentDetails message. Also converts values to other types if specified.
         * @param message AgentDetails
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.AgentDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AgentDetails to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AgentDetails
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a GuestDetailsRequest. */
    interface IGuestDetailsRequest {

        /** GuestDetailsRequest memBlockSize */
        memBlockSize?: (boolean|null);

        /** GuestDetailsRequest memHotplugProbe */
        memHotplugProbe?: (boolean|null);
    }

    /** Represents a GuestDetailsRequest. */
    class GuestDetailsRequest implements IGuestDetailsRequest {

        /**
         * Constructs a new GuestDetailsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IGuestDetailsRequest);

        /** GuestDetailsRequest memBlockSize. */
        public memBlockSize: boolean;

        /** GuestDetailsRequest memHotplugProbe. */
        public memHotplugProbe: boolean;

        /**
         * Creates a new GuestDetailsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestDetailsRequest instance
         */
        public static create(properties?: grpc.IGuestDetailsRequest): grpc.GuestDetailsRequest;

        /**
         * Encodes the specified GuestDetailsRequest message. Does not implicitly {@link grpc.GuestDetailsRequest.verify|verify} messages.
         * @param message GuestDetailsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IGuestDetailsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GuestDetailsRequest message, length delimited. Does not implicitly {@link grpc.GuestDetailsRequest.verify|verify} messages.
         * @param message GuestDetailsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IGuestDetailsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestDetailsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GuestDetailsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GuestDetailsRequest;

        /**
         * Decodes a GuestDetailsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns GuestDetailsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.GuestDetailsRequest;

        /**
         * Creates a GuestDetailsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestDetailsRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.GuestDetailsRequest;

        /**
         * Creates a plain object from a GuestDetailsRequest message. Also converts values to other types if specified.
         * @param message GuestDetailsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.GuestDetailsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestDetailsRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for GuestDetailsRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a GuestDetailsResponse. */
    interface IGuestDetailsResponse {

        /** GuestDetailsResponse memBlockSizeBytes */
        memBlockSizeBytes?: (number|null);

        /** GuestDetailsResponse agentDetails */
        agentDetails?: (grpc.IAgentDetails|null);

        /** GuestDetailsResponse supportMemHotplugProbe */
        supportMemHotplugProbe?: (boolean|null);
    }

    /** Represents a GuestDetailsResponse. */
    class GuestDetailsResponse implements IGuestDetailsResponse {

        /**
         * Constructs a new GuestDetailsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IGuestDetailsResponse);

        /** GuestDetailsResponse memBlockSizeBytes. */
        public memBlockSizeBytes: number;

        /** GuestDetailsResponse agentDetails. */
        public agentDetails?: (grpc.IAgentDetails|null);

        /** GuestDetailsResponse supportMemHotplugProbe. */
        public supportMemHotplugProbe: boolean;

        /**
         * Creates a new GuestDetailsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GuestDetailsResponse instance
         */
        public static create(properties?: grpc.IGuestDetailsResponse): grpc.GuestDetailsResponse;

        /**
         * Encodes the specified GuestDetailsResponse message. Does not implicitly {@link grpc.GuestDetailsResponse.verify|verify} messages.
         * @param message GuestDetailsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IGuestDetailsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GuestDetailsResponse message, length delimited. Does not implicitly {@link grpc.GuestDetailsResponse.verify|verify} messages.
         * @param message GuestDetailsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IGuestDetailsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GuestDetailsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GuestDetailsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GuestDetailsResponse;

        /**
         * Decodes a GuestDetailsResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns GuestDetailsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.GuestDetailsResponse;

        /**
         * Creates a GuestDetailsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GuestDetailsResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.GuestDetailsResponse;

        /**
         * Creates a plain object from a GuestDetailsResponse message. Also converts values to other types if specified.
         * @param message GuestDetailsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.GuestDetailsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GuestDetailsResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for GuestDetailsResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SetGuestDateTimeRequest. */
    interface ISetGuestDateTimeRequest {

        /** SetGuestDateTimeRequest Sec */
        Sec?: (number|null);

        /** SetGuestDateTimeRequest Usec */
        Usec?: (number|null);
    }

    /** Represents a SetGuestDateTimeRequest. */
    class SetGuestDateTimeRequest implements ISetGuestDateTimeRequest {

        /**
         * Constructs a new SetGuestDateTimeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ISetGuestDateTimeRequest);

        /** SetGuestDateTimeRequest Sec. */
        public Sec: number;

        /** SetGuestDateTimeRequest Usec. */
        public Usec: number;

        /**
         * Creates a new SetGuestDateTimeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetGuestDateTimeRequest instance
         */
        public static create(properties?: grpc.ISetGuestDateTimeRequest): grpc.SetGuestDateTimeRequest;

        /**
         * Encodes the specified SetGuestDateTimeRequest message. Does not implicitly {@link grpc.SetGuestDateTimeRequest.verify|verify} messages.
         * @param message SetGuestDateTimeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ISetGuestDateTimeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SetGuestDateTimeRequest message, length delimited. Does not implicitly {@link grpc.SetGuestDateTimeRequest.verify|verify} messages.
         * @param message SetGuestDateTimeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ISetGuestDateTimeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetGuestDateTimeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetGuestDateTimeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SetGuestDateTimeRequest;

        /**
         * Decodes a SetGuestDateTimeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns SetGuestDateTimeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.SetGuestDateTimeRequest;

        /**
         * Creates a SetGuestDateTimeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetGuestDateTimeRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.SetGuestDateTimeRequest;

        /**
         * Creates a plain object from a SetGuestDateTimeRequest message. Also converts values to other types if specified.
         * @param message SetGuestDateTimeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.SetGuestDateTimeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetGuestDateTimeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for SetGuestDateTimeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a FSGroup. */
    interface IFSGroup {

        /** FSGroup groupId */
        groupId?: (number|null);

        /** FSGroup groupChangePolicy */
        groupChangePolicy?: (types.FSGroupChangePolicy|null);
    }

    /** Represents a FSGroup. */
    class FSGroup implements IFSGroup {

        /**
         * Constructs a new FSGroup.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IFSGroup);

        /** FSGroup groupId. */
        public groupId: number;

        /** FSGroup groupChangePolicy. */
        public groupChangePolicy: types.FSGroupChangePolicy;

        /**
         * Creates a new FSGroup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FSGroup instance
         */
        public static create(properties?: grpc.IFSGroup): grpc.FSGroup;

        /**
         * Encodes the specified FSGroup message. Does not implicitly {@link grpc.FSGroup.verify|verify} messages.
         * @param message FSGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IFSGroup, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified FSGroup message, length delimited. Does not implicitly {@link grpc.FSGroup.verify|verify} messages.
         * @param message FSGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IFSGroup, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FSGroup message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns FSGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.FSGroup;

        /**
         * Decodes a FSGroup message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns FSGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.FSGroup;

        /**
         * Creates a FSGroup message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FSGroup
         */
        public static fromObject(object: { [k: string]: any }): grpc.FSGroup;

        /**
         * Creates a plain object from a FSGroup message. Also converts values to other types if specified.
         * @param message FSGroup
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.FSGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FSGroup to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for FSGroup
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SharedMount. */
    interface ISharedMount {

        /** SharedMount name */
        name?: (string|null);

        /** SharedMount srcCtr */
        srcCtr?: (string|null);

        /** SharedMount srcPath */
        srcPath?: (string|null);

        /** SharedMount dstCtr */
        dstCtr?: (string|null);

        /** SharedMount dstPath */
        dstPath?: (string|null);
    }

    /** Represents a SharedMount. */
    class SharedMount implements ISharedMount {

        /**
         * Constructs a new SharedMount.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ISharedMount);

        /** SharedMount name. */
        public name: string;

        /** SharedMount srcCtr. */
        public srcCtr: string;

        /** SharedMount srcPath. */
        public srcPath: string;

        /** SharedMount dstCtr. */
        public dstCtr: string;

        /** SharedMount dstPath. */
        public dstPath: string;

        /**
         * Creates a new SharedMount instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SharedMount instance
         */
        public static create(properties?: grpc.ISharedMount): grpc.SharedMount;

        /**
         * Encodes the specified SharedMount message. Does not implicitly {@link grpc.SharedMount.verify|verify} messages.
         * @param message SharedMount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ISharedMount, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SharedMount message, length delimited. Does not implicitly {@link grpc.SharedMount.verify|verify} messages.
         * @param message SharedMount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ISharedMount, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SharedMount message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SharedMount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.SharedMount;

        /**
         * Decodes a SharedMount message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns SharedMount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.SharedMount;

        /**
         * Creates a SharedMount message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SharedMount
         */
        public static fromObject(object: { [k: string]: any }): grpc.SharedMount;

        /**
         * Creates a plain object from a SharedMount message. Also converts values to other types if specified.
         * @param message SharedMount
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.SharedMount, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SharedMount to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for SharedMount
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Storage. */
    interface IStorage {

        /** Storage driver */
        driver?: (string|null);

        /** Storage driverOptions */
        driverOptions?: (string[]|null);

        /** Storage source */
        source?: (string|null);

        /** Storage fstype */
        fstype?: (string|null);

        /** Storage options */
        options?: (string[]|null);

        /** Storage mountPoint */
        mountPoint?: (string|null);

        /** Storage fsGroup */
        fsGroup?: (grpc.IFSGroup|null);
    }

    /** Represents a Storage. */
    class Storage implements IStorage {

        /**
         * Constructs a new Storage.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IStorage);

        /** Storage driver. */
        public driver: string;

        /** Storage driverOptions. */
        public driverOptions: string[];

        /** Storage source. */
        public source: string;

        /** Storage fstype. */
        public fstype: string;

        /** Storage options. */
        public options: string[];

        /** Storage mountPoint. */
        public mountPoint: string;

        /** Storage fsGroup. */
        public fsGroup?: (grpc.IFSGroup|null);

        /**
         * Creates a new Storage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Storage instance
         */
        public static create(properties?: grpc.IStorage): grpc.Storage;

        /**
         * Encodes the specified Storage message. Does not implicitly {@link grpc.Storage.verify|verify} messages.
         * @param message Storage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IStorage, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Storage message, length delimited. Does not implicitly {@link grpc.Storage.verify|verify} messages.
         * @param message Storage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IStorage, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Storage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Storage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Storage;

        /**
         * Decodes a Storage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Storage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Storage;

        /**
         * Creates a Storage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Storage
         */
        public static fromObject(object: { [k: string]: any }): grpc.Storage;

        /**
         * Creates a plain object from a Storage message. Also converts values to other types if specified.
         * @param message Storage
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Storage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Storage to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Storage
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Device. */
    interface IDevice {

        /** Device id */
        id?: (string|null);

        /** Device type */
        type?: (string|null);

        /** Device vmPath */
        vmPath?: (string|null);

        /** Device containerPath */
        containerPath?: (string|null);

        /** Device options */
        options?: (string[]|null);
    }

    /** Represents a Device. */
    class Device implements IDevice {

        /**
         * Constructs a new Device.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IDevice);

        /** Device id. */
        public id: string;

        /** Device type. */
        public type: string;

        /** Device vmPath. */
        public vmPath: string;

        /** Device containerPath. */
        public containerPath: string;

        /** Device options. */
        public options: string[];

        /**
         * Creates a new Device instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Device instance
         */
        public static create(properties?: grpc.IDevice): grpc.Device;

        /**
         * Encodes the specified Device message. Does not implicitly {@link grpc.Device.verify|verify} messages.
         * @param message Device message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Device message, length delimited. Does not implicitly {@link grpc.Device.verify|verify} messages.
         * @param message Device message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Device message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Device
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Device;

        /**
         * Decodes a Device message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Device
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Device;

        /**
         * Creates a Device message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Device
         */
        public static fromObject(object: { [k: string]: any }): grpc.Device;

        /**
         * Creates a plain object from a Device message. Also converts values to other types if specified.
         * @param message Device
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Device to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Device
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StringUser. */
    interface IStringUser {

        /** StringUser uid */
        uid?: (string|null);

        /** StringUser gid */
        gid?: (string|null);

        /** StringUser additionalGids */
        additionalGids?: (string[]|null);
    }

    /** Represents a StringUser. */
    class StringUser implements IStringUser {

        /**
         * Constructs a new StringUser.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IStringUser);

        /** StringUser uid. */
        public uid: string;

        /** StringUser gid. */
        public gid: string;

        /** StringUser additionalGids. */
        public additionalGids: string[];

        /**
         * Creates a new StringUser instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StringUser instance
         */
        public static create(properties?: grpc.IStringUser): grpc.StringUser;

        /**
         * Encodes the specified StringUser message. Does not implicitly {@link grpc.StringUser.verify|verify} messages.
         * @param message StringUser message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IStringUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StringUser message, length delimited. Does not implicitly {@link grpc.StringUser.verify|verify} messages.
         * @param message StringUser message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IStringUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StringUser message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StringUser
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.StringUser;

        /**
         * Decodes a StringUser message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StringUser
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.StringUser;

        /**
         * Creates a StringUser message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StringUser
         */
        public static fromObject(object: { [k: string]: any }): grpc.StringUser;

        /**
         * Creates a plain object from a StringUser message. Also converts values to other types if specified.
         * @param message StringUser
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.StringUser, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StringUser to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StringUser
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CopyFileRequest. */
    interface ICopyFileRequest {

        /** CopyFileRequest path */
        path?: (string|null);

        /** CopyFileRequest fileSize */
        fileSize?: (number|null);

        /** CopyFileRequest fileMode */
        fileMode?: (number|null);

        /** CopyFileRequest dirMode */
        dirMode?: (number|null);

        /** CopyFileRequest uid */
        uid?: (number|null);

        /** CopyFileRequest gid */
        gid?: (number|null);

        /** CopyFileRequest offset */
        offset?: (number|null);

        /** CopyFileRequest data */
        data?: (Uint8Array|null);
    }

    /** Represents a CopyFileRequest. */
    class CopyFileRequest implements ICopyFileRequest {

        /**
         * Constructs a new CopyFileRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICopyFileRequest);

        /** CopyFileRequest path. */
        public path: string;

        /** CopyFileRequest fileSize. */
        public fileSize: number;

        /** CopyFileRequest fileMode. */
        public fileMode: number;

        /** CopyFileRequest dirMode. */
        public dirMode: number;

        /** CopyFileRequest uid. */
        public uid: number;

        /** CopyFileRequest gid. */
        public gid: number;

        /** CopyFileRequest offset. */
        public offset: number;

        /** CopyFileRequest data. */
        public data: Uint8Array;

        /**
         * Creates a new CopyFileRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CopyFileRequest instance
         */
        public static create(properties?: grpc.ICopyFileRequest): grpc.CopyFileRequest;

        /**
         * Encodes the specified CopyFileRequest message. Does not implicitly {@link grpc.CopyFileRequest.verify|verify} messages.
         * @param message CopyFileRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICopyFileRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CopyFileRequest message, length delimited. Does not implicitly {@link grpc.CopyFileRequest.verify|verify} messages.
         * @param message CopyFileRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICopyFileRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CopyFileRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CopyFileRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CopyFileRequest;

        /**
         * Decodes a CopyFileRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CopyFileRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CopyFileRequest;

        /**
         * Creates a CopyFileRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CopyFileRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.CopyFileRequest;

        /**
         * Creates a plain object from a CopyFileRequest message. Also converts values to other types if specified.
         * @param message CopyFileRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CopyFileRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CopyFileRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CopyFileRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a GetOOMEventRequest. */
    interface IGetOOMEventRequest {
    }

    /** Represents a GetOOMEventRequest. */
    class GetOOMEventRequest implements IGetOOMEventRequest {

        /**
         * Constructs a new GetOOMEventRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IGetOOMEventRequest);

        /**
         * Creates a new GetOOMEventRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetOOMEventRequest instance
         */
        public static create(properties?: grpc.IGetOOMEventRequest): grpc.GetOOMEventRequest;

        /**
         * Encodes the specified GetOOMEventRequest message. Does not implicitly {@link grpc.GetOOMEventRequest.verify|verify} messages.
         * @param message GetOOMEventRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IGetOOMEventRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GetOOMEventRequest message, length delimited. Does not implicitly {@link grpc.GetOOMEventRequest.verify|verify} messages.
         * @param message GetOOMEventRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IGetOOMEventRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetOOMEventRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetOOMEventRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.GetOOMEventRequest;

        /**
         * Decodes a GetOOMEventRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns GetOOMEventRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.GetOOMEventRequest;

        /**
         * Creates a GetOOMEventRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetOOMEventRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.GetOOMEventRequest;

        /**
         * Creates a plain object from a GetOOMEventRequest message. Also converts values to other types if specified.
         * @param message GetOOMEventRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.GetOOMEventRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetOOMEventRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for GetOOMEventRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a OOMEvent. */
    interface IOOMEvent {

        /** OOMEvent containerId */
        containerId?: (string|null);
    }

    /** Represents a OOMEvent. */
    class OOMEvent implements IOOMEvent {

        /**
         * Constructs a new OOMEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IOOMEvent);

        /** OOMEvent containerId. */
        public containerId: string;

        /**
         * Creates a new OOMEvent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OOMEvent instance
         */
        public static create(properties?: grpc.IOOMEvent): grpc.OOMEvent;

        /**
         * Encodes the specified OOMEvent message. Does not implicitly {@link grpc.OOMEvent.verify|verify} messages.
         * @param message OOMEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IOOMEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified OOMEvent message, length delimited. Does not implicitly {@link grpc.OOMEvent.verify|verify} messages.
         * @param message OOMEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IOOMEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a OOMEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns OOMEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.OOMEvent;

        /**
         * Decodes a OOMEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns OOMEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.OOMEvent;

        /**
         * Creates a OOMEvent message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OOMEvent
         */
        public static fromObject(object: { [k: string]: any }): grpc.OOMEvent;

        /**
         * Creates a plain object from a OOMEvent message. Also converts values to other types if specified.
         * @param message OOMEvent
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.OOMEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OOMEvent to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for OOMEvent
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Spec. */
    interface ISpec {

        /** Spec Version */
        Version?: (string|null);

        /** Spec Process */
        Process?: (grpc.IProcess|null);

        /** Spec Root */
        Root?: (grpc.IRoot|null);

        /** Spec Hostname */
        Hostname?: (string|null);

        /** Spec Mounts */
        Mounts?: (grpc.IMount[]|null);

        /** Spec Hooks */
        Hooks?: (grpc.IHooks|null);

        /** Spec Annotations */
        Annotations?: ({ [k: string]: string }|null);

        /** Spec Linux */
        Linux?: (grpc.ILinux|null);

        /** Spec Solaris */
        Solaris?: (grpc.ISolaris|null);

        /** Spec Windows */
        Windows?: (grpc.IWindows|null);
    }

    /** Represents a Spec. */
    class Spec implements ISpec {

        /**
         * Constructs a new Spec.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ISpec);

        /** Spec Version. */
        public Version: string;

        /** Spec Process. */
        public Process?: (grpc.IProcess|null);

        /** Spec Root. */
        public Root?: (grpc.IRoot|null);

        /** Spec Hostname. */
        public Hostname: string;

        /** Spec Mounts. */
        public Mounts: grpc.IMount[];

        /** Spec Hooks. */
        public Hooks?: (grpc.IHooks|null);

        /** Spec Annotations. */
        public Annotations: { [k: string]: string };

        /** Spec Linux. */
        public Linux?: (grpc.ILinux|null);

        /** Spec Solaris. */
        public Solaris?: (grpc.ISolaris|null);

        /** Spec Windows. */
        public Windows?: (grpc.IWindows|null);

        /**
         * Creates a new Spec instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Spec instance
         */
        public static create(properties?: grpc.ISpec): grpc.Spec;

        /**
         * Encodes the specified Spec message. Does not implicitly {@link grpc.Spec.verify|verify} messages.
         * @param message Spec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ISpec, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Spec message, length delimited. Does not implicitly {@link grpc.Spec.verify|verify} messages.
         * @param message Spec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ISpec, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Spec message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Spec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Spec;

        /**
         * Decodes a Spec message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Spec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Spec;

        /**
         * Creates a Spec message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Spec
         */
        public static fromObject(object: { [k: string]: any }): grpc.Spec;

        /**
         * Creates a plain object from a Spec message. Also converts values to other types if specified.
         * @param message Spec
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Spec, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Spec to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Spec
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Process. */
    interface IProcess {

        /** Process Terminal */
        Terminal?: (boolean|null);

        /** Process ConsoleSize */
        ConsoleSize?: (grpc.IBox|null);

        /** Process User */
        User?: (grpc.IUser|null);

        /** Process Args */
        Args?: (string[]|null);

        /** Process Env */
        Env?: (string[]|null);

        /** Process Cwd */
        Cwd?: (string|null);

        /** Process Capabilities */
        Capabilities?: (grpc.ILinuxCapabilities|null);

        /** Process Rlimits */
        Rlimits?: (grpc.IPOSIXRlimit[]|null);

        /** Process NoNewPrivileges */
        NoNewPrivileges?: (boolean|null);

        /** Process ApparmorProfile */
        ApparmorProfile?: (string|null);

        /** Process OOMScoreAdj */
        OOMScoreAdj?: (number|null);

        /** Process SelinuxLabel */
        SelinuxLabel?: (string|null);
    }

    /** Represents a Process. */
    class Process implements IProcess {

        /**
         * Constructs a new Process.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IProcess);

        /** Process Terminal. */
        public Terminal: boolean;

        /** Process ConsoleSize. */
        public ConsoleSize?: (grpc.IBox|null);

        /** Process User. */
        public User?: (grpc.IUser|null);

        /** Process Args. */
        public Args: string[];

        /** Process Env. */
        public Env: string[];

        /** Process Cwd. */
        public Cwd: string;

        /** Process Capabilities. */
        public Capabilities?: (grpc.ILinuxCapabilities|null);

        /** Process Rlimits. */
        public Rlimits: grpc.IPOSIXRlimit[];

        /** Process NoNewPrivileges. */
        public NoNewPrivileges: boolean;

        /** Process ApparmorProfile. */
        public ApparmorProfile: string;

        /** Process OOMScoreAdj. */
        public OOMScoreAdj: number;

        /** Process SelinuxLabel. */
        public SelinuxLabel: string;

        /**
         * Creates a new Process instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Process instance
         */
        public static create(properties?: grpc.IProcess): grpc.Process;

        /**
         * Encodes the specified Process message. Does not implicitly {@link grpc.Process.verify|verify} messages.
         * @param message Process message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Process message, length delimited. Does not implicitly {@link grpc.Process.verify|verify} messages.
         * @param message Process message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Process message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Process
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Process;

        /**
         * Decodes a Process message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Process
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Process;

        /**
         * Creates a Process message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Process
         */
        public static fromObject(object: { [k: string]: any }): grpc.Process;

        /**
         * Creates a plain object from a Process message. Also converts values to other types if specified.
         * @param message Process
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Process to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Process
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Box. */
    interface IBox {

        /** Box Height */
        Height?: (number|null);

        /** Box Width */
        Width?: (number|null);
    }

    /** Represents a Box. */
    class Box implements IBox {

        /**
         * Constructs a new Box.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IBox);

        /** Box Height. */
        public Height: number;

        /** Box Width. */
        public Width: number;

        /**
         * Creates a new Box instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Box instance
         */
        public static create(properties?: grpc.IBox): grpc.Box;

        /**
         * Encodes the specified Box message. Does not implicitly {@link grpc.Box.verify|verify} messages.
         * @param message Box message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IBox, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Box message, length delimited. Does not implicitly {@link grpc.Box.verify|verify} messages.
         * @param message Box message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IBox, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Box message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Box
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Box;

        /**
         * Decodes a Box message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Box
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Box;

        /**
         * Creates a Box message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Box
         */
        public static fromObject(object: { [k: string]: any }): grpc.Box;

        /**
         * Creates a plain object from a Box message. Also converts values to other types if specified.
         * @param message Box
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Box, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Box to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Box
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a User. */
    interface IUser {

        /** User UID */
        UID?: (number|null);

        /** User GID */
        GID?: (number|null);

        /** User AdditionalGids */
        AdditionalGids?: (number[]|null);

        /** User Username */
        Username?: (string|null);
    }

    /** Represents a User. */
    class User implements IUser {

        /**
         * Constructs a new User.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IUser);

        /** User UID. */
        public UID: number;

        /** User GID. */
        public GID: number;

        /** User AdditionalGids. */
        public AdditionalGids: number[];

        /** User Username. */
        public Username: string;

        /**
         * Creates a new User instance using the specified properties.
         * @param [properties] Properties to set
         * @returns User instance
         */
        public static create(properties?: grpc.IUser): grpc.User;

        /**
         * Encodes the specified User message. Does not implicitly {@link grpc.User.verify|verify} messages.
         * @param message User message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified User message, length delimited. Does not implicitly {@link grpc.User.verify|verify} messages.
         * @param message User message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a User message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.User;

        /**
         * Decodes a User message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.User;

        /**
         * Creates a User message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns User
         */
        public static fromObject(object: { [k: string]: any }): grpc.User;

        /**
         * Creates a plain object from a User message. Also converts values to other types if specified.
         * @param message User
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this User to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for User
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxCapabilities. */
    interface ILinuxCapabilities {

        /** LinuxCapabilities Bounding */
        Bounding?: (string[]|null);

        /** LinuxCapabilities Effective */
        Effective?: (string[]|null);

        /** LinuxCapabilities Inheritable */
        Inheritable?: (string[]|null);

        /** LinuxCapabilities Permitted */
        Permitted?: (string[]|null);

        /** LinuxCapabilities Ambient */
        Ambient?: (string[]|null);
    }

    /** Represents a LinuxCapabilities. */
    class LinuxCapabilities implements ILinuxCapabilities {

        /**
         * Constructs a new LinuxCapabilities.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxCapabilities);

        /** LinuxCapabilities Bounding. */
        public Bounding: string[];

        /** LinuxCapabilities Effective. */
        public Effective: string[];

        /** LinuxCapabilities Inheritable. */
        public Inheritable: string[];

        /** LinuxCapabilities Permitted. */
        public Permitted: string[];

        /** LinuxCapabilities Ambient. */
        public Ambient: string[];

        /**
         * Creates a new LinuxCapabilities instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxCapabilities instance
         */
        public static create(properties?: grpc.ILinuxCapabilities): grpc.LinuxCapabilities;

        /**
         * Encodes the specified LinuxCapabilities message. Does not implicitly {@link grpc.LinuxCapabilities.verify|verify} messages.
         * @param message LinuxCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxCapabilities message, length delimited. Does not implicitly {@link grpc.LinuxCapabilities.verify|verify} messages.
         * @param message LinuxCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxCapabilities message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxCapabilities;

        /**
         * Decodes a LinuxCapabilities message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxCapabilities;

        /**
         * Creates a LinuxCapabilities message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxCapabilities
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxCapabilities;

        /**
         * Creates a plain object from a LinuxCapabilities message. Also converts values to other types if specified.
         * @param message LinuxCapabilities
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxCapabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxCapabilities to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxCapabilities
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a POSIXRlimit. */
    interface IPOSIXRlimit {

        /** POSIXRlimit Type */
        Type?: (string|null);

        /** POSIXRlimit Hard */
        Hard?: (number|null);

        /** POSIXRlimit Soft */
        Soft?: (number|null);
    }

    /** Represents a POSIXRlimit. */
    class POSIXRlimit implements IPOSIXRlimit {

        /**
         * Constructs a new POSIXRlimit.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IPOSIXRlimit);

        /** POSIXRlimit Type. */
        public Type: string;

        /** POSIXRlimit Hard. */
        public Hard: number;

        /** POSIXRlimit Soft. */
        public Soft: number;

        /**
         * Creates a new POSIXRlimit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns POSIXRlimit instance
         */
        public static create(properties?: grpc.IPOSIXRlimit): grpc.POSIXRlimit;

        /**
         * Encodes the specified POSIXRlimit message. Does not implicitly {@link grpc.POSIXRlimit.verify|verify} messages.
         * @param message POSIXRlimit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IPOSIXRlimit, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified POSIXRlimit message, length delimited. Does not implicitly {@link grpc.POSIXRlimit.verify|verify} messages.
         * @param message POSIXRlimit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IPOSIXRlimit, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a POSIXRlimit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns POSIXRlimit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.POSIXRlimit;

        /**
         * Decodes a POSIXRlimit message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns POSIXRlimit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.POSIXRlimit;

        /**
         * Creates a POSIXRlimit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns POSIXRlimit
         */
        public static fromObject(object: { [k: string]: any }): grpc.POSIXRlimit;

        /**
         * Creates a plain object from a POSIXRlimit message. Also converts values to other types if specified.
         * @param message POSIXRlimit
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.POSIXRlimit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this POSIXRlimit to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for POSIXRlimit
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Mount. */
    interface IMount {

        /** Mount destination */
        destination?: (string|null);

        /** Mount source */
        source?: (string|null);

        /** Mount type */
        type?: (string|null);

        /** Mount options */
        options?: (string[]|null);
    }

    /** Represents a Mount. */
    class Mount implements IMount {

        /**
         * Constructs a new Mount.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IMount);

        /** Mount destination. */
        public destination: string;

        /** Mount source. */
        public source: string;

        /** Mount type. */
        public type: string;

        /** Mount options. */
        public options: string[];

        /**
         * Creates a new Mount instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Mount instance
         */
        public static create(properties?: grpc.IMount): grpc.Mount;

        /**
         * Encodes the specified Mount message. Does not implicitly {@link grpc.Mount.verify|verify} messages.
         * @param message Mount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Mount message, length delimited. Does not implicitly {@link grpc.Mount.verify|verify} messages.
         * @param message Mount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Mount message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Mount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Mount;

        /**
         * Decodes a Mount message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Mount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Mount;

        /**
         * Creates a Mount message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Mount
         */
        public static fromObject(object: { [k: string]: any }): grpc.Mount;

        /**
         * Creates a plain object from a Mount message. Also converts values to other types if specified.
         * @param message Mount
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Mount to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Mount
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Root. */
    interface IRoot {

        /** Root Path */
        Path?: (string|null);

        /** Root Readonly */
        Readonly?: (boolean|null);
    }

    /** Represents a Root. */
    class Root implements IRoot {

        /**
         * Constructs a new Root.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IRoot);

        /** Root Path. */
        public Path: string;

        /** Root Readonly. */
        public Readonly: boolean;

        /**
         * Creates a new Root instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Root instance
         */
        public static create(properties?: grpc.IRoot): grpc.Root;

        /**
         * Encodes the specified Root message. Does not implicitly {@link grpc.Root.verify|verify} messages.
         * @param message Root message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IRoot, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Root message, length delimited. Does not implicitly {@link grpc.Root.verify|verify} messages.
         * @param message Root message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IRoot, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Root message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Root
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Root;

        /**
         * Decodes a Root message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Root
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Root;

        /**
         * Creates a Root message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Root
         */
        public static fromObject(object: { [k: string]: any }): grpc.Root;

        /**
         * Creates a plain object from a Root message. Also converts values to other types if specified.
         * @param message Root
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Root, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Root to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Root
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Hooks. */
    interface IHooks {

        /** Hooks Prestart */
        Prestart?: (grpc.IHook[]|null);

        /** Hooks Poststart */
        Poststart?: (grpc.IHook[]|null);

        /** Hooks Poststop */
        Poststop?: (grpc.IHook[]|null);
    }

    /** Represents a Hooks. */
    class Hooks implements IHooks {

        /**
         * Constructs a new Hooks.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IHooks);

        /** Hooks Prestart. */
        public Prestart: grpc.IHook[];

        /** Hooks Poststart. */
        public Poststart: grpc.IHook[];

        /** Hooks Poststop. */
        public Poststop: grpc.IHook[];

        /**
         * Creates a new Hooks instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Hooks instance
         */
        public static create(properties?: grpc.IHooks): grpc.Hooks;

        /**
         * Encodes the specified Hooks message. Does not implicitly {@link grpc.Hooks.verify|verify} messages.
         * @param message Hooks message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IHooks, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Hooks message, length delimited. Does not implicitly {@link grpc.Hooks.verify|verify} messages.
         * @param message Hooks message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IHooks, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Hooks message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Hooks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Hooks;

        /**
         * Decodes a Hooks message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Hooks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Hooks;

        /**
         * Creates a Hooks message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Hooks
         */
        public static fromObject(object: { [k: string]: any }): grpc.Hooks;

        /**
         * Creates a plain object from a Hooks message. Also converts values to other types if specified.
         * @param message Hooks
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Hooks, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Hooks to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Hooks
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Hook. */
    interface IHook {

        /** Hook Path */
        Path?: (string|null);

        /** Hook Args */
        Args?: (string[]|null);

        /** Hook Env */
        Env?: (string[]|null);

        /** Hook Timeout */
        Timeout?: (number|null);
    }

    /** Represents a Hook. */
    class Hook implements IHook {

        /**
         * Constructs a new Hook.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IHook);

        /** Hook Path. */
        public Path: string;

        /** Hook Args. */
        public Args: string[];

        /** Hook Env. */
        public Env: string[];

        /** Hook Timeout. */
        public Timeout: number;

        /**
         * Creates a new Hook instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Hook instance
         */
        public static create(properties?: grpc.IHook): grpc.Hook;

        /**
         * Encodes the specified Hook message. Does not implicitly {@link grpc.Hook.verify|verify} messages.
         * @param message Hook message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IHook, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Hook message, length delimited. Does not implicitly {@link grpc.Hook.verify|verify} messages.
         * @param message Hook message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IHook, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Hook message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Hook
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Hook;

        /**
         * Decodes a Hook message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Hook
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Hook;

        /**
         * Creates a Hook message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Hook
         */
        public static fromObject(object: { [k: string]: any }): grpc.Hook;

        /**
         * Creates a plain object from a Hook message. Also converts values to other types if specified.
         * @param message Hook
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Hook, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Hook to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Hook
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Linux. */
    interface ILinux {

        /** Linux UIDMappings */
        UIDMappings?: (grpc.ILinuxIDMapping[]|null);

        /** Linux GIDMappings */
        GIDMappings?: (grpc.ILinuxIDMapping[]|null);

        /** Linux Sysctl */
        Sysctl?: ({ [k: string]: string }|null);

        /** Linux Resources */
        Resources?: (grpc.ILinuxResources|null);

        /** Linux CgroupsPath */
        CgroupsPath?: (string|null);

        /** Linux Namespaces */
        Namespaces?: (grpc.ILinuxNamespace[]|null);

        /** Linux Devices */
        Devices?: (grpc.ILinuxDevice[]|null);

        /** Linux Seccomp */
        Seccomp?: (grpc.ILinuxSeccomp|null);

        /** Linux RootfsPropagation */
        RootfsPropagation?: (string|null);

        /** Linux MaskedPaths */
        MaskedPaths?: (string[]|null);

        /** Linux ReadonlyPaths */
        ReadonlyPaths?: (string[]|null);

        /** Linux MountLabel */
        MountLabel?: (string|null);

        /** Linux IntelRdt */
        IntelRdt?: (grpc.ILinuxIntelRdt|null);
    }

    /** Represents a Linux. */
    class Linux implements ILinux {

        /**
         * Constructs a new Linux.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinux);

        /** Linux UIDMappings. */
        public UIDMappings: grpc.ILinuxIDMapping[];

        /** Linux GIDMappings. */
        public GIDMappings: grpc.ILinuxIDMapping[];

        /** Linux Sysctl. */
        public Sysctl: { [k: string]: string };

        /** Linux Resources. */
        public Resources?: (grpc.ILinuxResources|null);

        /** Linux CgroupsPath. */
        public CgroupsPath: string;

        /** Linux Namespaces. */
        public Namespaces: grpc.ILinuxNamespace[];

        /** Linux Devices. */
        public Devices: grpc.ILinuxDevice[];

        /** Linux Seccomp. */
        public Seccomp?: (grpc.ILinuxSeccomp|null);

        /** Linux RootfsPropagation. */
        public RootfsPropagation: string;

        /** Linux MaskedPaths. */
        public MaskedPaths: string[];

        /** Linux ReadonlyPaths. */
        public ReadonlyPaths: string[];

        /** Linux MountLabel. */
        public MountLabel: string;

        /** Linux IntelRdt. */
        public IntelRdt?: (grpc.ILinuxIntelRdt|null);

        /**
         * Creates a new Linux instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Linux instance
         */
        public static create(properties?: grpc.ILinux): grpc.Linux;

        /**
         * Encodes the specified Linux message. Does not implicitly {@link grpc.Linux.verify|verify} messages.
         * @param message Linux message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinux, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Linux message, length delimited. Does not implicitly {@link grpc.Linux.verify|verify} messages.
         * @param message Linux message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinux, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Linux message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Linux
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Linux;

        /**
         * Decodes a Linux message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Linux
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Linux;

        /**
         * Creates a Linux message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Linux
         */
        public static fromObject(object: { [k: string]: any }): grpc.Linux;

        /**
         * Creates a plain object from a Linux message. Also converts values to other types if specified.
         * @param message Linux
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Linux, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Linux to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Linux
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Windows. */
    interface IWindows {

        /** Windows dummy */
        dummy?: (string|null);
    }

    /** Represents a Windows. */
    class Windows implements IWindows {

        /**
         * Constructs a new Windows.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IWindows);

        /** Windows dummy. */
        public dummy: string;

        /**
         * Creates a new Windows instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Windows instance
         */
        public static create(properties?: grpc.IWindows): grpc.Windows;

        /**
         * Encodes the specified Windows message. Does not implicitly {@link grpc.Windows.verify|verify} messages.
         * @param message Windows message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IWindows, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Windows message, length delimited. Does not implicitly {@link grpc.Windows.verify|verify} messages.
         * @param message Windows message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IWindows, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Windows message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Windows
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Windows;

        /**
         * Decodes a Windows message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Windows
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Windows;

        /**
         * Creates a Windows message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Windows
         */
        public static fromObject(object: { [k: string]: any }): grpc.Windows;

        /**
         * Creates a plain object from a Windows message. Also converts values to other types if specified.
         * @param message Windows
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Windows, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Windows to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Windows
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Solaris. */
    interface ISolaris {

        /** Solaris dummy */
        dummy?: (string|null);
    }

    /** Represents a Solaris. */
    class Solaris implements ISolaris {

        /**
         * Constructs a new Solaris.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ISolaris);

        /** Solaris dummy. */
        public dummy: string;

        /**
         * Creates a new Solaris instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Solaris instance
         */
        public static create(properties?: grpc.ISolaris): grpc.Solaris;

        /**
         * Encodes the specified Solaris message. Does not implicitly {@link grpc.Solaris.verify|verify} messages.
         * @param message Solaris message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ISolaris, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Solaris message, length delimited. Does not implicitly {@link grpc.Solaris.verify|verify} messages.
         * @param message Solaris message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ISolaris, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Solaris message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Solaris
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.Solaris;

        /**
         * Decodes a Solaris message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Solaris
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.Solaris;

        /**
         * Creates a Solaris message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Solaris
         */
        public static fromObject(object: { [k: string]: any }): grpc.Solaris;

        /**
         * Creates a plain object from a Solaris message. Also converts values to other types if specified.
         * @param message Solaris
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.Solaris, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Solaris to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Solaris
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxIDMapping. */
    interface ILinuxIDMapping {

        /** LinuxIDMapping HostID */
        HostID?: (number|null);

        /** LinuxIDMapping ContainerID */
        ContainerID?: (number|null);

        /** LinuxIDMapping Size */
        Size?: (number|null);
    }

    /** Represents a LinuxIDMapping. */
    class LinuxIDMapping implements ILinuxIDMapping {

        /**
         * Constructs a new LinuxIDMapping.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxIDMapping);

        /** LinuxIDMapping HostID. */
        public HostID: number;

        /** LinuxIDMapping ContainerID. */
        public ContainerID: number;

        /** LinuxIDMapping Size. */
        public Size: number;

        /**
         * Creates a new LinuxIDMapping instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxIDMapping instance
         */
        public static create(properties?: grpc.ILinuxIDMapping): grpc.LinuxIDMapping;

        /**
         * Encodes the specified LinuxIDMapping message. Does not implicitly {@link grpc.LinuxIDMapping.verify|verify} messages.
         * @param message LinuxIDMapping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxIDMapping, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxIDMapping message, length delimited. Does not implicitly {@link grpc.LinuxIDMapping.verify|verify} messages.
         * @param message LinuxIDMapping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxIDMapping, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxIDMapping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxIDMapping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxIDMapping;

        /**
         * Decodes a LinuxIDMapping message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxIDMapping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxIDMapping;

        /**
         * Creates a LinuxIDMapping message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxIDMapping
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxIDMapping;

        /**
         * Creates a plain object from a LinuxIDMapping message. Also converts values to other types if specified.
         * @param message LinuxIDMapping
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxIDMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxIDMapping to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxIDMapping
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxNamespace. */
    interface ILinuxNamespace {

        /** LinuxNamespace Type */
        Type?: (string|null);

        /** LinuxNamespace Path */
        Path?: (string|null);
    }

    /** Represents a LinuxNamespace. */
    class LinuxNamespace implements ILinuxNamespace {

        /**
         * Constructs a new LinuxNamespace.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxNamespace);

        /** LinuxNamespace Type. */
        public Type: string;

        /** LinuxNamespace Path. */
        public Path: string;

        /**
         * Creates a new LinuxNamespace instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxNamespace instance
         */
        public static create(properties?: grpc.ILinuxNamespace): grpc.LinuxNamespace;

        /**
         * Encodes the specified LinuxNamespace message. Does not implicitly {@link grpc.LinuxNamespace.verify|verify} messages.
         * @param message LinuxNamespace message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxNamespace, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxNamespace message, length delimited. Does not implicitly {@link grpc.LinuxNamespace.verify|verify} messages.
         * @param message LinuxNamespace message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxNamespace, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxNamespace message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxNamespace
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxNamespace;

        /**
         * Decodes a LinuxNamespace message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxNamespace
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxNamespace;

        /**
         * Creates a LinuxNamespace message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxNamespace
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxNamespace;

        /**
         * Creates a plain object from a LinuxNamespace message. Also converts values to other types if specified.
         * @param message LinuxNamespace
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxNamespace, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxNamespace to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxNamespace
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxDevice. */
    interface ILinuxDevice {

        /** LinuxDevice Path */
        Path?: (string|null);

        /** LinuxDevice Type */
        Type?: (string|null);

        /** LinuxDevice Major */
        Major?: (number|null);

        /** LinuxDevice Minor */
        Minor?: (number|null);

        /** LinuxDevice FileMode */
        FileMode?: (number|null);

        /** LinuxDevice UID */
        UID?: (number|null);

        /** LinuxDevice GID */
        GID?: (number|null);
    }

    /** Represents a LinuxDevice. */
    class LinuxDevice implements ILinuxDevice {

        /**
         * Constructs a new LinuxDevice.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxDevice);

        /** LinuxDevice Path. */
        public Path: string;

        /** LinuxDevice Type. */
        public Type: string;

        /** LinuxDevice Major. */
        public Major: number;

        /** LinuxDevice Minor. */
        public Minor: number;

        /** LinuxDevice FileMode. */
        public FileMode: number;

        /** LinuxDevice UID. */
        public UID: number;

        /** LinuxDevice GID. */
        public GID: number;

        /**
         * Creates a new LinuxDevice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxDevice instance
         */
        public static create(properties?: grpc.ILinuxDevice): grpc.LinuxDevice;

        /**
         * Encodes the specified LinuxDevice message. Does not implicitly {@link grpc.LinuxDevice.verify|verify} messages.
         * @param message LinuxDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxDevice message, length delimited. Does not implicitly {@link grpc.LinuxDevice.verify|verify} messages.
         * @param message LinuxDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxDevice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxDevice;

        /**
         * Decodes a LinuxDevice message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxDevice;

        /**
         * Creates a LinuxDevice message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxDevice
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxDevice;

        /**
         * Creates a plain object from a LinuxDevice message. Also converts values to other types if specified.
         * @param message LinuxDevice
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxDevice to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxDevice
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxResources. */
    interface ILinuxResources {

        /** LinuxResources Devices */
        Devices?: (grpc.ILinuxDeviceCgroup[]|null);

        /** LinuxResources Memory */
        Memory?: (grpc.ILinuxMemory|null);

        /** LinuxResources CPU */
        CPU?: (grpc.ILinuxCPU|null);

        /** LinuxResources Pids */
        Pids?: (grpc.ILinuxPids|null);

        /** LinuxResources BlockIO */
        BlockIO?: (grpc.ILinuxBlockIO|null);

        /** LinuxResources HugepageLimits */
        HugepageLimits?: (grpc.ILinuxHugepageLimit[]|null);

        /** LinuxResources Network */
        Network?: (grpc.ILinuxNetwork|null);
    }

    /** Represents a LinuxResources. */
    class LinuxResources implements ILinuxResources {

        /**
         * Constructs a new LinuxResources.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxResources);

        /** LinuxResources Devices. */
        public Devices: grpc.ILinuxDeviceCgroup[];

        /** LinuxResources Memory. */
        public Memory?: (grpc.ILinuxMemory|null);

        /** LinuxResources CPU. */
        public CPU?: (grpc.ILinuxCPU|null);

        /** LinuxResources Pids. */
        public Pids?: (grpc.ILinuxPids|null);

        /** LinuxResources BlockIO. */
        public BlockIO?: (grpc.ILinuxBlockIO|null);

        /** LinuxResources HugepageLimits. */
        public HugepageLimits: grpc.ILinuxHugepageLimit[];

        /** LinuxResources Network. */
        public Network?: (grpc.ILinuxNetwork|null);

        /**
         * Creates a new LinuxResources instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxResources instance
         */
        public static create(properties?: grpc.ILinuxResources): grpc.LinuxResources;

        /**
         * Encodes the specified LinuxResources message. Does not implicitly {@link grpc.LinuxResources.verify|verify} messages.
         * @param message LinuxResources message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxResources, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxResources message, length delimited. Does not implicitly {@link grpc.LinuxResources.verify|verify} messages.
         * @param message LinuxResources message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxResources, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxResources message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxResources
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxResources;

        /**
         * Decodes a LinuxResources message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxResources
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxResources;

        /**
         * Creates a LinuxResources message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxResources
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxResources;

        /**
         * Creates a plain object from a LinuxResources message. Also converts values to other types if specified.
         * @param message LinuxResources
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxResources, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxResources to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxResources
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxMemory. */
    interface ILinuxMemory {

        /** LinuxMemory Limit */
        Limit?: (number|null);

        /** LinuxMemory Reservation */
        Reservation?: (number|null);

        /** LinuxMemory Swap */
        Swap?: (number|null);

        /** LinuxMemory Kernel */
        Kernel?: (number|null);

        /** LinuxMemory KernelTCP */
        KernelTCP?: (number|null);

        /** LinuxMemory Swappiness */
        Swappiness?: (number|null);

        /** LinuxMemory DisableOOMKiller */
        DisableOOMKiller?: (boolean|null);
    }

    /** Represents a LinuxMemory. */
    class LinuxMemory implements ILinuxMemory {

        /**
         * Constructs a new LinuxMemory.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxMemory);

        /** LinuxMemory Limit. */
        public Limit: number;

        /** LinuxMemory Reservation. */
        public Reservation: number;

        /** LinuxMemory Swap. */
        public Swap: number;

        /** LinuxMemory Kernel. */
        public Kernel: number;

        /** LinuxMemory KernelTCP. */
        public KernelTCP: number;

        /** LinuxMemory Swappiness. */
        public Swappiness: number;

        /** LinuxMemory DisableOOMKiller. */
        public DisableOOMKiller: boolean;

        /**
         * Creates a new LinuxMemory instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxMemory instance
         */
        public static create(properties?: grpc.ILinuxMemory): grpc.LinuxMemory;

        /**
         * Encodes the specified LinuxMemory message. Does not implicitly {@link grpc.LinuxMemory.verify|verify} messages.
         * @param message LinuxMemory message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxMemory, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxMemory message, length delimited. Does not implicitly {@link grpc.LinuxMemory.verify|verify} messages.
         * @param message LinuxMemory message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxMemory, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxMemory message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxMemory
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxMemory;

        /**
         * Decodes a LinuxMemory message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxMemory
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxMemory;

        /**
         * Creates a LinuxMemory message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxMemory
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxMemory;

        /**
         * Creates a plain object from a LinuxMemory message. Also converts values to other types if specified.
         * @param message LinuxMemory
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxMemory, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxMemory to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxMemory
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxCPU. */
    interface ILinuxCPU {

        /** LinuxCPU Shares */
        Shares?: (number|null);

        /** LinuxCPU Quota */
        Quota?: (number|null);

        /** LinuxCPU Period */
        Period?: (number|null);

        /** LinuxCPU RealtimeRuntime */
        RealtimeRuntime?: (number|null);

        /** LinuxCPU RealtimePeriod */
        RealtimePeriod?: (number|null);

        /** LinuxCPU Cpus */
        Cpus?: (string|null);

        /** LinuxCPU Mems */
        Mems?: (string|null);
    }

    /** Represents a LinuxCPU. */
    class LinuxCPU implements ILinuxCPU {

        /**
         * Constructs a new LinuxCPU.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxCPU);

        /** LinuxCPU Shares. */
        public Shares: number;

        /** LinuxCPU Quota. */
        public Quota: number;

        /** LinuxCPU Period. */
        public Period: number;

        /** LinuxCPU RealtimeRuntime. */
        public RealtimeRuntime: number;

        /** LinuxCPU RealtimePeriod. */
        public RealtimePeriod: number;

        /** LinuxCPU Cpus. */
        public Cpus: string;

        /** LinuxCPU Mems. */
        public Mems: string;

        /**
         * Creates a new LinuxCPU instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxCPU instance
         */
        public static create(properties?: grpc.ILinuxCPU): grpc.LinuxCPU;

        /**
         * Encodes the specified LinuxCPU message. Does not implicitly {@link grpc.LinuxCPU.verify|verify} messages.
         * @param message LinuxCPU message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxCPU, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxCPU message, length delimited. Does not implicitly {@link grpc.LinuxCPU.verify|verify} messages.
         * @param message LinuxCPU message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxCPU, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxCPU message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxCPU
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxCPU;

        /**
         * Decodes a LinuxCPU message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxCPU
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxCPU;

        /**
         * Creates a LinuxCPU message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxCPU
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxCPU;

        /**
         * Creates a plain object from a LinuxCPU message. Also converts values to other types if specified.
         * @param message LinuxCPU
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxCPU, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxCPU to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxCPU
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxWeightDevice. */
    interface ILinuxWeightDevice {

        /** LinuxWeightDevice Major */
        Major?: (number|null);

        /** LinuxWeightDevice Minor */
        Minor?: (number|null);

        /** LinuxWeightDevice Weight */
        Weight?: (number|null);

        /** LinuxWeightDevice LeafWeight */
        LeafWeight?: (number|null);
    }

    /** Represents a LinuxWeightDevice. */
    class LinuxWeightDevice implements ILinuxWeightDevice {

        /**
         * Constructs a new LinuxWeightDevice.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxWeightDevice);

        /** LinuxWeightDevice Major. */
        public Major: number;

        /** LinuxWeightDevice Minor. */
        public Minor: number;

        /** LinuxWeightDevice Weight. */
        public Weight: number;

        /** LinuxWeightDevice LeafWeight. */
        public LeafWeight: number;

        /**
         * Creates a new LinuxWeightDevice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxWeightDevice instance
         */
        public static create(properties?: grpc.ILinuxWeightDevice): grpc.LinuxWeightDevice;

        /**
         * Encodes the specified LinuxWeightDevice message. Does not implicitly {@link grpc.LinuxWeightDevice.verify|verify} messages.
         * @param message LinuxWeightDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxWeightDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxWeightDevice message, length delimited. Does not implicitly {@link grpc.LinuxWeightDevice.verify|verify} messages.
         * @param message LinuxWeightDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxWeightDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxWeightDevice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxWeightDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxWeightDevice;

        /**
         * Decodes a LinuxWeightDevice message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxWeightDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxWeightDevice;

        /**
         * Creates a LinuxWeightDevice message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxWeightDevice
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxWeightDevice;

        /**
         * Creates a plain object from a LinuxWeightDevice message. Also converts values to other types if specified.
         * @param message LinuxWeightDevice
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxWeightDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxWeightDevice to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxWeightDevice
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxThrottleDevice. */
    interface ILinuxThrottleDevice {

        /** LinuxThrottleDevice Major */
        Major?: (number|null);

        /** LinuxThrottleDevice Minor */
        Minor?: (number|null);

        /** LinuxThrottleDevice Rate */
        Rate?: (number|null);
    }

    /** Represents a LinuxThrottleDevice. */
    class LinuxThrottleDevice implements ILinuxThrottleDevice {

        /**
         * Constructs a new LinuxThrottleDevice.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxThrottleDevice);

        /** LinuxThrottleDevice Major. */
        public Major: number;

        /** LinuxThrottleDevice Minor. */
        public Minor: number;

        /** LinuxThrottleDevice Rate. */
        public Rate: number;

        /**
         * Creates a new LinuxThrottleDevice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxThrottleDevice instance
         */
        public static create(properties?: grpc.ILinuxThrottleDevice): grpc.LinuxThrottleDevice;

        /**
         * Encodes the specified LinuxThrottleDevice message. Does not implicitly {@link grpc.LinuxThrottleDevice.verify|verify} messages.
         * @param message LinuxThrottleDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxThrottleDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxThrottleDevice message, length delimited. Does not implicitly {@link grpc.LinuxThrottleDevice.verify|verify} messages.
         * @param message LinuxThrottleDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxThrottleDevice, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxThrottleDevice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxThrottleDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxThrottleDevice;

        /**
         * Decodes a LinuxThrottleDevice message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxThrottleDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxThrottleDevice;

        /**
         * Creates a LinuxThrottleDevice message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxThrottleDevice
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxThrottleDevice;

        /**
         * Creates a plain object from a LinuxThrottleDevice message. Also converts values to other types if specified.
         * @param message LinuxThrottleDevice
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxThrottleDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxThrottleDevice to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxThrottleDevice
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxBlockIO. */
    interface ILinuxBlockIO {

        /** LinuxBlockIO Weight */
        Weight?: (number|null);

        /** LinuxBlockIO LeafWeight */
        LeafWeight?: (number|null);

        /** LinuxBlockIO WeightDevice */
        WeightDevice?: (grpc.ILinuxWeightDevice[]|null);

        /** LinuxBlockIO ThrottleReadBpsDevice */
        ThrottleReadBpsDevice?: (grpc.ILinuxThrottleDevice[]|null);

        /** LinuxBlockIO ThrottleWriteBpsDevice */
        ThrottleWriteBpsDevice?: (grpc.ILinuxThrottleDevice[]|null);

        /** LinuxBlockIO ThrottleReadIOPSDevice */
        ThrottleReadIOPSDevice?: (grpc.ILinuxThrottleDevice[]|null);

        /** LinuxBlockIO ThrottleWriteIOPSDevice */
        ThrottleWriteIOPSDevice?: (grpc.ILinuxThrottleDevice[]|null);
    }

    /** Represents a LinuxBlockIO. */
    class LinuxBlockIO implements ILinuxBlockIO {

        /**
         * Constructs a new LinuxBlockIO.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxBlockIO);

        /** LinuxBlockIO Weight. */
        public Weight: number;

        /** LinuxBlockIO LeafWeight. */
        public LeafWeight: number;

        /** LinuxBlockIO WeightDevice. */
        public WeightDevice: grpc.ILinuxWeightDevice[];

        /** LinuxBlockIO ThrottleReadBpsDevice. */
        public ThrottleReadBpsDevice: grpc.ILinuxThrottleDevice[];

        /** LinuxBlockIO ThrottleWriteBpsDevice. */
        public ThrottleWriteBpsDevice: grpc.ILinuxThrottleDevice[];

        /** LinuxBlockIO ThrottleReadIOPSDevice. */
        public ThrottleReadIOPSDevice: grpc.ILinuxThrottleDevice[];

        /** LinuxBlockIO ThrottleWriteIOPSDevice. */
        public ThrottleWriteIOPSDevice: grpc.ILinuxThrottleDevice[];

        /**
         * Creates a new LinuxBlockIO instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxBlockIO instance
         */
        public static create(properties?: grpc.ILinuxBlockIO): grpc.LinuxBlockIO;

        /**
         * Encodes the specified LinuxBlockIO message. Does not implicitly {@link grpc.LinuxBlockIO.verify|verify} messages.
         * @param message LinuxBlockIO message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxBlockIO, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxBlockIO message, length delimited. Does not implicitly {@link grpc.LinuxBlockIO.verify|verify} messages.
         * @param message LinuxBlockIO message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxBlockIO, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxBlockIO message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxBlockIO
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxBlockIO;

        /**
         * Decodes a LinuxBlockIO message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxBlockIO
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxBlockIO;

        /**
         * Creates a LinuxBlockIO message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxBlockIO
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxBlockIO;

        /**
         * Creates a plain object from a LinuxBlockIO message. Also converts values to other types if specified.
         * @param message LinuxBlockIO
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxBlockIO, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxBlockIO to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxBlockIO
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxPids. */
    interface ILinuxPids {

        /** LinuxPids Limit */
        Limit?: (number|null);
    }

    /** Represents a LinuxPids. */
    class LinuxPids implements ILinuxPids {

        /**
         * Constructs a new LinuxPids.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxPids);

        /** LinuxPids Limit. */
        public Limit: number;

        /**
         * Creates a new LinuxPids instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxPids instance
         */
        public static create(properties?: grpc.ILinuxPids): grpc.LinuxPids;

        /**
         * Encodes the specified LinuxPids message. Does not implicitly {@link grpc.LinuxPids.verify|verify} messages.
         * @param message LinuxPids message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxPids, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxPids message, length delimited. Does not implicitly {@link grpc.LinuxPids.verify|verify} messages.
         * @param message LinuxPids message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxPids, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxPids message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxPids
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxPids;

        /**
         * Decodes a LinuxPids message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxPids
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxPids;

        /**
         * Creates a LinuxPids message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxPids
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxPids;

        /**
         * Creates a plain object from a LinuxPids message. Also converts values to other types if specified.
         * @param message LinuxPids
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxPids, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxPids to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxPids
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxDeviceCgroup. */
    interface ILinuxDeviceCgroup {

        /** LinuxDeviceCgroup Allow */
        Allow?: (boolean|null);

        /** LinuxDeviceCgroup Type */
        Type?: (string|null);

        /** LinuxDeviceCgroup Major */
        Major?: (number|null);

        /** LinuxDeviceCgroup Minor */
        Minor?: (number|null);

        /** LinuxDeviceCgroup Access */
        Access?: (string|null);
    }

    /** Represents a LinuxDeviceCgroup. */
    class LinuxDeviceCgroup implements ILinuxDeviceCgroup {

        /**
         * Constructs a new LinuxDeviceCgroup.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxDeviceCgroup);

        /** LinuxDeviceCgroup Allow. */
        public Allow: boolean;

        /** LinuxDeviceCgroup Type. */
        public Type: string;

        /** LinuxDeviceCgroup Major. */
        public Major: number;

        /** LinuxDeviceCgroup Minor. */
        public Minor: number;

        /** LinuxDeviceCgroup Access. */
        public Access: string;

        /**
         * Creates a new LinuxDeviceCgroup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxDeviceCgroup instance
         */
        public static create(properties?: grpc.ILinuxDeviceCgroup): grpc.LinuxDeviceCgroup;

        /**
         * Encodes the specified LinuxDeviceCgroup message. Does not implicitly {@link grpc.LinuxDeviceCgroup.verify|verify} messages.
         * @param message LinuxDeviceCgroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxDeviceCgroup, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxDeviceCgroup message, length delimited. Does not implicitly {@link grpc.LinuxDeviceCgroup.verify|verify} messages.
         * @param message LinuxDeviceCgroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxDeviceCgroup, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxDeviceCgroup message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxDeviceCgroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxDeviceCgroup;

        /**
         * Decodes a LinuxDeviceCgroup message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxDeviceCgroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxDeviceCgroup;

        /**
         * Creates a LinuxDeviceCgroup message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxDeviceCgroup
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxDeviceCgroup;

        /**
         * Creates a plain object from a LinuxDeviceCgroup message. Also converts values to other types if specified.
         * @param message LinuxDeviceCgroup
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxDeviceCgroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxDeviceCgroup to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxDeviceCgroup
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxNetwork. */
    interface ILinuxNetwork {

        /** LinuxNetwork ClassID */
        ClassID?: (number|null);

        /** LinuxNetwork Priorities */
        Priorities?: (grpc.ILinuxInterfacePriority[]|null);
    }

    /** Represents a LinuxNetwork. */
    class LinuxNetwork implements ILinuxNetwork {

        /**
         * Constructs a new LinuxNetwork.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxNetwork);

        /** LinuxNetwork ClassID. */
        public ClassID: number;

        /** LinuxNetwork Priorities. */
        public Priorities: grpc.ILinuxInterfacePriority[];

        /**
         * Creates a new LinuxNetwork instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxNetwork instance
         */
        public static create(properties?: grpc.ILinuxNetwork): grpc.LinuxNetwork;

        /**
         * Encodes the specified LinuxNetwork message. Does not implicitly {@link grpc.LinuxNetwork.verify|verify} messages.
         * @param message LinuxNetwork message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxNetwork, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxNetwork message, length delimited. Does not implicitly {@link grpc.LinuxNetwork.verify|verify} messages.
         * @param message LinuxNetwork message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxNetwork, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxNetwork message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxNetwork
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxNetwork;

        /**
         * Decodes a LinuxNetwork message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxNetwork
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxNetwork;

        /**
         * Creates a LinuxNetwork message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxNetwork
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxNetwork;

        /**
         * Creates a plain object from a LinuxNetwork message. Also converts values to other types if specified.
         * @param message LinuxNetwork
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxNetwork, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxNetwork to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxNetwork
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxHugepageLimit. */
    interface ILinuxHugepageLimit {

        /** LinuxHugepageLimit Pagesize */
        Pagesize?: (string|null);

        /** LinuxHugepageLimit Limit */
        Limit?: (number|null);
    }

    /** Represents a LinuxHugepageLimit. */
    class LinuxHugepageLimit implements ILinuxHugepageLimit {

        /**
         * Constructs a new LinuxHugepageLimit.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxHugepageLimit);

        /** LinuxHugepageLimit Pagesize. */
        public Pagesize: string;

        /** LinuxHugepageLimit Limit. */
        public Limit: number;

        /**
         * Creates a new LinuxHugepageLimit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxHugepageLimit instance
         */
        public static create(properties?: grpc.ILinuxHugepageLimit): grpc.LinuxHugepageLimit;

        /**
         * Encodes the specified LinuxHugepageLimit message. Does not implicitly {@link grpc.LinuxHugepageLimit.verify|verify} messages.
         * @param message LinuxHugepageLimit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxHugepageLimit, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxHugepageLimit message, length delimited. Does not implicitly {@link grpc.LinuxHugepageLimit.verify|verify} messages.
         * @param message LinuxHugepageLimit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxHugepageLimit, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxHugepageLimit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxHugepageLimit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxHugepageLimit;

        /**
         * Decodes a LinuxHugepageLimit message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxHugepageLimit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxHugepageLimit;

        /**
         * Creates a LinuxHugepageLimit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxHugepageLimit
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxHugepageLimit;

        /**
         * Creates a plain object from a LinuxHugepageLimit message. Also converts values to other types if specified.
         * @param message LinuxHugepageLimit
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxHugepageLimit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxHugepageLimit to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxHugepageLimit
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxInterfacePriority. */
    interface ILinuxInterfacePriority {

        /** LinuxInterfacePriority Name */
        Name?: (string|null);

        /** LinuxInterfacePriority Priority */
        Priority?: (number|null);
    }

    /** Represents a LinuxInterfacePriority. */
    class LinuxInterfacePriority implements ILinuxInterfacePriority {

        /**
         * Constructs a new LinuxInterfacePriority.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxInterfacePriority);

        /** LinuxInterfacePriority Name. */
        public Name: string;

        /** LinuxInterfacePriority Priority. */
        public Priority: number;

        /**
         * Creates a new LinuxInterfacePriority instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxInterfacePriority instance
         */
        public static create(properties?: grpc.ILinuxInterfacePriority): grpc.LinuxInterfacePriority;

        /**
         * Encodes the specified LinuxInterfacePriority message. Does not implicitly {@link grpc.LinuxInterfacePriority.verify|verify} messages.
         * @param message LinuxInterfacePriority message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxInterfacePriority, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxInterfacePriority message, length delimited. Does not implicitly {@link grpc.LinuxInterfacePriority.verify|verify} messages.
         * @param message LinuxInterfacePriority message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxInterfacePriority, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxInterfacePriority message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxInterfacePriority
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxInterfacePriority;

        /**
         * Decodes a LinuxInterfacePriority message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxInterfacePriority
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxInterfacePriority;

        /**
         * Creates a LinuxInterfacePriority message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxInterfacePriority
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxInterfacePriority;

        /**
         * Creates a plain object from a LinuxInterfacePriority message. Also converts values to other types if specified.
         * @param message LinuxInterfacePriority
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxInterfacePriority, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxInterfacePriority to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxInterfacePriority
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxSeccomp. */
    interface ILinuxSeccomp {

        /** LinuxSeccomp DefaultAction */
        DefaultAction?: (string|null);

        /** LinuxSeccomp Architectures */
        Architectures?: (string[]|null);

        /** LinuxSeccomp Flags */
        Flags?: (string[]|null);

        /** LinuxSeccomp Syscalls */
        Syscalls?: (grpc.ILinuxSyscall[]|null);
    }

    /** Represents a LinuxSeccomp. */
    class LinuxSeccomp implements ILinuxSeccomp {

        /**
         * Constructs a new LinuxSeccomp.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxSeccomp);

        /** LinuxSeccomp DefaultAction. */
        public DefaultAction: string;

        /** LinuxSeccomp Architectures. */
        public Architectures: string[];

        /** LinuxSeccomp Flags. */
        public Flags: string[];

        /** LinuxSeccomp Syscalls. */
        public Syscalls: grpc.ILinuxSyscall[];

        /**
         * Creates a new LinuxSeccomp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxSeccomp instance
         */
        public static create(properties?: grpc.ILinuxSeccomp): grpc.LinuxSeccomp;

        /**
         * Encodes the specified LinuxSeccomp message. Does not implicitly {@link grpc.LinuxSeccomp.verify|verify} messages.
         * @param message LinuxSeccomp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxSeccomp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxSeccomp message, length delimited. Does not implicitly {@link grpc.LinuxSeccomp.verify|verify} messages.
         * @param message LinuxSeccomp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxSeccomp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxSeccomp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxSeccomp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSeccomp;

        /**
         * Decodes a LinuxSeccomp message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxSeccomp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxSeccomp;

        /**
         * Creates a LinuxSeccomp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxSeccomp
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxSeccomp;

        /**
         * Creates a plain object from a LinuxSeccomp message. Also converts values to other types if specified.
         * @param message LinuxSeccomp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxSeccomp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxSeccomp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxSeccomp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxSeccompArg. */
    interface ILinuxSeccompArg {

        /** LinuxSeccompArg Index */
        Index?: (number|null);

        /** LinuxSeccompArg Value */
        Value?: (number|null);

        /** LinuxSeccompArg ValueTwo */
        ValueTwo?: (number|null);

        /** LinuxSeccompArg Op */
        Op?: (string|null);
    }

    /** Represents a LinuxSeccompArg. */
    class LinuxSeccompArg implements ILinuxSeccompArg {

        /**
         * Constructs a new LinuxSeccompArg.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxSeccompArg);

        /** LinuxSeccompArg Index. */
        public Index: number;

        /** LinuxSeccompArg Value. */
        public Value: number;

        /** LinuxSeccompArg ValueTwo. */
        public ValueTwo: number;

        /** LinuxSeccompArg Op. */
        public Op: string;

        /**
         * Creates a new LinuxSeccompArg instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxSeccompArg instance
         */
        public static create(properties?: grpc.ILinuxSeccompArg): grpc.LinuxSeccompArg;

        /**
         * Encodes the specified LinuxSeccompArg message. Does not implicitly {@link grpc.LinuxSeccompArg.verify|verify} messages.
         * @param message LinuxSeccompArg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxSeccompArg, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxSeccompArg message, length delimited. Does not implicitly {@link grpc.LinuxSeccompArg.verify|verify} messages.
         * @param message LinuxSeccompArg message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxSeccompArg, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxSeccompArg message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxSeccompArg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSeccompArg;

        /**
         * Decodes a LinuxSeccompArg message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxSeccompArg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxSeccompArg;

        /**
         * Creates a LinuxSeccompArg message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxSeccompArg
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxSeccompArg;

        /**
         * Creates a plain object from a LinuxSeccompArg message. Also converts values to other types if specified.
         * @param message LinuxSeccompArg
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxSeccompArg, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxSeccompArg to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxSeccompArg
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxSyscall. */
    interface ILinuxSyscall {

        /** LinuxSyscall Names */
        Names?: (string[]|null);

        /** LinuxSyscall Action */
        Action?: (string|null);

        /** LinuxSyscall errnoret */
        errnoret?: (number|null);

        /** LinuxSyscall Args */
        Args?: (grpc.ILinuxSeccompArg[]|null);
    }

    /** Represents a LinuxSyscall. */
    class LinuxSyscall implements ILinuxSyscall {

        /**
         * Constructs a new LinuxSyscall.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxSyscall);

        /** LinuxSyscall Names. */
        public Names: string[];

        /** LinuxSyscall Action. */
        public Action: string;

        /** LinuxSyscall errnoret. */
        public errnoret?: (number|null);

        /** LinuxSyscall Args. */
        public Args: grpc.ILinuxSeccompArg[];

        /** LinuxSyscall ErrnoRet. */
        public ErrnoRet?: "errnoret";

        /**
         * Creates a new LinuxSyscall instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxSyscall instance
         */
        public static create(properties?: grpc.ILinuxSyscall): grpc.LinuxSyscall;

        /**
         * Encodes the specified LinuxSyscall message. Does not implicitly {@link grpc.LinuxSyscall.verify|verify} messages.
         * @param message LinuxSyscall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxSyscall, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxSyscall message, length delimited. Does not implicitly {@link grpc.LinuxSyscall.verify|verify} messages.
         * @param message LinuxSyscall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxSyscall, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxSyscall message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxSyscall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxSyscall;

        /**
         * Decodes a LinuxSyscall message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxSyscall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxSyscall;

        /**
         * Creates a LinuxSyscall message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxSyscall
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxSyscall;

        /**
         * Creates a plain object from a LinuxSyscall message. Also converts values to other types if specified.
         * @param message LinuxSyscall
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxSyscall, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxSyscall to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxSyscall
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LinuxIntelRdt. */
    interface ILinuxIntelRdt {

        /** LinuxIntelRdt L3CacheSchema */
        L3CacheSchema?: (string|null);
    }

    /** Represents a LinuxIntelRdt. */
    class LinuxIntelRdt implements ILinuxIntelRdt {

        /**
         * Constructs a new LinuxIntelRdt.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ILinuxIntelRdt);

        /** LinuxIntelRdt L3CacheSchema. */
        public L3CacheSchema: string;

        /**
         * Creates a new LinuxIntelRdt instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinuxIntelRdt instance
         */
        public static create(properties?: grpc.ILinuxIntelRdt): grpc.LinuxIntelRdt;

        /**
         * Encodes the specified LinuxIntelRdt message. Does not implicitly {@link grpc.LinuxIntelRdt.verify|verify} messages.
         * @param message LinuxIntelRdt message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ILinuxIntelRdt, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinuxIntelRdt message, length delimited. Does not implicitly {@link grpc.LinuxIntelRdt.verify|verify} messages.
         * @param message LinuxIntelRdt message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ILinuxIntelRdt, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinuxIntelRdt message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinuxIntelRdt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.LinuxIntelRdt;

        /**
         * Decodes a LinuxIntelRdt message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LinuxIntelRdt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.LinuxIntelRdt;

        /**
         * Creates a LinuxIntelRdt message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinuxIntelRdt
         */
        public static fromObject(object: { [k: string]: any }): grpc.LinuxIntelRdt;

        /**
         * Creates a plain object from a LinuxIntelRdt message. Also converts values to other types if specified.
         * @param message LinuxIntelRdt
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.LinuxIntelRdt, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinuxIntelRdt to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LinuxIntelRdt
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CheckRequest. */
    interface ICheckRequest {

        /** CheckRequest service */
        service?: (string|null);
    }

    /** Represents a CheckRequest. */
    class CheckRequest implements ICheckRequest {

        /**
         * Constructs a new CheckRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.ICheckRequest);

        /** CheckRequest service. */
        public service: string;

        /**
         * Creates a new CheckRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CheckRequest instance
         */
        public static create(properties?: grpc.ICheckRequest): grpc.CheckRequest;

        /**
         * Encodes the specified CheckRequest message. Does not implicitly {@link grpc.CheckRequest.verify|verify} messages.
         * @param message CheckRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.ICheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CheckRequest message, length delimited. Does not implicitly {@link grpc.CheckRequest.verify|verify} messages.
         * @param message CheckRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.ICheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CheckRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CheckRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.CheckRequest;

        /**
         * Decodes a CheckRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CheckRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.CheckRequest;

        /**
         * Creates a CheckRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CheckRequest
         */
        public static fromObject(object: { [k: string]: any }): grpc.CheckRequest;

        /**
         * Creates a plain object from a CheckRequest message. Also converts values to other types if specified.
         * @param message CheckRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.CheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CheckRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CheckRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HealthCheckResponse. */
    interface IHealthCheckResponse {

        /** HealthCheckResponse status */
        status?: (grpc.HealthCheckResponse.ServingStatus|null);
    }

    /** Represents a HealthCheckResponse. */
    class HealthCheckResponse implements IHealthCheckResponse {

        /**
         * Constructs a new HealthCheckResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IHealthCheckResponse);

        /** HealthCheckResponse status. */
        public status: grpc.HealthCheckResponse.ServingStatus;

        /**
         * Creates a new HealthCheckResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HealthCheckResponse instance
         */
        public static create(properties?: grpc.IHealthCheckResponse): grpc.HealthCheckResponse;

        /**
         * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.HealthCheckResponse.verify|verify} messages.
         * @param message HealthCheckResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IHealthCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HealthCheckResponse message, length delimited. Does not implicitly {@link grpc.HealthCheckResponse.verify|verify} messages.
         * @param message HealthCheckResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IHealthCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HealthCheckResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HealthCheckResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.HealthCheckResponse;

        /**
         * Decodes a HealthCheckResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HealthCheckResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.HealthCheckResponse;

        /**
         * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HealthCheckResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.HealthCheckResponse;

        /**
         * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
         * @param message HealthCheckResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HealthCheckResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HealthCheckResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace HealthCheckResponse {

        /** ServingStatus enum. */
        enum ServingStatus {
            UNKNOWN = 0,
            SERVING = 1,
            NOT_SERVING = 2
        }
    }

    /** Properties of a VersionCheckResponse. */
    interface IVersionCheckResponse {

        /** VersionCheckResponse grpcVersion */
        grpcVersion?: (string|null);

        /** VersionCheckResponse agentVersion */
        agentVersion?: (string|null);
    }

    /** Represents a VersionCheckResponse. */
    class VersionCheckResponse implements IVersionCheckResponse {

        /**
         * Constructs a new VersionCheckResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: grpc.IVersionCheckResponse);

        /** VersionCheckResponse grpcVersion. */
        public grpcVersion: string;

        /** VersionCheckResponse agentVersion. */
        public agentVersion: string;

        /**
         * Creates a new VersionCheckResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VersionCheckResponse instance
         */
        public static create(properties?: grpc.IVersionCheckResponse): grpc.VersionCheckResponse;

        /**
         * Encodes the specified VersionCheckResponse message. Does not implicitly {@link grpc.VersionCheckResponse.verify|verify} messages.
         * @param message VersionCheckResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: grpc.IVersionCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified VersionCheckResponse message, length delimited. Does not implicitly {@link grpc.VersionCheckResponse.verify|verify} messages.
         * @param message VersionCheckResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: grpc.IVersionCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VersionCheckResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns VersionCheckResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.VersionCheckResponse;

        /**
         * Decodes a VersionCheckResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns VersionCheckResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.VersionCheckResponse;

        /**
         * Creates a VersionCheckResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns VersionCheckResponse
         */
        public static fromObject(object: { [k: string]: any }): grpc.VersionCheckResponse;

        /**
         * Creates a plain object from a VersionCheckResponse message. Also converts values to other types if specified.
         * @param message VersionCheckResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: grpc.VersionCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this VersionCheckResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for VersionCheckResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Represents a Health */
    class Health extends $protobuf.rpc.Service {

        /**
         * Constructs a new Health service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Health service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Health;

        /**
         * Calls Check.
         * @param request CheckRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and HealthCheckResponse
         */
        public check(request: grpc.ICheckRequest, callback: grpc.Health.CheckCallback): void;

        /**
         * Calls Check.
         * @param request CheckRequest message or plain object
         * @returns Promise
         */
        public check(request: grpc.ICheckRequest): Promise<grpc.HealthCheckResponse>;

        /**
         * Calls Version.
         * @param request CheckRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and VersionCheckResponse
         */
        public version(request: grpc.ICheckRequest, callback: grpc.Health.VersionCallback): void;

        /**
         * Calls Version.
         * @param request CheckRequest message or plain object
         * @returns Promise
         */
        public version(request: grpc.ICheckRequest): Promise<grpc.VersionCheckResponse>;
    }

    namespace Health {

        /**
         * Callback as used by {@link grpc.Health#check}.
         * @param error Error, if any
         * @param [response] HealthCheckResponse
         */
        type CheckCallback = (error: (Error|null), response?: grpc.HealthCheckResponse) => void;

        /**
         * Callback as used by {@link grpc.Health#version}.
         * @param error Error, if any
         * @param [response] VersionCheckResponse
         */
        type VersionCallback = (error: (Error|null), response?: grpc.VersionCheckResponse) => void;
    }
}

/** Namespace types. */
export namespace types {

    /** IPFamily enum. */
    enum IPFamily {
        v4 = 0,
        v6 = 1
    }

    /** FSGroupChangePolicy enum. */
    enum FSGroupChangePolicy {
        Always = 0,
        OnRootMismatch = 1
    }

    /** Properties of a IPAddress. */
    interface IIPAddress {

        /** IPAddress family */
        family?: (types.IPFamily|null);

        /** IPAddress address */
        address?: (string|null);

        /** IPAddress mask */
        mask?: (string|null);
    }

    /** Represents a IPAddress. */
    class IPAddress implements IIPAddress {

        /**
         * Constructs a new IPAddress.
         * @param [properties] Properties to set
         */
        constructor(properties?: types.IIPAddress);

        /** IPAddress family. */
        public family: types.IPFamily;

        /** IPAddress address. */
        public address: string;

        /** IPAddress mask. */
        public mask: string;

        /**
         * Creates a new IPAddress instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IPAddress instance
         */
        public static create(properties?: types.IIPAddress): types.IPAddress;

        /**
         * Encodes the specified IPAddress message. Does not implicitly {@link types.IPAddress.verify|verify} messages.
         * @param message IPAddress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: types.IIPAddress, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified IPAddress message, length delimited. Does not implicitly {@link types.IPAddress.verify|verify} messages.
         * @param message IPAddress message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: types.IIPAddress, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a IPAddress message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns IPAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.IPAddress;

        /**
         * Decodes a IPAddress message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns IPAddress
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.IPAddress;

        /**
         * Creates a IPAddress message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns IPAddress
         */
        public static fromObject(object: { [k: string]: any }): types.IPAddress;

        /**
         * Creates a plain object from a IPAddress message. Also converts values to other types if specified.
         * @param message IPAddress
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: types.IPAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this IPAddress to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for IPAddress
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an Interface. */
    interface IInterface {

        /** Interface device */
        device?: (string|null);

        /** Interface name */
        name?: (string|null);

        /** Interface IPAddresses */
        IPAddresses?: (types.IIPAddress[]|null);

        /** Interface mtu */
        mtu?: (number|null);

        /** Interface hwAddr */
        hwAddr?: (string|null);

        /** Interface devicePath */
        devicePath?: (string|null);

        /** Interface type */
        type?: (string|null);

        /** Interface rawFlags */
        rawFlags?: (number|null);
    }

    /** Represents an Interface. */
    class Interface implements IInterface {

        /**
         * Constructs a new Interface.
         * @param [properties] Properties to set
         */
        constructor(properties?: types.IInterface);

        /** Interface device. */
        public device: string;

        /** Interface name. */
        public name: string;

        /** Interface IPAddresses. */
        public IPAddresses: types.IIPAddress[];

        /** Interface mtu. */
        public mtu: number;

        /** Interface hwAddr. */
        public hwAddr: string;

        /** Interface devicePath. */
        public devicePath: string;

        /** Interface type. */
        public type: string;

        /** Interface rawFlags. */
        public rawFlags: number;

        /**
         * Creates a new Interface instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Interface instance
         */
        public static create(properties?: types.IInterface): types.Interface;

        /**
         * Encodes the specified Interface message. Does not implicitly {@link types.Interface.verify|verify} messages.
         * @param message Interface message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: types.IInterface, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Interface message, length delimited. Does not implicitly {@link types.Interface.verify|verify} messages.
         * @param message Interface message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: types.IInterface, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Interface message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Interface
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.Interface;

        /**
         * Decodes an Interface message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Interface
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.Interface;

        /**
         * Creates an Interface message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Interface
         */
        public static fromObject(object: { [k: string]: any }): types.Interface;

        /**
         * Creates a plain object from an Interface message. Also converts values to other types if specified.
         * @param message Interface
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: types.Interface, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Interface to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Interface
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Route. */
    interface IRoute {

        /** Route dest */
        dest?: (string|null);

        /** Route gateway */
        gateway?: (string|null);

        /** Route device */
        device?: (string|null);

        /** Route source */
        source?: (string|null);

        /** Route scope */
        scope?: (number|null);

        /** Route family */
        family?: (types.IPFamily|null);

        /** Route flags */
        flags?: (number|null);
    }

    /** Represents a Route. */
    class Route implements IRoute {

        /**
         * Constructs a new Route.
         * @param [properties] Properties to set
         */
        constructor(properties?: types.IRoute);

        /** Route dest. */
        public dest: string;

        /** Route gateway. */
        public gateway: string;

        /** Route device. */
        public device: string;

        /** Route source. */
        public source: string;

        /** Route scope. */
        public scope: number;

        /** Route family. */
        public family: types.IPFamily;

        /** Route flags. */
        public flags: number;

        /**
         * Creates a new Route instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Route instance
         */
        public static create(properties?: types.IRoute): types.Route;

        /**
         * Encodes the specified Route message. Does not implicitly {@link types.Route.verify|verify} messages.
         * @param message Route message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: types.IRoute, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Route message, length delimited. Does not implicitly {@link types.Route.verify|verify} messages.
         * @param message Route message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: types.IRoute, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Route message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Route
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.Route;

        /**
         * Decodes a Route message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Route
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.Route;

        /**
         * Creates a Route message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Route
         */
        public static fromObject(object: { [k: string]: any }): types.Route;

        /**
         * Creates a plain object from a Route message. Also converts values to other types if specified.
         * @param message Route
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: types.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Route to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Route
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ARPNeighbor. */
    interface IARPNeighbor {

        /** ARPNeighbor toIPAddress */
        toIPAddress?: (types.IIPAddress|null);

        /** ARPNeighbor device */
        device?: (string|null);

        /** ARPNeighbor lladdr */
        lladdr?: (string|null);

        /** ARPNeighbor state */
        state?: (number|null);

        /** ARPNeighbor flags */
        flags?: (number|null);
    }

    /** Represents a ARPNeighbor. */
    class ARPNeighbor implements IARPNeighbor {

        /**
         * Constructs a new ARPNeighbor.
         * @param [properties] Properties to set
         */
        constructor(properties?: types.IARPNeighbor);

        /** ARPNeighbor toIPAddress. */
        public toIPAddress?: (types.IIPAddress|null);

        /** ARPNeighbor device. */
        public device: string;

        /** ARPNeighbor lladdr. */
        public lladdr: string;

        /** ARPNeighbor state. */
        public state: number;

        /** ARPNeighbor flags. */
        public flags: number;

        /**
         * Creates a new ARPNeighbor instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ARPNeighbor instance
         */
        public static create(properties?: types.IARPNeighbor): types.ARPNeighbor;

        /**
         * Encodes the specified ARPNeighbor message. Does not implicitly {@link types.ARPNeighbor.verify|verify} messages.
         * @param message ARPNeighbor message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: types.IARPNeighbor, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ARPNeighbor message, length delimited. Does not implicitly {@link types.ARPNeighbor.verify|verify} messages.
         * @param message ARPNeighbor message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: types.IARPNeighbor, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ARPNeighbor message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ARPNeighbor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): types.ARPNeighbor;

        /**
         * Decodes a ARPNeighbor message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ARPNeighbor
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): types.ARPNeighbor;

        /**
         * Creates a ARPNeighbor message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ARPNeighbor
         */
        public static fromObject(object: { [k: string]: any }): types.ARPNeighbor;

        /**
         * Creates a plain object from a ARPNeighbor message. Also converts values to other types if specified.
         * @param message ARPNeighbor
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: types.ARPNeighbor, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ARPNeighbor to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ARPNeighbor
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace ttrpc. */
export namespace ttrpc {

    /** Properties of a Request. */
    interface IRequest {

        /** Request service */
        service?: (string|null);

        /** Request method */
        method?: (string|null);

        /** Request payload */
        payload?: (Uint8Array|null);

        /** Request timeoutNano */
        timeoutNano?: (number|null);

        /** Request metadata */
        metadata?: (ttrpc.IKeyValue[]|null);
    }

    /** Represents a Request. */
    class Request implements IRequest {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IRequest);

        /** Request service. */
        public service: string;

        /** Request method. */
        public method: string;

        /** Request payload. */
        public payload: Uint8Array;

        /** Request timeoutNano. */
        public timeoutNano: number;

        /** Request metadata. */
        public metadata: ttrpc.IKeyValue[];

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        public static create(properties?: ttrpc.IRequest): ttrpc.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: ttrpc.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Request;

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ttrpc.Request;

        /**
         * Creates a Request message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Request
         */
        public static fromObject(object: { [k: string]: any }): ttrpc.Request;

        /**
         * Creates a plain object from a Request message. Also converts values to other types if specified.
         * @param message Request
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: ttrpc.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Request to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Request
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Response. */
    interface IResponse {

        /** Response status */
        status?: (google.rpc.IStatus|null);

        /** Response payload */
        payload?: (Uint8Array|null);
    }

    /** Represents a Response. */
    class Response implements IResponse {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IResponse);

        /** Response status. */
        public status?: (google.rpc.IStatus|null);

        /** Response payload. */
        public payload: Uint8Array;

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        public static create(properties?: ttrpc.IResponse): ttrpc.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: ttrpc.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Response;

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ttrpc.Response;

        /**
         * Creates a Response message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Response
         */
        public static fromObject(object: { [k: string]: any }): ttrpc.Response;

        /**
         * Creates a plain object from a Response message. Also converts values to other types if specified.
         * @param message Response
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: ttrpc.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Response to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Response
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a KeyValue. */
    interface IKeyValue {

        /** KeyValue key */
        key?: (string|null);

        /** KeyValue value */
        value?: (string|null);
    }

    /** Represents a KeyValue. */
    class KeyValue implements IKeyValue {

        /**
         * Constructs a new KeyValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IKeyValue);

        /** KeyValue key. */
        public key: string;

        /** KeyValue value. */
        public value: string;

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyValue instance
         */
        public static create(properties?: ttrpc.IKeyValue): ttrpc.KeyValue;

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: ttrpc.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.KeyValue;

        /**
         * Decodes a KeyValue message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ttrpc.KeyValue;

        /**
         * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyValue
         */
        public static fromObject(object: { [k: string]: any }): ttrpc.KeyValue;

        /**
         * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
         * @param message KeyValue
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: ttrpc.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyValue to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for KeyValue
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StringList. */
    interface IStringList {

        /** StringList list */
        list?: (string[]|null);
    }

    /** Represents a StringList. */
    class StringList implements IStringList {

        /**
         * Constructs a new StringList.
         * @param [properties] Properties to set
         */
        constructor(properties?: ttrpc.IStringList);

        /** StringList list. */
        public list: string[];

        /**
         * Creates a new StringList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StringList instance
         */
        public static create(properties?: ttrpc.IStringList): ttrpc.StringList;

        /**
         * Encodes the specified StringList message. Does not implicitly {@link ttrpc.StringList.verify|verify} messages.
         * @param message StringList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: ttrpc.IStringList, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StringList message, length delimited. Does not implicitly {@link ttrpc.StringList.verify|verify} messages.
         * @param message StringList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: ttrpc.IStringList, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StringList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StringList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.StringList;

        /**
         * Decodes a StringList message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StringList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ttrpc.StringList;

        /**
         * Creates a StringList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StringList
         */
        public static fromObject(object: { [k: string]: any }): ttrpc.StringList;

        /**
         * Creates a plain object from a StringList message. Also converts values to other types if specified.
         * @param message StringList
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: ttrpc.StringList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StringList to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StringList
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace containerd. */
export namespace containerd {

    /** Namespace task. */
    namespace task {

        /** Namespace v2. */
        namespace v2 {

            /** Represents a Task */
            class Task extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Task service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Task service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Task;

                /**
                 * Calls State.
                 * @param request StateRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StateResponse
                 */
                public state(request: containerd.task.v2.IStateRequest, callback: containerd.task.v2.Task.StateCallback): void;

                /**
                 * Calls State.
                 * @param request StateRequest message or plain object
                 * @returns Promise
                 */
                public state(request: containerd.task.v2.IStateRequest): Promise<containerd.task.v2.StateResponse>;

                /**
                 * Calls Create.
                 * @param request CreateTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and CreateTaskResponse
                 */
                public create(request: containerd.task.v2.ICreateTaskRequest, callback: containerd.task.v2.Task.CreateCallback): void;

                /**
                 * Calls Create.
                 * @param request CreateTaskRequest message or plain object
                 * @returns Promise
                 */
                public create(request: containerd.task.v2.ICreateTaskRequest): Promise<containerd.task.v2.CreateTaskResponse>;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StartResponse
                 */
                public start(request: containerd.task.v2.IStartRequest, callback: containerd.task.v2.Task.StartCallback): void;

                /**
                 * Calls Start.
                 * @param request StartRequest message or plain object
                 * @returns Promise
                 */
                public start(request: containerd.task.v2.IStartRequest): Promise<containerd.task.v2.StartResponse>;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and DeleteResponse
                 */
                public delete(request: containerd.task.v2.IDeleteRequest, callback: containerd.task.v2.Task.DeleteCallback): void;

                /**
                 * Calls Delete.
                 * @param request DeleteRequest message or plain object
                 * @returns Promise
                 */
                public delete(request: containerd.task.v2.IDeleteRequest): Promise<containerd.task.v2.DeleteResponse>;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and PidsResponse
                 */
                public pids(request: containerd.task.v2.IPidsRequest, callback: containerd.task.v2.Task.PidsCallback): void;

                /**
                 * Calls Pids.
                 * @param request PidsRequest message or plain object
                 * @returns Promise
                 */
                public pids(request: containerd.task.v2.IPidsRequest): Promise<containerd.task.v2.PidsResponse>;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public pause(request: containerd.task.v2.IPauseRequest, callback: containerd.task.v2.Task.PauseCallback): void;

                /**
                 * Calls Pause.
                 * @param request PauseRequest message or plain object
                 * @returns Promise
                 */
                public pause(request: containerd.task.v2.IPauseRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public resume(request: containerd.task.v2.IResumeRequest, callback: containerd.task.v2.Task.ResumeCallback): void;

                /**
                 * Calls Resume.
                 * @param request ResumeRequest message or plain object
                 * @returns Promise
                 */
                public resume(request: containerd.task.v2.IResumeRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Checkpoint.
                 * @param request CheckpointTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public checkpoint(request: containerd.task.v2.ICheckpointTaskRequest, callback: containerd.task.v2.Task.CheckpointCallback): void;

                /**
                 * Calls Checkpoint.
                 * @param request CheckpointTaskRequest message or plain object
                 * @returns Promise
                 */
                public checkpoint(request: containerd.task.v2.ICheckpointTaskRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public kill(request: containerd.task.v2.IKillRequest, callback: containerd.task.v2.Task.KillCallback): void;

                /**
                 * Calls Kill.
                 * @param request KillRequest message or plain object
                 * @returns Promise
                 */
                public kill(request: containerd.task.v2.IKillRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Exec.
                 * @param request ExecProcessRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public exec(request: containerd.task.v2.IExecProcessRequest, callback: containerd.task.v2.Task.ExecCallback): void;

                /**
                 * Calls Exec.
                 * @param request ExecProcessRequest message or plain object
                 * @returns Promise
                 */
                public exec(request: containerd.task.v2.IExecProcessRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public resizePty(request: containerd.task.v2.IResizePtyRequest, callback: containerd.task.v2.Task.ResizePtyCallback): void;

                /**
                 * Calls ResizePty.
                 * @param request ResizePtyRequest message or plain object
                 * @returns Promise
                 */
                public resizePty(request: containerd.task.v2.IResizePtyRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls CloseIO.
                 * @param request CloseIORequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public closeIO(request: containerd.task.v2.ICloseIORequest, callback: containerd.task.v2.Task.CloseIOCallback): void;

                /**
                 * Calls CloseIO.
                 * @param request CloseIORequest message or plain object
                 * @returns Promise
                 */
                public closeIO(request: containerd.task.v2.ICloseIORequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Update.
                 * @param request UpdateTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public update(request: containerd.task.v2.IUpdateTaskRequest, callback: containerd.task.v2.Task.UpdateCallback): void;

                /**
                 * Calls Update.
                 * @param request UpdateTaskRequest message or plain object
                 * @returns Promise
                 */
                public update(request: containerd.task.v2.IUpdateTaskRequest): Promise<google.protobuf.Empty>;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and WaitResponse
                 */
                public wait(request: containerd.task.v2.IWaitRequest, callback: containerd.task.v2.Task.WaitCallback): void;

                /**
                 * Calls Wait.
                 * @param request WaitRequest message or plain object
                 * @returns Promise
                 */
                public wait(request: containerd.task.v2.IWaitRequest): Promise<containerd.task.v2.WaitResponse>;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and StatsResponse
                 */
                public stats(request: containerd.task.v2.IStatsRequest, callback: containerd.task.v2.Task.StatsCallback): void;

                /**
                 * Calls Stats.
                 * @param request StatsRequest message or plain object
                 * @returns Promise
                 */
                public stats(request: containerd.task.v2.IStatsRequest): Promise<containerd.task.v2.StatsResponse>;

                /**
                 * Calls Connect.
                 * @param request ConnectRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and ConnectResponse
                 */
                public connect(request: containerd.task.v2.IConnectRequest, callback: containerd.task.v2.Task.ConnectCallback): void;

                /**
                 * Calls Connect.
                 * @param request ConnectRequest message or plain object
                 * @returns Promise
                 */
                public connect(request: containerd.task.v2.IConnectRequest): Promise<containerd.task.v2.ConnectResponse>;

                /**
                 * Calls Shutdown.
                 * @param request ShutdownRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and Empty
                 */
                public shutdown(request: containerd.task.v2.IShutdownRequest, callback: containerd.task.v2.Task.ShutdownCallback): void;

                /**
                 * Calls Shutdown.
                 * @param request ShutdownRequest message or plain object
                 * @returns Promise
                 */
                public shutdown(request: containerd.task.v2.IShutdownRequest): Promise<google.protobuf.Empty>;
            }

            namespace Task {

                /**
                 * Callback as used by {@link containerd.task.v2.Task#state}.
                 * @param error Error, if any
                 * @param [response] StateResponse
                 */
                type StateCallback = (error: (Error|null), response?: containerd.task.v2.StateResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#create}.
                 * @param error Error, if any
                 * @param [response] CreateTaskResponse
                 */
                type CreateCallback = (error: (Error|null), response?: containerd.task.v2.CreateTaskResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#start}.
                 * @param error Error, if any
                 * @param [response] StartResponse
                 */
                type StartCallback = (error: (Error|null), response?: containerd.task.v2.StartResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#delete_}.
                 * @param error Error, if any
                 * @param [response] DeleteResponse
                 */
                type DeleteCallback = (error: (Error|null), response?: containerd.task.v2.DeleteResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pids}.
                 * @param error Error, if any
                 * @param [response] PidsResponse
                 */
                type PidsCallback = (error: (Error|null), response?: containerd.task.v2.PidsResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#pause}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type PauseCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resume}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ResumeCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#checkpoint}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type CheckpointCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#kill}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type KillCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#exec}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ExecCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#resizePty}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ResizePtyCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#closeIO}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type CloseIOCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#update}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type UpdateCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#wait}.
                 * @param error Error, if any
                 * @param [response] WaitResponse
                 */
                type WaitCallback = (error: (Error|null), response?: containerd.task.v2.WaitResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#stats}.
                 * @param error Error, if any
                 * @param [response] StatsResponse
                 */
                type StatsCallback = (error: (Error|null), response?: containerd.task.v2.StatsResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#connect}.
                 * @param error Error, if any
                 * @param [response] ConnectResponse
                 */
                type ConnectCallback = (error: (Error|null), response?: containerd.task.v2.ConnectResponse) => void;

                /**
                 * Callback as used by {@link containerd.task.v2.Task#shutdown}.
                 * @param error Error, if any
                 * @param [response] Empty
                 */
                type ShutdownCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
            }

            /** Properties of a CreateTaskRequest. */
            interface ICreateTaskRequest {

                /** CreateTaskRequest id */
                id?: (string|null);

                /** CreateTaskRequest bundle */
                bundle?: (string|null);

                /** CreateTaskRequest rootfs */
                rootfs?: (containerd.types.IMount[]|null);

                /** CreateTaskRequest terminal */
                terminal?: (boolean|null);

                /** CreateTaskRequest stdin */
                stdin?: (string|null);

                /** CreateTaskRequest stdout */
                stdout?: (string|null);

                /** CreateTaskRequest stderr */
                stderr?: (string|null);

                /** CreateTaskRequest checkpoint */
                checkpoint?: (string|null);

                /** CreateTaskRequest parentCheckpoint */
                parentCheckpoint?: (string|null);

                /** CreateTaskRequest options */
                options?: (google.protobuf.IAny|null);
            }

            /** Represents a CreateTaskRequest. */
            class CreateTaskRequest implements ICreateTaskRequest {

                /**
                 * Constructs a new CreateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICreateTaskRequest);

                /** CreateTaskRequest id. */
                public id: string;

                /** CreateTaskRequest bundle. */
                public bundle: string;

                /** CreateTaskRequest rootfs. */
                public rootfs: containerd.types.IMount[];

                /** CreateTaskRequest terminal. */
                public terminal: boolean;

                /** CreateTaskRequest stdin. */
                public stdin: string;

                /** CreateTaskRequest stdout. */
                public stdout: string;

                /** CreateTaskRequest stderr. */
                public stderr: string;

                /** CreateTaskRequest checkpoint. */
                public checkpoint: string;

                /** CreateTaskRequest parentCheckpoint. */
                public parentCheckpoint: string;

                /** CreateTaskRequest options. */
                public options?: (google.protobuf.IAny|null);

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.ICreateTaskRequest): containerd.task.v2.CreateTaskRequest;

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link containerd.task.v2.CreateTaskRequest.verify|verify} messages.
                 * @param message CreateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICreateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateTaskRequest message, length delimited. Does not implicitly {@link containerd.task.v2.CreateTaskRequest.verify|verify} messages.
                 * @param message CreateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.ICreateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskRequest;

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.CreateTaskRequest;

                /**
                 * Creates a CreateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTaskRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskRequest;

                /**
                 * Creates a plain object from a CreateTaskRequest message. Also converts values to other types if specified.
                 * @param message CreateTaskRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.CreateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTaskRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTaskResponse. */
            interface ICreateTaskResponse {

                /** CreateTaskResponse pid */
                pid?: (number|null);
            }

            /** Represents a CreateTaskResponse. */
            class CreateTaskResponse implements ICreateTaskResponse {

                /**
                 * Constructs a new CreateTaskResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICreateTaskResponse);

                /** CreateTaskResponse pid. */
                public pid: number;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTaskResponse instance
                 */
                public static create(properties?: containerd.task.v2.ICreateTaskResponse): containerd.task.v2.CreateTaskResponse;

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link containerd.task.v2.CreateTaskResponse.verify|verify} messages.
                 * @param message CreateTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICreateTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateTaskResponse message, length delimited. Does not implicitly {@link containerd.task.v2.CreateTaskResponse.verify|verify} messages.
                 * @param message CreateTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.ICreateTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskResponse;

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.CreateTaskResponse;

                /**
                 * Creates a CreateTaskResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTaskResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskResponse;

                /**
                 * Creates a plain object from a CreateTaskResponse message. Also converts values to other types if specified.
                 * @param message CreateTaskResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.CreateTaskResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTaskResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTaskResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteRequest. */
            interface IDeleteRequest {

                /** DeleteRequest id */
                id?: (string|null);

                /** DeleteRequest execId */
                execId?: (string|null);
            }

            /** Represents a DeleteRequest. */
            class DeleteRequest implements IDeleteRequest {

                /**
                 * Constructs a new DeleteRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IDeleteRequest);

                /** DeleteRequest id. */
                public id: string;

                /** DeleteRequest execId. */
                public execId: string;

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRequest instance
                 */
                public static create(properties?: containerd.task.v2.IDeleteRequest): containerd.task.v2.DeleteRequest;

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link containerd.task.v2.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteRequest message, length delimited. Does not implicitly {@link containerd.task.v2.DeleteRequest.verify|verify} messages.
                 * @param message DeleteRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteRequest;

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.DeleteRequest;

                /**
                 * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteRequest;

                /**
                 * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
                 * @param message DeleteRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteResponse. */
            interface IDeleteResponse {

                /** DeleteResponse pid */
                pid?: (number|null);

                /** DeleteResponse exitStatus */
                exitStatus?: (number|null);

                /** DeleteResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a DeleteResponse. */
            class DeleteResponse implements IDeleteResponse {

                /**
                 * Constructs a new DeleteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IDeleteResponse);

                /** DeleteResponse pid. */
                public pid: number;

                /** DeleteResponse exitStatus. */
                public exitStatus: number;

                /** DeleteResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteResponse instance
                 */
                public static create(properties?: containerd.task.v2.IDeleteResponse): containerd.task.v2.DeleteResponse;

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link containerd.task.v2.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteResponse message, length delimited. Does not implicitly {@link containerd.task.v2.DeleteResponse.verify|verify} messages.
                 * @param message DeleteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteResponse;

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.DeleteResponse;

                /**
                 * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteResponse;

                /**
                 * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
                 * @param message DeleteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecProcessRequest. */
            interface IExecProcessRequest {

                /** ExecProcessRequest id */
                id?: (string|null);

                /** ExecProcessRequest execId */
                execId?: (string|null);

                /** ExecProcessRequest terminal */
                terminal?: (boolean|null);

                /** ExecProcessRequest stdin */
                stdin?: (string|null);

                /** ExecProcessRequest stdout */
                stdout?: (string|null);

                /** ExecProcessRequest stderr */
                stderr?: (string|null);

                /** ExecProcessRequest spec */
                spec?: (google.protobuf.IAny|null);
            }

            /** Represents an ExecProcessRequest. */
            class ExecProcessRequest implements IExecProcessRequest {

                /**
                 * Constructs a new ExecProcessRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IExecProcessRequest);

                /** ExecProcessRequest id. */
                public id: string;

                /** ExecProcessRequest execId. */
                public execId: string;

                /** ExecProcessRequest terminal. */
                public terminal: boolean;

                /** ExecProcessRequest stdin. */
                public stdin: string;

                /** ExecProcessRequest stdout. */
                public stdout: string;

                /** ExecProcessRequest stderr. */
                public stderr: string;

                /** ExecProcessRequest spec. */
                public spec?: (google.protobuf.IAny|null);

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecProcessRequest instance
                 */
                public static create(properties?: containerd.task.v2.IExecProcessRequest): containerd.task.v2.ExecProcessRequest;

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link containerd.task.v2.ExecProcessRequest.verify|verify} messages.
                 * @param message ExecProcessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExecProcessRequest message, length delimited. Does not implicitly {@link containerd.task.v2.ExecProcessRequest.verify|verify} messages.
                 * @param message ExecProcessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IExecProcessRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessRequest;

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ExecProcessRequest;

                /**
                 * Creates an ExecProcessRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExecProcessRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessRequest;

                /**
                 * Creates a plain object from an ExecProcessRequest message. Also converts values to other types if specified.
                 * @param message ExecProcessRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExecProcessRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ExecProcessRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ExecProcessResponse. */
            interface IExecProcessResponse {
            }

            /** Represents an ExecProcessResponse. */
            class ExecProcessResponse implements IExecProcessResponse {

                /**
                 * Constructs a new ExecProcessResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IExecProcessResponse);

                /**
                 * Creates a new ExecProcessResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecProcessResponse instance
                 */
                public static create(properties?: containerd.task.v2.IExecProcessResponse): containerd.task.v2.ExecProcessResponse;

                /**
                 * Encodes the specified ExecProcessResponse message. Does not implicitly {@link containerd.task.v2.ExecProcessResponse.verify|verify} messages.
                 * @param message ExecProcessResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IExecProcessResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExecProcessResponse message, length delimited. Does not implicitly {@link containerd.task.v2.ExecProcessResponse.verify|verify} messages.
                 * @param message ExecProcessResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IExecProcessResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecProcessResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecProcessResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessResponse;

                /**
                 * Decodes an ExecProcessResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ExecProcessResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ExecProcessResponse;

                /**
                 * Creates an ExecProcessResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExecProcessResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessResponse;

                /**
                 * Creates a plain object from an ExecProcessResponse message. Also converts values to other types if specified.
                 * @param message ExecProcessResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ExecProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExecProcessResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ExecProcessResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResizePtyRequest. */
            interface IResizePtyRequest {

                /** ResizePtyRequest id */
                id?: (string|null);

                /** ResizePtyRequest execId */
                execId?: (string|null);

                /** ResizePtyRequest width */
                width?: (number|null);

                /** ResizePtyRequest height */
                height?: (number|null);
            }

            /** Represents a ResizePtyRequest. */
            class ResizePtyRequest implements IResizePtyRequest {

                /**
                 * Constructs a new ResizePtyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IResizePtyRequest);

                /** ResizePtyRequest id. */
                public id: string;

                /** ResizePtyRequest execId. */
                public execId: string;

                /** ResizePtyRequest width. */
                public width: number;

                /** ResizePtyRequest height. */
                public height: number;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResizePtyRequest instance
                 */
                public static create(properties?: containerd.task.v2.IResizePtyRequest): containerd.task.v2.ResizePtyRequest;

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link containerd.task.v2.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IResizePtyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResizePtyRequest message, length delimited. Does not implicitly {@link containerd.task.v2.ResizePtyRequest.verify|verify} messages.
                 * @param message ResizePtyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IResizePtyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResizePtyRequest;

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ResizePtyRequest;

                /**
                 * Creates a ResizePtyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResizePtyRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ResizePtyRequest;

                /**
                 * Creates a plain object from a ResizePtyRequest message. Also converts values to other types if specified.
                 * @param message ResizePtyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ResizePtyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResizePtyRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ResizePtyRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StateRequest. */
            interface IStateRequest {

                /** StateRequest id */
                id?: (string|null);

                /** StateRequest execId */
                execId?: (string|null);
            }

            /** Represents a StateRequest. */
            class StateRequest implements IStateRequest {

                /**
                 * Constructs a new StateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStateRequest);

                /** StateRequest id. */
                public id: string;

                /** StateRequest execId. */
                public execId: string;

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStateRequest): containerd.task.v2.StateRequest;

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link containerd.task.v2.StateRequest.verify|verify} messages.
                 * @param message StateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateRequest message, length delimited. Does not implicitly {@link containerd.task.v2.StateRequest.verify|verify} messages.
                 * @param message StateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateRequest;

                /**
                 * Decodes a StateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StateRequest;

                /**
                 * Creates a StateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StateRequest;

                /**
                 * Creates a plain object from a StateRequest message. Also converts values to other types if specified.
                 * @param message StateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StateRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StateResponse. */
            interface IStateResponse {

                /** StateResponse id */
                id?: (string|null);

                /** StateResponse bundle */
                bundle?: (string|null);

                /** StateResponse pid */
                pid?: (number|null);

                /** StateResponse status */
                status?: (containerd.v1.types.Status|null);

                /** StateResponse stdin */
                stdin?: (string|null);

                /** StateResponse stdout */
                stdout?: (string|null);

                /** StateResponse stderr */
                stderr?: (string|null);

                /** StateResponse terminal */
                terminal?: (boolean|null);

                /** StateResponse exitStatus */
                exitStatus?: (number|null);

                /** StateResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);

                /** StateResponse execId */
                execId?: (string|null);
            }

            /** Represents a StateResponse. */
            class StateResponse implements IStateResponse {

                /**
                 * Constructs a new StateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStateResponse);

                /** StateResponse id. */
                public id: string;

                /** StateResponse bundle. */
                public bundle: string;

                /** StateResponse pid. */
                public pid: number;

                /** StateResponse status. */
                public status: containerd.v1.types.Status;

                /** StateResponse stdin. */
                public stdin: string;

                /** StateResponse stdout. */
                public stdout: string;

                /** StateResponse stderr. */
                public stderr: string;

                /** StateResponse terminal. */
                public terminal: boolean;

                /** StateResponse exitStatus. */
                public exitStatus: number;

                /** StateResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /** StateResponse execId. */
                public execId: string;

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStateResponse): containerd.task.v2.StateResponse;

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link containerd.task.v2.StateResponse.verify|verify} messages.
                 * @param message StateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StateResponse message, length delimited. Does not implicitly {@link containerd.task.v2.StateResponse.verify|verify} messages.
                 * @param message StateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateResponse;

                /**
                 * Decodes a StateResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StateResponse;

                /**
                 * Creates a StateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StateResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StateResponse;

                /**
                 * Creates a plain object from a StateResponse message. Also converts values to other types if specified.
                 * @param message StateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StateResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StateResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a KillRequest. */
            interface IKillRequest {

                /** KillRequest id */
                id?: (string|null);

                /** KillRequest execId */
                execId?: (string|null);

                /** KillRequest signal */
                signal?: (number|null);

                /** KillRequest all */
                all?: (boolean|null);
            }

            /** Represents a KillRequest. */
            class KillRequest implements IKillRequest {

                /**
                 * Constructs a new KillRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IKillRequest);

                /** KillRequest id. */
                public id: string;

                /** KillRequest execId. */
                public execId: string;

                /** KillRequest signal. */
                public signal: number;

                /** KillRequest all. */
                public all: boolean;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KillRequest instance
                 */
                public static create(properties?: containerd.task.v2.IKillRequest): containerd.task.v2.KillRequest;

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link containerd.task.v2.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified KillRequest message, length delimited. Does not implicitly {@link containerd.task.v2.KillRequest.verify|verify} messages.
                 * @param message KillRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IKillRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.KillRequest;

                /**
                 * Decodes a KillRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.KillRequest;

                /**
                 * Creates a KillRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KillRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.KillRequest;

                /**
                 * Creates a plain object from a KillRequest message. Also converts values to other types if specified.
                 * @param message KillRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KillRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for KillRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CloseIORequest. */
            interface ICloseIORequest {

                /** CloseIORequest id */
                id?: (string|null);

                /** CloseIORequest execId */
                execId?: (string|null);

                /** CloseIORequest stdin */
                stdin?: (boolean|null);
            }

            /** Represents a CloseIORequest. */
            class CloseIORequest implements ICloseIORequest {

                /**
                 * Constructs a new CloseIORequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICloseIORequest);

                /** CloseIORequest id. */
                public id: string;

                /** CloseIORequest execId. */
                public execId: string;

                /** CloseIORequest stdin. */
                public stdin: boolean;

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseIORequest instance
                 */
                public static create(properties?: containerd.task.v2.ICloseIORequest): containerd.task.v2.CloseIORequest;

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link containerd.task.v2.CloseIORequest.verify|verify} messages.
                 * @param message CloseIORequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICloseIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseIORequest message, length delimited. Does not implicitly {@link containerd.task.v2.CloseIORequest.verify|verify} messages.
                 * @param message CloseIORequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.ICloseIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CloseIORequest;

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.CloseIORequest;

                /**
                 * Creates a CloseIORequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseIORequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.CloseIORequest;

                /**
                 * Creates a plain object from a CloseIORequest message. Also converts values to other types if specified.
                 * @param message CloseIORequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.CloseIORequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseIORequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CloseIORequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsRequest. */
            interface IPidsRequest {

                /** PidsRequest id */
                id?: (string|null);
            }

            /** Represents a PidsRequest. */
            class PidsRequest implements IPidsRequest {

                /**
                 * Constructs a new PidsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPidsRequest);

                /** PidsRequest id. */
                public id: string;

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsRequest instance
                 */
                public static create(properties?: containerd.task.v2.IPidsRequest): containerd.task.v2.PidsRequest;

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link containerd.task.v2.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPidsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PidsRequest message, length delimited. Does not implicitly {@link containerd.task.v2.PidsRequest.verify|verify} messages.
                 * @param message PidsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IPidsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsRequest;

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.PidsRequest;

                /**
                 * Creates a PidsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PidsRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsRequest;

                /**
                 * Creates a plain object from a PidsRequest message. Also converts values to other types if specified.
                 * @param message PidsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.PidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PidsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PidsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PidsResponse. */
            interface IPidsResponse {

                /** PidsResponse processes */
                processes?: (containerd.v1.types.IProcessInfo[]|null);
            }

            /** Represents a PidsResponse. */
            class PidsResponse implements IPidsResponse {

                /**
                 * Constructs a new PidsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPidsResponse);

                /** PidsResponse processes. */
                public processes: containerd.v1.types.IProcessInfo[];

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PidsResponse instance
                 */
                public static create(properties?: containerd.task.v2.IPidsResponse): containerd.task.v2.PidsResponse;

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link containerd.task.v2.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPidsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PidsResponse message, length delimited. Does not implicitly {@link containerd.task.v2.PidsResponse.verify|verify} messages.
                 * @param message PidsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IPidsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsResponse;

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.PidsResponse;

                /**
                 * Creates a PidsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PidsResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsResponse;

                /**
                 * Creates a plain object from a PidsResponse message. Also converts values to other types if specified.
                 * @param message PidsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.PidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PidsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PidsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CheckpointTaskRequest. */
            interface ICheckpointTaskRequest {

                /** CheckpointTaskRequest id */
                id?: (string|null);

                /** CheckpointTaskRequest path */
                path?: (string|null);

                /** CheckpointTaskRequest options */
                options?: (google.protobuf.IAny|null);
            }

            /** Represents a CheckpointTaskRequest. */
            class CheckpointTaskRequest implements ICheckpointTaskRequest {

                /**
                 * Constructs a new CheckpointTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.ICheckpointTaskRequest);

                /** CheckpointTaskRequest id. */
                public id: string;

                /** CheckpointTaskRequest path. */
                public path: string;

                /** CheckpointTaskRequest options. */
                public options?: (google.protobuf.IAny|null);

                /**
                 * Creates a new CheckpointTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CheckpointTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.ICheckpointTaskRequest): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Encodes the specified CheckpointTaskRequest message. Does not implicitly {@link containerd.task.v2.CheckpointTaskRequest.verify|verify} messages.
                 * @param message CheckpointTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.ICheckpointTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CheckpointTaskRequest message, length delimited. Does not implicitly {@link containerd.task.v2.CheckpointTaskRequest.verify|verify} messages.
                 * @param message CheckpointTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.ICheckpointTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CheckpointTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CheckpointTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Decodes a CheckpointTaskRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns CheckpointTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Creates a CheckpointTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CheckpointTaskRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.CheckpointTaskRequest;

                /**
                 * Creates a plain object from a CheckpointTaskRequest message. Also converts values to other types if specified.
                 * @param message CheckpointTaskRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.CheckpointTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CheckpointTaskRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CheckpointTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an UpdateTaskRequest. */
            interface IUpdateTaskRequest {

                /** UpdateTaskRequest id */
                id?: (string|null);

                /** UpdateTaskRequest resources */
                resources?: (google.protobuf.IAny|null);

                /** UpdateTaskRequest annotations */
                annotations?: ({ [k: string]: string }|null);
            }

            /** Represents an UpdateTaskRequest. */
            class UpdateTaskRequest implements IUpdateTaskRequest {

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IUpdateTaskRequest);

                /** UpdateTaskRequest id. */
                public id: string;

                /** UpdateTaskRequest resources. */
                public resources?: (google.protobuf.IAny|null);

                /** UpdateTaskRequest annotations. */
                public annotations: { [k: string]: string };

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateTaskRequest instance
                 */
                public static create(properties?: containerd.task.v2.IUpdateTaskRequest): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link containerd.task.v2.UpdateTaskRequest.verify|verify} messages.
                 * @param message UpdateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IUpdateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpdateTaskRequest message, length delimited. Does not implicitly {@link containerd.task.v2.UpdateTaskRequest.verify|verify} messages.
                 * @param message UpdateTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IUpdateTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Creates an UpdateTaskRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UpdateTaskRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.UpdateTaskRequest;

                /**
                 * Creates a plain object from an UpdateTaskRequest message. Also converts values to other types if specified.
                 * @param message UpdateTaskRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.UpdateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateTaskRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for UpdateTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartRequest. */
            interface IStartRequest {

                /** StartRequest id */
                id?: (string|null);

                /** StartRequest execId */
                execId?: (string|null);
            }

            /** Represents a StartRequest. */
            class StartRequest implements IStartRequest {

                /**
                 * Constructs a new StartRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStartRequest);

                /** StartRequest id. */
                public id: string;

                /** StartRequest execId. */
                public execId: string;

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStartRequest): containerd.task.v2.StartRequest;

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link containerd.task.v2.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link containerd.task.v2.StartRequest.verify|verify} messages.
                 * @param message StartRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStartRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartRequest;

                /**
                 * Decodes a StartRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StartRequest;

                /**
                 * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StartRequest;

                /**
                 * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
                 * @param message StartRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StartRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StartResponse. */
            interface IStartResponse {

                /** StartResponse pid */
                pid?: (number|null);
            }

            /** Represents a StartResponse. */
            class StartResponse implements IStartResponse {

                /**
                 * Constructs a new StartResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStartResponse);

                /** StartResponse pid. */
                public pid: number;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStartResponse): containerd.task.v2.StartResponse;

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link containerd.task.v2.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartResponse message, length delimited. Does not implicitly {@link containerd.task.v2.StartResponse.verify|verify} messages.
                 * @param message StartResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStartResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartResponse;

                /**
                 * Decodes a StartResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StartResponse;

                /**
                 * Creates a StartResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StartResponse;

                /**
                 * Creates a plain object from a StartResponse message. Also converts values to other types if specified.
                 * @param message StartResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StartResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitRequest. */
            interface IWaitRequest {

                /** WaitRequest id */
                id?: (string|null);

                /** WaitRequest execId */
                execId?: (string|null);
            }

            /** Represents a WaitRequest. */
            class WaitRequest implements IWaitRequest {

                /**
                 * Constructs a new WaitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IWaitRequest);

                /** WaitRequest id. */
                public id: string;

                /** WaitRequest execId. */
                public execId: string;

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitRequest instance
                 */
                public static create(properties?: containerd.task.v2.IWaitRequest): containerd.task.v2.WaitRequest;

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link containerd.task.v2.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IWaitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WaitRequest message, length delimited. Does not implicitly {@link containerd.task.v2.WaitRequest.verify|verify} messages.
                 * @param message WaitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IWaitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitRequest;

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.WaitRequest;

                /**
                 * Creates a WaitRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WaitRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitRequest;

                /**
                 * Creates a plain object from a WaitRequest message. Also converts values to other types if specified.
                 * @param message WaitRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.WaitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WaitRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for WaitRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WaitResponse. */
            interface IWaitResponse {

                /** WaitResponse exitStatus */
                exitStatus?: (number|null);

                /** WaitResponse exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a WaitResponse. */
            class WaitResponse implements IWaitResponse {

                /**
                 * Constructs a new WaitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IWaitResponse);

                /** WaitResponse exitStatus. */
                public exitStatus: number;

                /** WaitResponse exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WaitResponse instance
                 */
                public static create(properties?: containerd.task.v2.IWaitResponse): containerd.task.v2.WaitResponse;

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link containerd.task.v2.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IWaitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WaitResponse message, length delimited. Does not implicitly {@link containerd.task.v2.WaitResponse.verify|verify} messages.
                 * @param message WaitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IWaitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitResponse;

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.WaitResponse;

                /**
                 * Creates a WaitResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WaitResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitResponse;

                /**
                 * Creates a plain object from a WaitResponse message. Also converts values to other types if specified.
                 * @param message WaitResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.WaitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WaitResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for WaitResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsRequest. */
            interface IStatsRequest {

                /** StatsRequest id */
                id?: (string|null);
            }

            /** Represents a StatsRequest. */
            class StatsRequest implements IStatsRequest {

                /**
                 * Constructs a new StatsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStatsRequest);

                /** StatsRequest id. */
                public id: string;

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsRequest instance
                 */
                public static create(properties?: containerd.task.v2.IStatsRequest): containerd.task.v2.StatsRequest;

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link containerd.task.v2.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatsRequest message, length delimited. Does not implicitly {@link containerd.task.v2.StatsRequest.verify|verify} messages.
                 * @param message StatsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStatsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsRequest;

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StatsRequest;

                /**
                 * Creates a StatsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatsRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsRequest;

                /**
                 * Creates a plain object from a StatsRequest message. Also converts values to other types if specified.
                 * @param message StatsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatsRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StatsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StatsResponse. */
            interface IStatsResponse {

                /** StatsResponse stats */
                stats?: (google.protobuf.IAny|null);
            }

            /** Represents a StatsResponse. */
            class StatsResponse implements IStatsResponse {

                /**
                 * Constructs a new StatsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IStatsResponse);

                /** StatsResponse stats. */
                public stats?: (google.protobuf.IAny|null);

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatsResponse instance
                 */
                public static create(properties?: containerd.task.v2.IStatsResponse): containerd.task.v2.StatsResponse;

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link containerd.task.v2.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatsResponse message, length delimited. Does not implicitly {@link containerd.task.v2.StatsResponse.verify|verify} messages.
                 * @param message StatsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IStatsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsResponse;

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.StatsResponse;

                /**
                 * Creates a StatsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatsResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsResponse;

                /**
                 * Creates a plain object from a StatsResponse message. Also converts values to other types if specified.
                 * @param message StatsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatsResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StatsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ConnectRequest. */
            interface IConnectRequest {

                /** ConnectRequest id */
                id?: (string|null);
            }

            /** Represents a ConnectRequest. */
            class ConnectRequest implements IConnectRequest {

                /**
                 * Constructs a new ConnectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IConnectRequest);

                /** ConnectRequest id. */
                public id: string;

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectRequest instance
                 */
                public static create(properties?: containerd.task.v2.IConnectRequest): containerd.task.v2.ConnectRequest;

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link containerd.task.v2.ConnectRequest.verify|verify} messages.
                 * @param message ConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IConnectRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectRequest message, length delimited. Does not implicitly {@link containerd.task.v2.ConnectRequest.verify|verify} messages.
                 * @param message ConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IConnectRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectRequest;

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ConnectRequest;

                /**
                 * Creates a ConnectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectRequest;

                /**
                 * Creates a plain object from a ConnectRequest message. Also converts values to other types if specified.
                 * @param message ConnectRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ConnectRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ConnectResponse. */
            interface IConnectResponse {

                /** ConnectResponse shimPid */
                shimPid?: (number|null);

                /** ConnectResponse taskPid */
                taskPid?: (number|null);

                /** ConnectResponse version */
                version?: (string|null);
            }

            /** Represents a ConnectResponse. */
            class ConnectResponse implements IConnectResponse {

                /**
                 * Constructs a new ConnectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IConnectResponse);

                /** ConnectResponse shimPid. */
                public shimPid: number;

                /** ConnectResponse taskPid. */
                public taskPid: number;

                /** ConnectResponse version. */
                public version: string;

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectResponse instance
                 */
                public static create(properties?: containerd.task.v2.IConnectResponse): containerd.task.v2.ConnectResponse;

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link containerd.task.v2.ConnectResponse.verify|verify} messages.
                 * @param message ConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IConnectResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectResponse message, length delimited. Does not implicitly {@link containerd.task.v2.ConnectResponse.verify|verify} messages.
                 * @param message ConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IConnectResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectResponse;

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ConnectResponse;

                /**
                 * Creates a ConnectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectResponse
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectResponse;

                /**
                 * Creates a plain object from a ConnectResponse message. Also converts values to other types if specified.
                 * @param message ConnectResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ConnectResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ShutdownRequest. */
            interface IShutdownRequest {

                /** ShutdownRequest id */
                id?: (string|null);

                /** ShutdownRequest now */
                now?: (boolean|null);
            }

            /** Represents a ShutdownRequest. */
            class ShutdownRequest implements IShutdownRequest {

                /**
                 * Constructs a new ShutdownRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IShutdownRequest);

                /** ShutdownRequest id. */
                public id: string;

                /** ShutdownRequest now. */
                public now: boolean;

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownRequest instance
                 */
                public static create(properties?: containerd.task.v2.IShutdownRequest): containerd.task.v2.ShutdownRequest;

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link containerd.task.v2.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IShutdownRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ShutdownRequest message, length delimited. Does not implicitly {@link containerd.task.v2.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IShutdownRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ShutdownRequest;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ShutdownRequest;

                /**
                 * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ShutdownRequest;

                /**
                 * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
                 * @param message ShutdownRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ShutdownRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PauseRequest. */
            interface IPauseRequest {

                /** PauseRequest id */
                id?: (string|null);
            }

            /** Represents a PauseRequest. */
            class PauseRequest implements IPauseRequest {

                /**
                 * Constructs a new PauseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IPauseRequest);

                /** PauseRequest id. */
                public id: string;

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PauseRequest instance
                 */
                public static create(properties?: containerd.task.v2.IPauseRequest): containerd.task.v2.PauseRequest;

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link containerd.task.v2.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IPauseRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PauseRequest message, length delimited. Does not implicitly {@link containerd.task.v2.PauseRequest.verify|verify} messages.
                 * @param message PauseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IPauseRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PauseRequest;

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.PauseRequest;

                /**
                 * Creates a PauseRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PauseRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.PauseRequest;

                /**
                 * Creates a plain object from a PauseRequest message. Also converts values to other types if specified.
                 * @param message PauseRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.PauseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PauseRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PauseRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ResumeRequest. */
            interface IResumeRequest {

                /** ResumeRequest id */
                id?: (string|null);
            }

            /** Represents a ResumeRequest. */
            class ResumeRequest implements IResumeRequest {

                /**
                 * Constructs a new ResumeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.task.v2.IResumeRequest);

                /** ResumeRequest id. */
                public id: string;

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeRequest instance
                 */
                public static create(properties?: containerd.task.v2.IResumeRequest): containerd.task.v2.ResumeRequest;

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link containerd.task.v2.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.task.v2.IResumeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ResumeRequest message, length delimited. Does not implicitly {@link containerd.task.v2.ResumeRequest.verify|verify} messages.
                 * @param message ResumeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.task.v2.IResumeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResumeRequest;

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.task.v2.ResumeRequest;

                /**
                 * Creates a ResumeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResumeRequest
                 */
                public static fromObject(object: { [k: string]: any }): containerd.task.v2.ResumeRequest;

                /**
                 * Creates a plain object from a ResumeRequest message. Also converts values to other types if specified.
                 * @param message ResumeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.task.v2.ResumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResumeRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ResumeRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace types. */
    namespace types {

        /** Properties of a Mount. */
        interface IMount {

            /** Mount type */
            type?: (string|null);

            /** Mount source */
            source?: (string|null);

            /** Mount target */
            target?: (string|null);

            /** Mount options */
            options?: (string[]|null);
        }

        /** Represents a Mount. */
        class Mount implements IMount {

            /**
             * Constructs a new Mount.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.types.IMount);

            /** Mount type. */
            public type: string;

            /** Mount source. */
            public source: string;

            /** Mount target. */
            public target: string;

            /** Mount options. */
            public options: string[];

            /**
             * Creates a new Mount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mount instance
             */
            public static create(properties?: containerd.types.IMount): containerd.types.Mount;

            /**
             * Encodes the specified Mount message. Does not implicitly {@link containerd.types.Mount.verify|verify} messages.
             * @param message Mount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.types.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Mount message, length delimited. Does not implicitly {@link containerd.types.Mount.verify|verify} messages.
             * @param message Mount message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.types.IMount, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Mount;

            /**
             * Decodes a Mount message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.types.Mount;

            /**
             * Creates a Mount message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Mount
             */
            public static fromObject(object: { [k: string]: any }): containerd.types.Mount;

            /**
             * Creates a plain object from a Mount message. Also converts values to other types if specified.
             * @param message Mount
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.types.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mount to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Mount
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /** Namespace types. */
        namespace types {

            /** Status enum. */
            enum Status {
                UNKNOWN = 0,
                CREATED = 1,
                RUNNING = 2,
                STOPPED = 3,
                PAUSED = 4,
                PAUSING = 5
            }

            /** Properties of a Process. */
            interface IProcess {

                /** Process containerId */
                containerId?: (string|null);

                /** Process id */
                id?: (string|null);

                /** Process pid */
                pid?: (number|null);

                /** Process status */
                status?: (containerd.v1.types.Status|null);

                /** Process stdin */
                stdin?: (string|null);

                /** Process stdout */
                stdout?: (string|null);

                /** Process stderr */
                stderr?: (string|null);

                /** Process terminal */
                terminal?: (boolean|null);

                /** Process exitStatus */
                exitStatus?: (number|null);

                /** Process exitedAt */
                exitedAt?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a Process. */
            class Process implements IProcess {

                /**
                 * Constructs a new Process.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.v1.types.IProcess);

                /** Process containerId. */
                public containerId: string;

                /** Process id. */
                public id: string;

                /** Process pid. */
                public pid: number;

                /** Process status. */
                public status: containerd.v1.types.Status;

                /** Process stdin. */
                public stdin: string;

                /** Process stdout. */
                public stdout: string;

                /** Process stderr. */
                public stderr: string;

                /** Process terminal. */
                public terminal: boolean;

                /** Process exitStatus. */
                public exitStatus: number;

                /** Process exitedAt. */
                public exitedAt?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new Process instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Process instance
                 */
                public static create(properties?: containerd.v1.types.IProcess): containerd.v1.types.Process;

                /**
                 * Encodes the specified Process message. Does not implicitly {@link containerd.v1.types.Process.verify|verify} messages.
                 * @param message Process message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.v1.types.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Process message, length delimited. Does not implicitly {@link containerd.v1.types.Process.verify|verify} messages.
                 * @param message Process message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.v1.types.IProcess, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Process message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Process
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.Process;

                /**
                 * Decodes a Process message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Process
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.v1.types.Process;

                /**
                 * Creates a Process message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Process
                 */
                public static fromObject(object: { [k: string]: any }): containerd.v1.types.Process;

                /**
                 * Creates a plain object from a Process message. Also converts values to other types if specified.
                 * @param message Process
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.v1.types.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Process to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Process
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ProcessInfo. */
            interface IProcessInfo {

                /** ProcessInfo pid */
                pid?: (number|null);

                /** ProcessInfo info */
                info?: (google.protobuf.IAny|null);
            }

            /** Represents a ProcessInfo. */
            class ProcessInfo implements IProcessInfo {

                /**
                 * Constructs a new ProcessInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: containerd.v1.types.IProcessInfo);

                /** ProcessInfo pid. */
                public pid: number;

                /** ProcessInfo info. */
                public info?: (google.protobuf.IAny|null);

                /**
                 * Creates a new ProcessInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProcessInfo instance
                 */
                public static create(properties?: containerd.v1.types.IProcessInfo): containerd.v1.types.ProcessInfo;

                /**
                 * Encodes the specified ProcessInfo message. Does not implicitly {@link containerd.v1.types.ProcessInfo.verify|verify} messages.
                 * @param message ProcessInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: containerd.v1.types.IProcessInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ProcessInfo message, length delimited. Does not implicitly {@link containerd.v1.types.ProcessInfo.verify|verify} messages.
                 * @param message ProcessInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: containerd.v1.types.IProcessInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProcessInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ProcessInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.ProcessInfo;

                /**
                 * Decodes a ProcessInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ProcessInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.v1.types.ProcessInfo;

                /**
                 * Creates a ProcessInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProcessInfo
                 */
                public static fromObject(object: { [k: string]: any }): containerd.v1.types.ProcessInfo;

                /**
                 * Creates a plain object from a ProcessInfo message. Also converts values to other types if specified.
                 * @param message ProcessInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: containerd.v1.types.ProcessInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProcessInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ProcessInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace events. */
    namespace events {

        /** Properties of a TaskCreate. */
        interface ITaskCreate {

            /** TaskCreate containerId */
            containerId?: (string|null);

            /** TaskCreate bundle */
            bundle?: (string|null);

            /** TaskCreate rootfs */
            rootfs?: (containerd.types.IMount[]|null);

            /** TaskCreate io */
            io?: (containerd.events.ITaskIO|null);

            /** TaskCreate checkpoint */
            checkpoint?: (string|null);

            /** TaskCreate pid */
            pid?: (number|null);
        }

        /** Represents a TaskCreate. */
        class TaskCreate implements ITaskCreate {

            /**
             * Constructs a new TaskCreate.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskCreate);

            /** TaskCreate containerId. */
            public containerId: string;

            /** TaskCreate bundle. */
            public bundle: string;

            /** TaskCreate rootfs. */
            public rootfs: containerd.types.IMount[];

            /** TaskCreate io. */
            public io?: (containerd.events.ITaskIO|null);

            /** TaskCreate checkpoint. */
            public checkpoint: string;

            /** TaskCreate pid. */
            public pid: number;

            /**
             * Creates a new TaskCreate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskCreate instance
             */
            public static create(properties?: containerd.events.ITaskCreate): containerd.events.TaskCreate;

            /**
             * Encodes the specified TaskCreate message. Does not implicitly {@link containerd.events.TaskCreate.verify|verify} messages.
             * @param message TaskCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskCreate, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskCreate message, length delimited. Does not implicitly {@link containerd.events.TaskCreate.verify|verify} messages.
             * @param message TaskCreate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskCreate, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskCreate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCreate;

            /**
             * Decodes a TaskCreate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskCreate;

            /**
             * Creates a TaskCreate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskCreate
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskCreate;

            /**
             * Creates a plain object from a TaskCreate message. Also converts values to other types if specified.
             * @param message TaskCreate
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskCreate to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskCreate
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskStart. */
        interface ITaskStart {

            /** TaskStart containerId */
            containerId?: (string|null);

            /** TaskStart pid */
            pid?: (number|null);
        }

        /** Represents a TaskStart. */
        class TaskStart implements ITaskStart {

            /**
             * Constructs a new TaskStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskStart);

            /** TaskStart containerId. */
            public containerId: string;

            /** TaskStart pid. */
            public pid: number;

            /**
             * Creates a new TaskStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStart instance
             */
            public static create(properties?: containerd.events.ITaskStart): containerd.events.TaskStart;

            /**
             * Encodes the specified TaskStart message. Does not implicitly {@link containerd.events.TaskStart.verify|verify} messages.
             * @param message TaskStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskStart, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskStart message, length delimited. Does not implicitly {@link containerd.events.TaskStart.verify|verify} messages.
             * @param message TaskStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskStart, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskStart;

            /**
             * Decodes a TaskStart message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskStart;

            /**
             * Creates a TaskStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStart
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskStart;

            /**
             * Creates a plain object from a TaskStart message. Also converts values to other types if specified.
             * @param message TaskStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStart to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskStart
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskDelete. */
        interface ITaskDelete {

            /** TaskDelete containerId */
            containerId?: (string|null);

            /** TaskDelete pid */
            pid?: (number|null);

            /** TaskDelete exitStatus */
            exitStatus?: (number|null);

            /** TaskDelete exitedAt */
            exitedAt?: (google.protobuf.ITimestamp|null);

            /** TaskDelete id */
            id?: (string|null);
        }

        /** Represents a TaskDelete. */
        class TaskDelete implements ITaskDelete {

            /**
             * Constructs a new TaskDelete.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskDelete);

            /** TaskDelete containerId. */
            public containerId: string;

            /** TaskDelete pid. */
            public pid: number;

            /** TaskDelete exitStatus. */
            public exitStatus: number;

            /** TaskDelete exitedAt. */
            public exitedAt?: (google.protobuf.ITimestamp|null);

            /** TaskDelete id. */
            public id: string;

            /**
             * Creates a new TaskDelete instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskDelete instance
             */
            public static create(properties?: containerd.events.ITaskDelete): containerd.events.TaskDelete;

            /**
             * Encodes the specified TaskDelete message. Does not implicitly {@link containerd.events.TaskDelete.verify|verify} messages.
             * @param message TaskDelete message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskDelete, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskDelete message, length delimited. Does not implicitly {@link containerd.events.TaskDelete.verify|verify} messages.
             * @param message TaskDelete message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskDelete, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskDelete message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskDelete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskDelete;

            /**
             * Decodes a TaskDelete message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskDelete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskDelete;

            /**
             * Creates a TaskDelete message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskDelete
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskDelete;

            /**
             * Creates a plain object from a TaskDelete message. Also converts values to other types if specified.
             * @param message TaskDelete
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskDelete to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskDelete
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskIO. */
        interface ITaskIO {

            /** TaskIO stdin */
            stdin?: (string|null);

            /** TaskIO stdout */
            stdout?: (string|null);

            /** TaskIO stderr */
            stderr?: (string|null);

            /** TaskIO terminal */
            terminal?: (boolean|null);
        }

        /** Represents a TaskIO. */
        class TaskIO implements ITaskIO {

            /**
             * Constructs a new TaskIO.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskIO);

            /** TaskIO stdin. */
            public stdin: string;

            /** TaskIO stdout. */
            public stdout: string;

            /** TaskIO stderr. */
            public stderr: string;

            /** TaskIO terminal. */
            public terminal: boolean;

            /**
             * Creates a new TaskIO instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskIO instance
             */
            public static create(properties?: containerd.events.ITaskIO): containerd.events.TaskIO;

            /**
             * Encodes the specified TaskIO message. Does not implicitly {@link containerd.events.TaskIO.verify|verify} messages.
             * @param message TaskIO message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskIO, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskIO message, length delimited. Does not implicitly {@link containerd.events.TaskIO.verify|verify} messages.
             * @param message TaskIO message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskIO, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskIO message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskIO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskIO;

            /**
             * Decodes a TaskIO message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskIO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskIO;

            /**
             * Creates a TaskIO message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskIO
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskIO;

            /**
             * Creates a plain object from a TaskIO message. Also converts values to other types if specified.
             * @param message TaskIO
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskIO, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskIO to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskIO
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExit. */
        interface ITaskExit {

            /** TaskExit containerId */
            containerId?: (string|null);

            /** TaskExit id */
            id?: (string|null);

            /** TaskExit pid */
            pid?: (number|null);

            /** TaskExit exitStatus */
            exitStatus?: (number|null);

            /** TaskExit exitedAt */
            exitedAt?: (google.protobuf.ITimestamp|null);
        }

        /** Represents a TaskExit. */
        class TaskExit implements ITaskExit {

            /**
             * Constructs a new TaskExit.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExit);

            /** TaskExit containerId. */
            public containerId: string;

            /** TaskExit id. */
            public id: string;

            /** TaskExit pid. */
            public pid: number;

            /** TaskExit exitStatus. */
            public exitStatus: number;

            /** TaskExit exitedAt. */
            public exitedAt?: (google.protobuf.ITimestamp|null);

            /**
             * Creates a new TaskExit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExit instance
             */
            public static create(properties?: containerd.events.ITaskExit): containerd.events.TaskExit;

            /**
             * Encodes the specified TaskExit message. Does not implicitly {@link containerd.events.TaskExit.verify|verify} messages.
             * @param message TaskExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskExit message, length delimited. Does not implicitly {@link containerd.events.TaskExit.verify|verify} messages.
             * @param message TaskExit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskExit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExit;

            /**
             * Decodes a TaskExit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskExit;

            /**
             * Creates a TaskExit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskExit
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskExit;

            /**
             * Creates a plain object from a TaskExit message. Also converts values to other types if specified.
             * @param message TaskExit
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskExit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskExit to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskExit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskOOM. */
        interface ITaskOOM {

            /** TaskOOM containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskOOM. */
        class TaskOOM implements ITaskOOM {

            /**
             * Constructs a new TaskOOM.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskOOM);

            /** TaskOOM containerId. */
            public containerId: string;

            /**
             * Creates a new TaskOOM instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskOOM instance
             */
            public static create(properties?: containerd.events.ITaskOOM): containerd.events.TaskOOM;

            /**
             * Encodes the specified TaskOOM message. Does not implicitly {@link containerd.events.TaskOOM.verify|verify} messages.
             * @param message TaskOOM message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskOOM, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskOOM message, length delimited. Does not implicitly {@link containerd.events.TaskOOM.verify|verify} messages.
             * @param message TaskOOM message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskOOM, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskOOM message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskOOM
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskOOM;

            /**
             * Decodes a TaskOOM message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskOOM
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskOOM;

            /**
             * Creates a TaskOOM message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskOOM
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskOOM;

            /**
             * Creates a plain object from a TaskOOM message. Also converts values to other types if specified.
             * @param message TaskOOM
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskOOM, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskOOM to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskOOM
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExecAdded. */
        interface ITaskExecAdded {

            /** TaskExecAdded containerId */
            containerId?: (string|null);

            /** TaskExecAdded execId */
            execId?: (string|null);
        }

        /** Represents a TaskExecAdded. */
        class TaskExecAdded implements ITaskExecAdded {

            /**
             * Constructs a new TaskExecAdded.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExecAdded);

            /** TaskExecAdded containerId. */
            public containerId: string;

            /** TaskExecAdded execId. */
            public execId: string;

            /**
             * Creates a new TaskExecAdded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExecAdded instance
             */
            public static create(properties?: containerd.events.ITaskExecAdded): containerd.events.TaskExecAdded;

            /**
             * Encodes the specified TaskExecAdded message. Does not implicitly {@link containerd.events.TaskExecAdded.verify|verify} messages.
             * @param message TaskExecAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExecAdded, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskExecAdded message, length delimited. Does not implicitly {@link containerd.events.TaskExecAdded.verify|verify} messages.
             * @param message TaskExecAdded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskExecAdded, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExecAdded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExecAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecAdded;

            /**
             * Decodes a TaskExecAdded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskExecAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskExecAdded;

            /**
             * Creates a TaskExecAdded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskExecAdded
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskExecAdded;

            /**
             * Creates a plain object from a TaskExecAdded message. Also converts values to other types if specified.
             * @param message TaskExecAdded
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskExecAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskExecAdded to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskExecAdded
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskExecStarted. */
        interface ITaskExecStarted {

            /** TaskExecStarted containerId */
            containerId?: (string|null);

            /** TaskExecStarted execId */
            execId?: (string|null);

            /** TaskExecStarted pid */
            pid?: (number|null);
        }

        /** Represents a TaskExecStarted. */
        class TaskExecStarted implements ITaskExecStarted {

            /**
             * Constructs a new TaskExecStarted.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskExecStarted);

            /** TaskExecStarted containerId. */
            public containerId: string;

            /** TaskExecStarted execId. */
            public execId: string;

            /** TaskExecStarted pid. */
            public pid: number;

            /**
             * Creates a new TaskExecStarted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskExecStarted instance
             */
            public static create(properties?: containerd.events.ITaskExecStarted): containerd.events.TaskExecStarted;

            /**
             * Encodes the specified TaskExecStarted message. Does not implicitly {@link containerd.events.TaskExecStarted.verify|verify} messages.
             * @param message TaskExecStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskExecStarted, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskExecStarted message, length delimited. Does not implicitly {@link containerd.events.TaskExecStarted.verify|verify} messages.
             * @param message TaskExecStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskExecStarted, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskExecStarted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskExecStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecStarted;

            /**
             * Decodes a TaskExecStarted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskExecStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskExecStarted;

            /**
             * Creates a TaskExecStarted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskExecStarted
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskExecStarted;

            /**
             * Creates a plain object from a TaskExecStarted message. Also converts values to other types if specified.
             * @param message TaskExecStarted
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskExecStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskExecStarted to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskExecStarted
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskPaused. */
        interface ITaskPaused {

            /** TaskPaused containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskPaused. */
        class TaskPaused implements ITaskPaused {

            /**
             * Constructs a new TaskPaused.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskPaused);

            /** TaskPaused containerId. */
            public containerId: string;

            /**
             * Creates a new TaskPaused instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskPaused instance
             */
            public static create(properties?: containerd.events.ITaskPaused): containerd.events.TaskPaused;

            /**
             * Encodes the specified TaskPaused message. Does not implicitly {@link containerd.events.TaskPaused.verify|verify} messages.
             * @param message TaskPaused message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskPaused, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskPaused message, length delimited. Does not implicitly {@link containerd.events.TaskPaused.verify|verify} messages.
             * @param message TaskPaused message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskPaused, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskPaused message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskPaused
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskPaused;

            /**
             * Decodes a TaskPaused message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskPaused
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskPaused;

            /**
             * Creates a TaskPaused message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskPaused
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskPaused;

            /**
             * Creates a plain object from a TaskPaused message. Also converts values to other types if specified.
             * @param message TaskPaused
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskPaused, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskPaused to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskPaused
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskResumed. */
        interface ITaskResumed {

            /** TaskResumed containerId */
            containerId?: (string|null);
        }

        /** Represents a TaskResumed. */
        class TaskResumed implements ITaskResumed {

            /**
             * Constructs a new TaskResumed.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskResumed);

            /** TaskResumed containerId. */
            public containerId: string;

            /**
             * Creates a new TaskResumed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskResumed instance
             */
            public static create(properties?: containerd.events.ITaskResumed): containerd.events.TaskResumed;

            /**
             * Encodes the specified TaskResumed message. Does not implicitly {@link containerd.events.TaskResumed.verify|verify} messages.
             * @param message TaskResumed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskResumed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskResumed message, length delimited. Does not implicitly {@link containerd.events.TaskResumed.verify|verify} messages.
             * @param message TaskResumed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskResumed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResumed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskResumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskResumed;

            /**
             * Decodes a TaskResumed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskResumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskResumed;

            /**
             * Creates a TaskResumed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskResumed
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskResumed;

            /**
             * Creates a plain object from a TaskResumed message. Also converts values to other types if specified.
             * @param message TaskResumed
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskResumed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskResumed to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskResumed
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TaskCheckpointed. */
        interface ITaskCheckpointed {

            /** TaskCheckpointed containerId */
            containerId?: (string|null);

            /** TaskCheckpointed checkpoint */
            checkpoint?: (string|null);
        }

        /** Represents a TaskCheckpointed. */
        class TaskCheckpointed implements ITaskCheckpointed {

            /**
             * Constructs a new TaskCheckpointed.
             * @param [properties] Properties to set
             */
            constructor(properties?: containerd.events.ITaskCheckpointed);

            /** TaskCheckpointed containerId. */
            public containerId: string;

            /** TaskCheckpointed checkpoint. */
            public checkpoint: string;

            /**
             * Creates a new TaskCheckpointed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskCheckpointed instance
             */
            public static create(properties?: containerd.events.ITaskCheckpointed): containerd.events.TaskCheckpointed;

            /**
             * Encodes the specified TaskCheckpointed message. Does not implicitly {@link containerd.events.TaskCheckpointed.verify|verify} messages.
             * @param message TaskCheckpointed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: containerd.events.ITaskCheckpointed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskCheckpointed message, length delimited. Does not implicitly {@link containerd.events.TaskCheckpointed.verify|verify} messages.
             * @param message TaskCheckpointed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: containerd.events.ITaskCheckpointed, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskCheckpointed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TaskCheckpointed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCheckpointed;

            /**
             * Decodes a TaskCheckpointed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TaskCheckpointed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.events.TaskCheckpointed;

            /**
             * Creates a TaskCheckpointed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskCheckpointed
             */
            public static fromObject(object: { [k: string]: any }): containerd.events.TaskCheckpointed;

            /**
             * Creates a plain object from a TaskCheckpointed message. Also converts values to other types if specified.
             * @param message TaskCheckpointed
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: containerd.events.TaskCheckpointed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskCheckpointed to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TaskCheckpointed
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace services. */
    namespace services {

        /** Namespace events. */
        namespace events {

            /** Namespace ttrpc. */
            namespace ttrpc {

                /** Namespace v1. */
                namespace v1 {

                    /** Represents an Events */
                    class Events extends $protobuf.rpc.Service {

                        /**
                         * Constructs a new Events service.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         */
                        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                        /**
                         * Creates new Events service using the specified rpc implementation.
                         * @param rpcImpl RPC implementation
                         * @param [requestDelimited=false] Whether requests are length-delimited
                         * @param [responseDelimited=false] Whether responses are length-delimited
                         * @returns RPC service. Useful where requests and/or responses are streamed.
                         */
                        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Events;

                        /**
                         * Calls Forward.
                         * @param request ForwardRequest message or plain object
                         * @param callback Node-style callback called with the error, if any, and Empty
                         */
                        public forward(request: containerd.services.events.ttrpc.v1.IForwardRequest, callback: containerd.services.events.ttrpc.v1.Events.ForwardCallback): void;

                        /**
                         * Calls Forward.
                         * @param request ForwardRequest message or plain object
                         * @returns Promise
                         */
                        public forward(request: containerd.services.events.ttrpc.v1.IForwardRequest): Promise<google.protobuf.Empty>;
                    }

                    namespace Events {

                        /**
                         * Callback as used by {@link containerd.services.events.ttrpc.v1.Events#forward}.
                         * @param error Error, if any
                         * @param [response] Empty
                         */
                        type ForwardCallback = (error: (Error|null), response?: google.protobuf.Empty) => void;
                    }

                    /** Properties of a ForwardRequest. */
                    interface IForwardRequest {

                        /** ForwardRequest envelope */
                        envelope?: (containerd.services.events.ttrpc.v1.IEnvelope|null);
                    }

                    /** Represents a ForwardRequest. */
                    class ForwardRequest implements IForwardRequest {

                        /**
                         * Constructs a new ForwardRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: containerd.services.events.ttrpc.v1.IForwardRequest);

                        /** ForwardRequest envelope. */
                        public envelope?: (containerd.services.events.ttrpc.v1.IEnvelope|null);

                        /**
                         * Creates a new ForwardRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ForwardRequest instance
                         */
                        public static create(properties?: containerd.services.events.ttrpc.v1.IForwardRequest): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Encodes the specified ForwardRequest message. Does not implicitly {@link containerd.services.events.ttrpc.v1.ForwardRequest.verify|verify} messages.
                         * @param message ForwardRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: containerd.services.events.ttrpc.v1.IForwardRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified ForwardRequest message, length delimited. Does not implicitly {@link containerd.services.events.ttrpc.v1.ForwardRequest.verify|verify} messages.
                         * @param message ForwardRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: containerd.services.events.ttrpc.v1.IForwardRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ForwardRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns ForwardRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Decodes a ForwardRequest message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns ForwardRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Creates a ForwardRequest message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ForwardRequest
                         */
                        public static fromObject(object: { [k: string]: any }): containerd.services.events.ttrpc.v1.ForwardRequest;

                        /**
                         * Creates a plain object from a ForwardRequest message. Also converts values to other types if specified.
                         * @param message ForwardRequest
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: containerd.services.events.ttrpc.v1.ForwardRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ForwardRequest to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for ForwardRequest
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }

                    /** Properties of an Envelope. */
                    interface IEnvelope {

                        /** Envelope timestamp */
                        timestamp?: (google.protobuf.ITimestamp|null);

                        /** Envelope namespace */
                        namespace?: (string|null);

                        /** Envelope topic */
                        topic?: (string|null);

                        /** Envelope event */
                        event?: (google.protobuf.IAny|null);
                    }

                    /** Represents an Envelope. */
                    class Envelope implements IEnvelope {

                        /**
                         * Constructs a new Envelope.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: containerd.services.events.ttrpc.v1.IEnvelope);

                        /** Envelope timestamp. */
                        public timestamp?: (google.protobuf.ITimestamp|null);

                        /** Envelope namespace. */
                        public namespace: string;

                        /** Envelope topic. */
                        public topic: string;

                        /** Envelope event. */
                        public event?: (google.protobuf.IAny|null);

                        /**
                         * Creates a new Envelope instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Envelope instance
                         */
                        public static create(properties?: containerd.services.events.ttrpc.v1.IEnvelope): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Encodes the specified Envelope message. Does not implicitly {@link containerd.services.events.ttrpc.v1.Envelope.verify|verify} messages.
                         * @param message Envelope message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encode(message: containerd.services.events.ttrpc.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified Envelope message, length delimited. Does not implicitly {@link containerd.services.events.ttrpc.v1.Envelope.verify|verify} messages.
                         * @param message Envelope message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        public static encodeDelimited(message: containerd.services.events.ttrpc.v1.IEnvelope, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an Envelope message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns Envelope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Decodes an Envelope message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns Envelope
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Envelope
                         */
                        public static fromObject(object: { [k: string]: any }): containerd.services.events.ttrpc.v1.Envelope;

                        /**
                         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                         * @param message Envelope
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        public static toObject(message: containerd.services.events.ttrpc.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Envelope to JSON.
                         * @returns JSON object
                         */
                        public toJSON(): { [k: string]: any };

                        /**
                         * Gets the default type url for Envelope
                         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                         * @returns The default type url
                         */
                        public static getTypeUrl(typeUrlPrefix?: string): string;
                    }
                }
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of an Empty. */
        interface IEmpty {
        }

        /** Represents an Empty. */
        class Empty implements IEmpty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEmpty);

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            public static create(properties?: google.protobuf.IEmpty): google.protobuf.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEmpty, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Empty message, length delimited. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IEmpty, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty;

            /**
             * Decodes an Empty message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Empty;

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Empty
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Empty;

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @param message Empty
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Empty to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Empty
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Any. */
        interface IAny {

            /** Any type_url */
            type_url?: (string|null);

            /** Any value */
            value?: (Uint8Array|null);
        }

        /** Represents an Any. */
        class Any implements IAny {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IAny);

            /** Any type_url. */
            public type_url: string;

            /** Any value. */
            public value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any;

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Any
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Timestamp. */
        interface ITimestamp {

            /** Timestamp seconds */
            seconds?: (number|null);

            /** Timestamp nanos */
            nanos?: (number|null);
        }

        /** Represents a Timestamp. */
        class Timestamp implements ITimestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ITimestamp);

            /** Timestamp seconds. */
            public seconds: number;

            /** Timestamp nanos. */
            public nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp;

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Timestamp
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileDescriptorSet. */
        interface IFileDescriptorSet {

            /** FileDescriptorSet file */
            file?: (google.protobuf.IFileDescriptorProto[]|null);
        }

        /** Represents a FileDescriptorSet. */
        class FileDescriptorSet implements IFileDescriptorSet {

            /**
             * Constructs a new FileDescriptorSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFileDescriptorSet);

            /** FileDescriptorSet file. */
            public file: google.protobuf.IFileDescriptorProto[];

            /**
             * Creates a new FileDescriptorSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileDescriptorSet instance
             */
            public static create(properties?: google.protobuf.IFileDescriptorSet): google.protobuf.FileDescriptorSet;

            /**
             * Encodes the specified FileDescriptorSet message. Does not implicitly {@link google.protobuf.FileDescriptorSet.verify|verify} messages.
             * @param message FileDescriptorSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFileDescriptorSet, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileDescriptorSet message, length delimited. Does not implicitly {@link google.protobuf.FileDescriptorSet.verify|verify} messages.
             * @param message FileDescriptorSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IFileDescriptorSet, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileDescriptorSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileDescriptorSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FileDescriptorSet;

            /**
             * Decodes a FileDescriptorSet message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileDescriptorSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FileDescriptorSet;

            /**
             * Creates a FileDescriptorSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileDescriptorSet
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.FileDescriptorSet;

            /**
             * Creates a plain object from a FileDescriptorSet message. Also converts values to other types if specified.
             * @param message FileDescriptorSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.FileDescriptorSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileDescriptorSet to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileDescriptorSet
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileDescriptorProto. */
        interface IFileDescriptorProto {

            /** FileDescriptorProto name */
            name?: (string|null);

            /** FileDescriptorProto package */
            "package"?: (string|null);

            /** FileDescriptorProto dependency */
            dependency?: (string[]|null);

            /** FileDescriptorProto publicDependency */
            publicDependency?: (number[]|null);

            /** FileDescriptorProto weakDependency */
            weakDependency?: (number[]|null);

            /** FileDescriptorProto messageType */
            messageType?: (google.protobuf.IDescriptorProto[]|null);

            /** FileDescriptorProto enumType */
            enumType?: (google.protobuf.IEnumDescriptorProto[]|null);

            /** FileDescriptorProto service */
            service?: (google.protobuf.IServiceDescriptorProto[]|null);

            /** FileDescriptorProto extension */
            extension?: (google.protobuf.IFieldDescriptorProto[]|null);

            /** FileDescriptorProto options */
            options?: (google.protobuf.IFileOptions|null);

            /** FileDescriptorProto sourceCodeInfo */
            sourceCodeInfo?: (google.protobuf.ISourceCodeInfo|null);

            /** FileDescriptorProto syntax */
            syntax?: (string|null);
        }

        /** Represents a FileDescriptorProto. */
        class FileDescriptorProto implements IFileDescriptorProto {

            /**
             * Constructs a new FileDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFileDescriptorProto);

            /** FileDescriptorProto name. */
            public name: string;

            /** FileDescriptorProto package. */
            public package: string;

            /** FileDescriptorProto dependency. */
            public dependency: string[];

            /** FileDescriptorProto publicDependency. */
            public publicDependency: number[];

            /** FileDescriptorProto weakDependency. */
            public weakDependency: number[];

            /** FileDescriptorProto messageType. */
            public messageType: google.protobuf.IDescriptorProto[];

            /** FileDescriptorProto enumType. */
            public enumType: google.protobuf.IEnumDescriptorProto[];

            /** FileDescriptorProto service. */
            public service: google.protobuf.IServiceDescriptorProto[];

            /** FileDescriptorProto extension. */
            public extension: google.protobuf.IFieldDescriptorProto[];

            /** FileDescriptorProto options. */
            public options?: (google.protobuf.IFileOptions|null);

            /** FileDescriptorProto sourceCodeInfo. */
            public sourceCodeInfo?: (google.protobuf.ISourceCodeInfo|null);

            /** FileDescriptorProto syntax. */
            public syntax: string;

            /**
             * Creates a new FileDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IFileDescriptorProto): google.protobuf.FileDescriptorProto;

            /**
             * Encodes the specified FileDescriptorProto message. Does not implicitly {@link google.protobuf.FileDescriptorProto.verify|verify} messages.
             * @param message FileDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFileDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.FileDescriptorProto.verify|verify} messages.
             * @param message FileDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IFileDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FileDescriptorProto;

            /**
             * Decodes a FileDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FileDescriptorProto;

            /**
             * Creates a FileDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.FileDescriptorProto;

            /**
             * Creates a plain object from a FileDescriptorProto message. Also converts values to other types if specified.
             * @param message FileDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.FileDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DescriptorProto. */
        interface IDescriptorProto {

            /** DescriptorProto name */
            name?: (string|null);

            /** DescriptorProto field */
            field?: (google.protobuf.IFieldDescriptorProto[]|null);

            /** DescriptorProto extension */
            extension?: (google.protobuf.IFieldDescriptorProto[]|null);

            /** DescriptorProto nestedType */
            nestedType?: (google.protobuf.IDescriptorProto[]|null);

            /** DescriptorProto enumType */
            enumType?: (google.protobuf.IEnumDescriptorProto[]|null);

            /** DescriptorProto extensionRange */
            extensionRange?: (google.protobuf.DescriptorProto.IExtensionRange[]|null);

            /** DescriptorProto oneofDecl */
            oneofDecl?: (google.protobuf.IOneofDescriptorProto[]|null);

            /** DescriptorProto options */
            options?: (google.protobuf.IMessageOptions|null);

            /** DescriptorProto reservedRange */
            reservedRange?: (google.protobuf.DescriptorProto.IReservedRange[]|null);

            /** DescriptorProto reservedName */
            reservedName?: (string[]|null);
        }

        /** Represents a DescriptorProto. */
        class DescriptorProto implements IDescriptorProto {

            /**
             * Constructs a new DescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IDescriptorProto);

            /** DescriptorProto name. */
            public name: string;

            /** DescriptorProto field. */
            public field: google.protobuf.IFieldDescriptorProto[];

            /** DescriptorProto extension. */
            public extension: google.protobuf.IFieldDescriptorProto[];

            /** DescriptorProto nestedType. */
            public nestedType: google.protobuf.IDescriptorProto[];

            /** DescriptorProto enumType. */
            public enumType: google.protobuf.IEnumDescriptorProto[];

            /** DescriptorProto extensionRange. */
            public extensionRange: google.protobuf.DescriptorProto.IExtensionRange[];

            /** DescriptorProto oneofDecl. */
            public oneofDecl: google.protobuf.IOneofDescriptorProto[];

            /** DescriptorProto options. */
            public options?: (google.protobuf.IMessageOptions|null);

            /** DescriptorProto reservedRange. */
            public reservedRange: google.protobuf.DescriptorProto.IReservedRange[];

            /** DescriptorProto reservedName. */
            public reservedName: string[];

            /**
             * Creates a new DescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescriptorProto instance
             */
            public static create(properties?: google.protobuf.IDescriptorProto): google.protobuf.DescriptorProto;

            /**
             * Encodes the specified DescriptorProto message. Does not implicitly {@link google.protobuf.DescriptorProto.verify|verify} messages.
             * @param message DescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.DescriptorProto.verify|verify} messages.
             * @param message DescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DescriptorProto;

            /**
             * Decodes a DescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns DescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DescriptorProto;

            /**
             * Creates a DescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.DescriptorProto;

            /**
             * Creates a plain object from a DescriptorProto message. Also converts values to other types if specified.
             * @param message DescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.DescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for DescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace DescriptorProto {

            /** Properties of an ExtensionRange. */
            interface IExtensionRange {

                /** ExtensionRange start */
                start?: (number|null);

                /** ExtensionRange end */
                end?: (number|null);

                /** ExtensionRange options */
                options?: (google.protobuf.IExtensionRangeOptions|null);
            }

            /** Represents an ExtensionRange. */
            class ExtensionRange implements IExtensionRange {

                /**
                 * Constructs a new ExtensionRange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.DescriptorProto.IExtensionRange);

                /** ExtensionRange start. */
                public start: number;

                /** ExtensionRange end. */
                public end: number;

                /** ExtensionRange options. */
                public options?: (google.protobuf.IExtensionRangeOptions|null);

                /**
                 * Creates a new ExtensionRange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExtensionRange instance
                 */
                public static create(properties?: google.protobuf.DescriptorProto.IExtensionRange): google.protobuf.DescriptorProto.ExtensionRange;

                /**
                 * Encodes the specified ExtensionRange message. Does not implicitly {@link google.protobuf.DescriptorProto.ExtensionRange.verify|verify} messages.
                 * @param message ExtensionRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.DescriptorProto.IExtensionRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExtensionRange message, length delimited. Does not implicitly {@link google.protobuf.DescriptorProto.ExtensionRange.verify|verify} messages.
                 * @param message ExtensionRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.DescriptorProto.IExtensionRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExtensionRange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExtensionRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DescriptorProto.ExtensionRange;

                /**
                 * Decodes an ExtensionRange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ExtensionRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DescriptorProto.ExtensionRange;

                /**
                 * Creates an ExtensionRange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExtensionRange
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.DescriptorProto.ExtensionRange;

                /**
                 * Creates a plain object from an ExtensionRange message. Also converts values to other types if specified.
                 * @param message ExtensionRange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.DescriptorProto.ExtensionRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExtensionRange to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ExtensionRange
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ReservedRange. */
            interface IReservedRange {

                /** ReservedRange start */
                start?: (number|null);

                /** ReservedRange end */
                end?: (number|null);
            }

            /** Represents a ReservedRange. */
            class ReservedRange implements IReservedRange {

                /**
                 * Constructs a new ReservedRange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.DescriptorProto.IReservedRange);

                /** ReservedRange start. */
                public start: number;

                /** ReservedRange end. */
                public end: number;

                /**
                 * Creates a new ReservedRange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReservedRange instance
                 */
                public static create(properties?: google.protobuf.DescriptorProto.IReservedRange): google.protobuf.DescriptorProto.ReservedRange;

                /**
                 * Encodes the specified ReservedRange message. Does not implicitly {@link google.protobuf.DescriptorProto.ReservedRange.verify|verify} messages.
                 * @param message ReservedRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.DescriptorProto.IReservedRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReservedRange message, length delimited. Does not implicitly {@link google.protobuf.DescriptorProto.ReservedRange.verify|verify} messages.
                 * @param message ReservedRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.DescriptorProto.IReservedRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReservedRange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DescriptorProto.ReservedRange;

                /**
                 * Decodes a ReservedRange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns ReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DescriptorProto.ReservedRange;

                /**
                 * Creates a ReservedRange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReservedRange
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.DescriptorProto.ReservedRange;

                /**
                 * Creates a plain object from a ReservedRange message. Also converts values to other types if specified.
                 * @param message ReservedRange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.DescriptorProto.ReservedRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReservedRange to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ReservedRange
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of an ExtensionRangeOptions. */
        interface IExtensionRangeOptions {

            /** ExtensionRangeOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);
        }

        /** Represents an ExtensionRangeOptions. */
        class ExtensionRangeOptions implements IExtensionRangeOptions {

            /**
             * Constructs a new ExtensionRangeOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IExtensionRangeOptions);

            /** ExtensionRangeOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new ExtensionRangeOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtensionRangeOptions instance
             */
            public static create(properties?: google.protobuf.IExtensionRangeOptions): google.protobuf.ExtensionRangeOptions;

            /**
             * Encodes the specified ExtensionRangeOptions message. Does not implicitly {@link google.protobuf.ExtensionRangeOptions.verify|verify} messages.
             * @param message ExtensionRangeOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IExtensionRangeOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExtensionRangeOptions message, length delimited. Does not implicitly {@link google.protobuf.ExtensionRangeOptions.verify|verify} messages.
             * @param message ExtensionRangeOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IExtensionRangeOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtensionRangeOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ExtensionRangeOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ExtensionRangeOptions;

            /**
             * Decodes an ExtensionRangeOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ExtensionRangeOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ExtensionRangeOptions;

            /**
             * Creates an ExtensionRangeOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtensionRangeOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.ExtensionRangeOptions;

            /**
             * Creates a plain object from an ExtensionRangeOptions message. Also converts values to other types if specified.
             * @param message ExtensionRangeOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.ExtensionRangeOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtensionRangeOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ExtensionRangeOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FieldDescriptorProto. */
        interface IFieldDescriptorProto {

            /** FieldDescriptorProto name */
            name?: (string|null);

            /** FieldDescriptorProto number */
            number?: (number|null);

            /** FieldDescriptorProto label */
            label?: (google.protobuf.FieldDescriptorProto.Label|null);

            /** FieldDescriptorProto type */
            type?: (google.protobuf.FieldDescriptorProto.Type|null);

            /** FieldDescriptorProto typeName */
            typeName?: (string|null);

            /** FieldDescriptorProto extendee */
            extendee?: (string|null);

            /** FieldDescriptorProto defaultValue */
            defaultValue?: (string|null);

            /** FieldDescriptorProto oneofIndex */
            oneofIndex?: (number|null);

            /** FieldDescriptorProto jsonName */
            jsonName?: (string|null);

            /** FieldDescriptorProto options */
            options?: (google.protobuf.IFieldOptions|null);
        }

        /** Represents a FieldDescriptorProto. */
        class FieldDescriptorProto implements IFieldDescriptorProto {

            /**
             * Constructs a new FieldDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFieldDescriptorProto);

            /** FieldDescriptorProto name. */
            public name: string;

            /** FieldDescriptorProto number. */
            public number: number;

            /** FieldDescriptorProto label. */
            public label: google.protobuf.FieldDescriptorProto.Label;

            /** FieldDescriptorProto type. */
            public type: google.protobuf.FieldDescriptorProto.Type;

            /** FieldDescriptorProto typeName. */
            public typeName: string;

            /** FieldDescriptorProto extendee. */
            public extendee: string;

            /** FieldDescriptorProto defaultValue. */
            public defaultValue: string;

            /** FieldDescriptorProto oneofIndex. */
            public oneofIndex: number;

            /** FieldDescriptorProto jsonName. */
            public jsonName: string;

            /** FieldDescriptorProto options. */
            public options?: (google.protobuf.IFieldOptions|null);

            /**
             * Creates a new FieldDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IFieldDescriptorProto): google.protobuf.FieldDescriptorProto;

            /**
             * Encodes the specified FieldDescriptorProto message. Does not implicitly {@link google.protobuf.FieldDescriptorProto.verify|verify} messages.
             * @param message FieldDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFieldDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FieldDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.FieldDescriptorProto.verify|verify} messages.
             * @param message FieldDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IFieldDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FieldDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FieldDescriptorProto;

            /**
             * Decodes a FieldDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FieldDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FieldDescriptorProto;

            /**
             * Creates a FieldDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FieldDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.FieldDescriptorProto;

            /**
             * Creates a plain object from a FieldDescriptorProto message. Also converts values to other types if specified.
             * @param message FieldDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.FieldDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FieldDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FieldDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace FieldDescriptorProto {

            /** Type enum. */
            enum Type {
                TYPE_DOUBLE = 1,
                TYPE_FLOAT = 2,
                TYPE_INT64 = 3,
                TYPE_UINT64 = 4,
                TYPE_INT32 = 5,
                TYPE_FIXED64 = 6,
                TYPE_FIXED32 = 7,
                TYPE_BOOL = 8,
                TYPE_STRING = 9,
                TYPE_GROUP = 10,
                TYPE_MESSAGE = 11,
                TYPE_BYTES = 12,
                TYPE_UINT32 = 13,
                TYPE_ENUM = 14,
                TYPE_SFIXED32 = 15,
                TYPE_SFIXED64 = 16,
                TYPE_SINT32 = 17,
                TYPE_SINT64 = 18
            }

            /** Label enum. */
            enum Label {
                LABEL_OPTIONAL = 1,
                LABEL_REQUIRED = 2,
                LABEL_REPEATED = 3
            }
        }

        /** Properties of an OneofDescriptorProto. */
        interface IOneofDescriptorProto {

            /** OneofDescriptorProto name */
            name?: (string|null);

            /** OneofDescriptorProto options */
            options?: (google.protobuf.IOneofOptions|null);
        }

        /** Represents an OneofDescriptorProto. */
        class OneofDescriptorProto implements IOneofDescriptorProto {

            /**
             * Constructs a new OneofDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IOneofDescriptorProto);

            /** OneofDescriptorProto name. */
            public name: string;

            /** OneofDescriptorProto options. */
            public options?: (google.protobuf.IOneofOptions|null);

            /**
             * Creates a new OneofDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OneofDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IOneofDescriptorProto): google.protobuf.OneofDescriptorProto;

            /**
             * Encodes the specified OneofDescriptorProto message. Does not implicitly {@link google.protobuf.OneofDescriptorProto.verify|verify} messages.
             * @param message OneofDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IOneofDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OneofDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.OneofDescriptorProto.verify|verify} messages.
             * @param message OneofDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IOneofDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OneofDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns OneofDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.OneofDescriptorProto;

            /**
             * Decodes an OneofDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns OneofDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.OneofDescriptorProto;

            /**
             * Creates an OneofDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OneofDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.OneofDescriptorProto;

            /**
             * Creates a plain object from an OneofDescriptorProto message. Also converts values to other types if specified.
             * @param message OneofDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.OneofDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OneofDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for OneofDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EnumDescriptorProto. */
        interface IEnumDescriptorProto {

            /** EnumDescriptorProto name */
            name?: (string|null);

            /** EnumDescriptorProto value */
            value?: (google.protobuf.IEnumValueDescriptorProto[]|null);

            /** EnumDescriptorProto options */
            options?: (google.protobuf.IEnumOptions|null);

            /** EnumDescriptorProto reservedRange */
            reservedRange?: (google.protobuf.EnumDescriptorProto.IEnumReservedRange[]|null);

            /** EnumDescriptorProto reservedName */
            reservedName?: (string[]|null);
        }

        /** Represents an EnumDescriptorProto. */
        class EnumDescriptorProto implements IEnumDescriptorProto {

            /**
             * Constructs a new EnumDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEnumDescriptorProto);

            /** EnumDescriptorProto name. */
            public name: string;

            /** EnumDescriptorProto value. */
            public value: google.protobuf.IEnumValueDescriptorProto[];

            /** EnumDescriptorProto options. */
            public options?: (google.protobuf.IEnumOptions|null);

            /** EnumDescriptorProto reservedRange. */
            public reservedRange: google.protobuf.EnumDescriptorProto.IEnumReservedRange[];

            /** EnumDescriptorProto reservedName. */
            public reservedName: string[];

            /**
             * Creates a new EnumDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnumDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IEnumDescriptorProto): google.protobuf.EnumDescriptorProto;

            /**
             * Encodes the specified EnumDescriptorProto message. Does not implicitly {@link google.protobuf.EnumDescriptorProto.verify|verify} messages.
             * @param message EnumDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEnumDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnumDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.EnumDescriptorProto.verify|verify} messages.
             * @param message EnumDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IEnumDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnumDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EnumDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.EnumDescriptorProto;

            /**
             * Decodes an EnumDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EnumDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.EnumDescriptorProto;

            /**
             * Creates an EnumDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnumDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.EnumDescriptorProto;

            /**
             * Creates a plain object from an EnumDescriptorProto message. Also converts values to other types if specified.
             * @param message EnumDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.EnumDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnumDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EnumDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace EnumDescriptorProto {

            /** Properties of an EnumReservedRange. */
            interface IEnumReservedRange {

                /** EnumReservedRange start */
                start?: (number|null);

                /** EnumReservedRange end */
                end?: (number|null);
            }

            /** Represents an EnumReservedRange. */
            class EnumReservedRange implements IEnumReservedRange {

                /**
                 * Constructs a new EnumReservedRange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.EnumDescriptorProto.IEnumReservedRange);

                /** EnumReservedRange start. */
                public start: number;

                /** EnumReservedRange end. */
                public end: number;

                /**
                 * Creates a new EnumReservedRange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EnumReservedRange instance
                 */
                public static create(properties?: google.protobuf.EnumDescriptorProto.IEnumReservedRange): google.protobuf.EnumDescriptorProto.EnumReservedRange;

                /**
                 * Encodes the specified EnumReservedRange message. Does not implicitly {@link google.protobuf.EnumDescriptorProto.EnumReservedRange.verify|verify} messages.
                 * @param message EnumReservedRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.EnumDescriptorProto.IEnumReservedRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EnumReservedRange message, length delimited. Does not implicitly {@link google.protobuf.EnumDescriptorProto.EnumReservedRange.verify|verify} messages.
                 * @param message EnumReservedRange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.EnumDescriptorProto.IEnumReservedRange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnumReservedRange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EnumReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.EnumDescriptorProto.EnumReservedRange;

                /**
                 * Decodes an EnumReservedRange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns EnumReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.EnumDescriptorProto.EnumReservedRange;

                /**
                 * Creates an EnumReservedRange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnumReservedRange
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.EnumDescriptorProto.EnumReservedRange;

                /**
                 * Creates a plain object from an EnumReservedRange message. Also converts values to other types if specified.
                 * @param message EnumReservedRange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.EnumDescriptorProto.EnumReservedRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnumReservedRange to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for EnumReservedRange
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of an EnumValueDescriptorProto. */
        interface IEnumValueDescriptorProto {

            /** EnumValueDescriptorProto name */
            name?: (string|null);

            /** EnumValueDescriptorProto number */
            number?: (number|null);

            /** EnumValueDescriptorProto options */
            options?: (google.protobuf.IEnumValueOptions|null);
        }

        /** Represents an EnumValueDescriptorProto. */
        class EnumValueDescriptorProto implements IEnumValueDescriptorProto {

            /**
             * Constructs a new EnumValueDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEnumValueDescriptorProto);

            /** EnumValueDescriptorProto name. */
            public name: string;

            /** EnumValueDescriptorProto number. */
            public number: number;

            /** EnumValueDescriptorProto options. */
            public options?: (google.protobuf.IEnumValueOptions|null);

            /**
             * Creates a new EnumValueDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnumValueDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IEnumValueDescriptorProto): google.protobuf.EnumValueDescriptorProto;

            /**
             * Encodes the specified EnumValueDescriptorProto message. Does not implicitly {@link google.protobuf.EnumValueDescriptorProto.verify|verify} messages.
             * @param message EnumValueDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEnumValueDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnumValueDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.EnumValueDescriptorProto.verify|verify} messages.
             * @param message EnumValueDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IEnumValueDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnumValueDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EnumValueDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.EnumValueDescriptorProto;

            /**
             * Decodes an EnumValueDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EnumValueDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.EnumValueDescriptorProto;

            /**
             * Creates an EnumValueDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnumValueDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.EnumValueDescriptorProto;

            /**
             * Creates a plain object from an EnumValueDescriptorProto message. Also converts values to other types if specified.
             * @param message EnumValueDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.EnumValueDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnumValueDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EnumValueDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ServiceDescriptorProto. */
        interface IServiceDescriptorProto {

            /** ServiceDescriptorProto name */
            name?: (string|null);

            /** ServiceDescriptorProto method */
            method?: (google.protobuf.IMethodDescriptorProto[]|null);

            /** ServiceDescriptorProto options */
            options?: (google.protobuf.IServiceOptions|null);
        }

        /** Represents a ServiceDescriptorProto. */
        class ServiceDescriptorProto implements IServiceDescriptorProto {

            /**
             * Constructs a new ServiceDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IServiceDescriptorProto);

            /** ServiceDescriptorProto name. */
            public name: string;

            /** ServiceDescriptorProto method. */
            public method: google.protobuf.IMethodDescriptorProto[];

            /** ServiceDescriptorProto options. */
            public options?: (google.protobuf.IServiceOptions|null);

            /**
             * Creates a new ServiceDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IServiceDescriptorProto): google.protobuf.ServiceDescriptorProto;

            /**
             * Encodes the specified ServiceDescriptorProto message. Does not implicitly {@link google.protobuf.ServiceDescriptorProto.verify|verify} messages.
             * @param message ServiceDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IServiceDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.ServiceDescriptorProto.verify|verify} messages.
             * @param message ServiceDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IServiceDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ServiceDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ServiceDescriptorProto;

            /**
             * Decodes a ServiceDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ServiceDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ServiceDescriptorProto;

            /**
             * Creates a ServiceDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.ServiceDescriptorProto;

            /**
             * Creates a plain object from a ServiceDescriptorProto message. Also converts values to other types if specified.
             * @param message ServiceDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.ServiceDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ServiceDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MethodDescriptorProto. */
        interface IMethodDescriptorProto {

            /** MethodDescriptorProto name */
            name?: (string|null);

            /** MethodDescriptorProto inputType */
            inputType?: (string|null);

            /** MethodDescriptorProto outputType */
            outputType?: (string|null);

            /** MethodDescriptorProto options */
            options?: (google.protobuf.IMethodOptions|null);

            /** MethodDescriptorProto clientStreaming */
            clientStreaming?: (boolean|null);

            /** MethodDescriptorProto serverStreaming */
            serverStreaming?: (boolean|null);
        }

        /** Represents a MethodDescriptorProto. */
        class MethodDescriptorProto implements IMethodDescriptorProto {

            /**
             * Constructs a new MethodDescriptorProto.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IMethodDescriptorProto);

            /** MethodDescriptorProto name. */
            public name: string;

            /** MethodDescriptorProto inputType. */
            public inputType: string;

            /** MethodDescriptorProto outputType. */
            public outputType: string;

            /** MethodDescriptorProto options. */
            public options?: (google.protobuf.IMethodOptions|null);

            /** MethodDescriptorProto clientStreaming. */
            public clientStreaming: boolean;

            /** MethodDescriptorProto serverStreaming. */
            public serverStreaming: boolean;

            /**
             * Creates a new MethodDescriptorProto instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MethodDescriptorProto instance
             */
            public static create(properties?: google.protobuf.IMethodDescriptorProto): google.protobuf.MethodDescriptorProto;

            /**
             * Encodes the specified MethodDescriptorProto message. Does not implicitly {@link google.protobuf.MethodDescriptorProto.verify|verify} messages.
             * @param message MethodDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IMethodDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MethodDescriptorProto message, length delimited. Does not implicitly {@link google.protobuf.MethodDescriptorProto.verify|verify} messages.
             * @param message MethodDescriptorProto message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IMethodDescriptorProto, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MethodDescriptorProto message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MethodDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.MethodDescriptorProto;

            /**
             * Decodes a MethodDescriptorProto message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns MethodDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.MethodDescriptorProto;

            /**
             * Creates a MethodDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MethodDescriptorProto
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.MethodDescriptorProto;

            /**
             * Creates a plain object from a MethodDescriptorProto message. Also converts values to other types if specified.
             * @param message MethodDescriptorProto
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.MethodDescriptorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MethodDescriptorProto to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MethodDescriptorProto
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FileOptions. */
        interface IFileOptions {

            /** FileOptions javaPackage */
            javaPackage?: (string|null);

            /** FileOptions javaOuterClassname */
            javaOuterClassname?: (string|null);

            /** FileOptions javaMultipleFiles */
            javaMultipleFiles?: (boolean|null);

            /** FileOptions javaGenerateEqualsAndHash */
            javaGenerateEqualsAndHash?: (boolean|null);

            /** FileOptions javaStringCheckUtf8 */
            javaStringCheckUtf8?: (boolean|null);

            /** FileOptions optimizeFor */
            optimizeFor?: (google.protobuf.FileOptions.OptimizeMode|null);

            /** FileOptions goPackage */
            goPackage?: (string|null);

            /** FileOptions ccGenericServices */
            ccGenericServices?: (boolean|null);

            /** FileOptions javaGenericServices */
            javaGenericServices?: (boolean|null);

            /** FileOptions pyGenericServices */
            pyGenericServices?: (boolean|null);

            /** FileOptions phpGenericServices */
            phpGenericServices?: (boolean|null);

            /** FileOptions deprecated */
            deprecated?: (boolean|null);

            /** FileOptions ccEnableArenas */
            ccEnableArenas?: (boolean|null);

            /** FileOptions objcClassPrefix */
            objcClassPrefix?: (string|null);

            /** FileOptions csharpNamespace */
            csharpNamespace?: (string|null);

            /** FileOptions swiftPrefix */
            swiftPrefix?: (string|null);

            /** FileOptions phpClassPrefix */
            phpClassPrefix?: (string|null);

            /** FileOptions phpNamespace */
            phpNamespace?: (string|null);

            /** FileOptions phpMetadataNamespace */
            phpMetadataNamespace?: (string|null);

            /** FileOptions rubyPackage */
            rubyPackage?: (string|null);

            /** FileOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);

            /** FileOptions .gogoproto.goprotoGettersAll */
            ".gogoproto.goprotoGettersAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoEnumPrefixAll */
            ".gogoproto.goprotoEnumPrefixAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoStringerAll */
            ".gogoproto.goprotoStringerAll"?: (boolean|null);

            /** FileOptions .gogoproto.verboseEqualAll */
            ".gogoproto.verboseEqualAll"?: (boolean|null);

            /** FileOptions .gogoproto.faceAll */
            ".gogoproto.faceAll"?: (boolean|null);

            /** FileOptions .gogoproto.gostringAll */
            ".gogoproto.gostringAll"?: (boolean|null);

            /** FileOptions .gogoproto.populateAll */
            ".gogoproto.populateAll"?: (boolean|null);

            /** FileOptions .gogoproto.stringerAll */
            ".gogoproto.stringerAll"?: (boolean|null);

            /** FileOptions .gogoproto.onlyoneAll */
            ".gogoproto.onlyoneAll"?: (boolean|null);

            /** FileOptions .gogoproto.equalAll */
            ".gogoproto.equalAll"?: (boolean|null);

            /** FileOptions .gogoproto.descriptionAll */
            ".gogoproto.descriptionAll"?: (boolean|null);

            /** FileOptions .gogoproto.testgenAll */
            ".gogoproto.testgenAll"?: (boolean|null);

            /** FileOptions .gogoproto.benchgenAll */
            ".gogoproto.benchgenAll"?: (boolean|null);

            /** FileOptions .gogoproto.marshalerAll */
            ".gogoproto.marshalerAll"?: (boolean|null);

            /** FileOptions .gogoproto.unmarshalerAll */
            ".gogoproto.unmarshalerAll"?: (boolean|null);

            /** FileOptions .gogoproto.stableMarshalerAll */
            ".gogoproto.stableMarshalerAll"?: (boolean|null);

            /** FileOptions .gogoproto.sizerAll */
            ".gogoproto.sizerAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoEnumStringerAll */
            ".gogoproto.goprotoEnumStringerAll"?: (boolean|null);

            /** FileOptions .gogoproto.enumStringerAll */
            ".gogoproto.enumStringerAll"?: (boolean|null);

            /** FileOptions .gogoproto.unsafeMarshalerAll */
            ".gogoproto.unsafeMarshalerAll"?: (boolean|null);

            /** FileOptions .gogoproto.unsafeUnmarshalerAll */
            ".gogoproto.unsafeUnmarshalerAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoExtensionsMapAll */
            ".gogoproto.goprotoExtensionsMapAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoUnrecognizedAll */
            ".gogoproto.goprotoUnrecognizedAll"?: (boolean|null);

            /** FileOptions .gogoproto.gogoprotoImport */
            ".gogoproto.gogoprotoImport"?: (boolean|null);

            /** FileOptions .gogoproto.protosizerAll */
            ".gogoproto.protosizerAll"?: (boolean|null);

            /** FileOptions .gogoproto.compareAll */
            ".gogoproto.compareAll"?: (boolean|null);

            /** FileOptions .gogoproto.typedeclAll */
            ".gogoproto.typedeclAll"?: (boolean|null);

            /** FileOptions .gogoproto.enumdeclAll */
            ".gogoproto.enumdeclAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoRegistration */
            ".gogoproto.goprotoRegistration"?: (boolean|null);

            /** FileOptions .gogoproto.messagenameAll */
            ".gogoproto.messagenameAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoSizecacheAll */
            ".gogoproto.goprotoSizecacheAll"?: (boolean|null);

            /** FileOptions .gogoproto.goprotoUnkeyedAll */
            ".gogoproto.goprotoUnkeyedAll"?: (boolean|null);

            /** FileOptions .containerd.plugin.fieldpathAll */
            ".containerd.plugin.fieldpathAll"?: (boolean|null);
        }

        /** Represents a FileOptions. */
        class FileOptions implements IFileOptions {

            /**
             * Constructs a new FileOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFileOptions);

            /** FileOptions javaPackage. */
            public javaPackage: string;

            /** FileOptions javaOuterClassname. */
            public javaOuterClassname: string;

            /** FileOptions javaMultipleFiles. */
            public javaMultipleFiles: boolean;

            /** FileOptions javaGenerateEqualsAndHash. */
            public javaGenerateEqualsAndHash: boolean;

            /** FileOptions javaStringCheckUtf8. */
            public javaStringCheckUtf8: boolean;

            /** FileOptions optimizeFor. */
            public optimizeFor: google.protobuf.FileOptions.OptimizeMode;

            /** FileOptions goPackage. */
            public goPackage: string;

            /** FileOptions ccGenericServices. */
            public ccGenericServices: boolean;

            /** FileOptions javaGenericServices. */
            public javaGenericServices: boolean;

            /** FileOptions pyGenericServices. */
            public pyGenericServices: boolean;

            /** FileOptions phpGenericServices. */
            public phpGenericServices: boolean;

            /** FileOptions deprecated. */
            public deprecated: boolean;

            /** FileOptions ccEnableArenas. */
            public ccEnableArenas: boolean;

            /** FileOptions objcClassPrefix. */
            public objcClassPrefix: string;

            /** FileOptions csharpNamespace. */
            public csharpNamespace: string;

            /** FileOptions swiftPrefix. */
            public swiftPrefix: string;

            /** FileOptions phpClassPrefix. */
            public phpClassPrefix: string;

            /** FileOptions phpNamespace. */
            public phpNamespace: string;

            /** FileOptions phpMetadataNamespace. */
            public phpMetadataNamespace: string;

            /** FileOptions rubyPackage. */
            public rubyPackage: string;

            /** FileOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new FileOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileOptions instance
             */
            public static create(properties?: google.protobuf.IFileOptions): google.protobuf.FileOptions;

            /**
             * Encodes the specified FileOptions message. Does not implicitly {@link google.protobuf.FileOptions.verify|verify} messages.
             * @param message FileOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFileOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileOptions message, length delimited. Does not implicitly {@link google.protobuf.FileOptions.verify|verify} messages.
             * @param message FileOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IFileOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FileOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FileOptions;

            /**
             * Decodes a FileOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FileOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FileOptions;

            /**
             * Creates a FileOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.FileOptions;

            /**
             * Creates a plain object from a FileOptions message. Also converts values to other types if specified.
             * @param message FileOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.FileOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FileOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace FileOptions {

            /** OptimizeMode enum. */
            enum OptimizeMode {
                SPEED = 1,
                CODE_SIZE = 2,
                LITE_RUNTIME = 3
            }
        }

        /** Properties of a MessageOptions. */
        interface IMessageOptions {

            /** MessageOptions messageSetWireFormat */
            messageSetWireFormat?: (boolean|null);

            /** MessageOptions noStandardDescriptorAccessor */
            noStandardDescriptorAccessor?: (boolean|null);

            /** MessageOptions deprecated */
            deprecated?: (boolean|null);

            /** MessageOptions mapEntry */
            mapEntry?: (boolean|null);

            /** MessageOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);

            /** MessageOptions .gogoproto.goprotoGetters */
            ".gogoproto.goprotoGetters"?: (boolean|null);

            /** MessageOptions .gogoproto.goprotoStringer */
            ".gogoproto.goprotoStringer"?: (boolean|null);

            /** MessageOptions .gogoproto.verboseEqual */
            ".gogoproto.verboseEqual"?: (boolean|null);

            /** MessageOptions .gogoproto.face */
            ".gogoproto.face"?: (boolean|null);

            /** MessageOptions .gogoproto.gostring */
            ".gogoproto.gostring"?: (boolean|null);

            /** MessageOptions .gogoproto.populate */
            ".gogoproto.populate"?: (boolean|null);

            /** MessageOptions .gogoproto.stringer */
            ".gogoproto.stringer"?: (boolean|null);

            /** MessageOptions .gogoproto.onlyone */
            ".gogoproto.onlyone"?: (boolean|null);

            /** MessageOptions .gogoproto.equal */
            ".gogoproto.equal"?: (boolean|null);

            /** MessageOptions .gogoproto.description */
            ".gogoproto.description"?: (boolean|null);

            /** MessageOptions .gogoproto.testgen */
            ".gogoproto.testgen"?: (boolean|null);

            /** MessageOptions .gogoproto.benchgen */
            ".gogoproto.benchgen"?: (boolean|null);

            /** MessageOptions .gogoproto.marshaler */
            ".gogoproto.marshaler"?: (boolean|null);

            /** MessageOptions .gogoproto.unmarshaler */
            ".gogoproto.unmarshaler"?: (boolean|null);

            /** MessageOptions .gogoproto.stableMarshaler */
            ".gogoproto.stableMarshaler"?: (boolean|null);

            /** MessageOptions .gogoproto.sizer */
            ".gogoproto.sizer"?: (boolean|null);

            /** MessageOptions .gogoproto.unsafeMarshaler */
            ".gogoproto.unsafeMarshaler"?: (boolean|null);

            /** MessageOptions .gogoproto.unsafeUnmarshaler */
            ".gogoproto.unsafeUnmarshaler"?: (boolean|null);

            /** MessageOptions .gogoproto.goprotoExtensionsMap */
            ".gogoproto.goprotoExtensionsMap"?: (boolean|null);

            /** MessageOptions .gogoproto.goprotoUnrecognized */
            ".gogoproto.goprotoUnrecognized"?: (boolean|null);

            /** MessageOptions .gogoproto.protosizer */
            ".gogoproto.protosizer"?: (boolean|null);

            /** MessageOptions .gogoproto.compare */
            ".gogoproto.compare"?: (boolean|null);

            /** MessageOptions .gogoproto.typedecl */
            ".gogoproto.typedecl"?: (boolean|null);

            /** MessageOptions .gogoproto.messagename */
            ".gogoproto.messagename"?: (boolean|null);

            /** MessageOptions .gogoproto.goprotoSizecache */
            ".gogoproto.goprotoSizecache"?: (boolean|null);

            /** MessageOptions .gogoproto.goprotoUnkeyed */
            ".gogoproto.goprotoUnkeyed"?: (boolean|null);

            /** MessageOptions .containerd.plugin.fieldpath */
            ".containerd.plugin.fieldpath"?: (boolean|null);
        }

        /** Represents a MessageOptions. */
        class MessageOptions implements IMessageOptions {

            /**
             * Constructs a new MessageOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IMessageOptions);

            /** MessageOptions messageSetWireFormat. */
            public messageSetWireFormat: boolean;

            /** MessageOptions noStandardDescriptorAccessor. */
            public noStandardDescriptorAccessor: boolean;

            /** MessageOptions deprecated. */
            public deprecated: boolean;

            /** MessageOptions mapEntry. */
            public mapEntry: boolean;

            /** MessageOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new MessageOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageOptions instance
             */
            public static create(properties?: google.protobuf.IMessageOptions): google.protobuf.MessageOptions;

            /**
             * Encodes the specified MessageOptions message. Does not implicitly {@link google.protobuf.MessageOptions.verify|verify} messages.
             * @param message MessageOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IMessageOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageOptions message, length delimited. Does not implicitly {@link google.protobuf.MessageOptions.verify|verify} messages.
             * @param message MessageOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IMessageOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MessageOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.MessageOptions;

            /**
             * Decodes a MessageOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns MessageOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.MessageOptions;

            /**
             * Creates a MessageOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.MessageOptions;

            /**
             * Creates a plain object from a MessageOptions message. Also converts values to other types if specified.
             * @param message MessageOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.MessageOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MessageOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FieldOptions. */
        interface IFieldOptions {

            /** FieldOptions ctype */
            ctype?: (google.protobuf.FieldOptions.CType|null);

            /** FieldOptions packed */
            packed?: (boolean|null);

            /** FieldOptions jstype */
            jstype?: (google.protobuf.FieldOptions.JSType|null);

            /** FieldOptions lazy */
            lazy?: (boolean|null);

            /** FieldOptions deprecated */
            deprecated?: (boolean|null);

            /** FieldOptions weak */
            weak?: (boolean|null);

            /** FieldOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);

            /** FieldOptions .gogoproto.nullable */
            ".gogoproto.nullable"?: (boolean|null);

            /** FieldOptions .gogoproto.embed */
            ".gogoproto.embed"?: (boolean|null);

            /** FieldOptions .gogoproto.customtype */
            ".gogoproto.customtype"?: (string|null);

            /** FieldOptions .gogoproto.customname */
            ".gogoproto.customname"?: (string|null);

            /** FieldOptions .gogoproto.jsontag */
            ".gogoproto.jsontag"?: (string|null);

            /** FieldOptions .gogoproto.moretags */
            ".gogoproto.moretags"?: (string|null);

            /** FieldOptions .gogoproto.casttype */
            ".gogoproto.casttype"?: (string|null);

            /** FieldOptions .gogoproto.castkey */
            ".gogoproto.castkey"?: (string|null);

            /** FieldOptions .gogoproto.castvalue */
            ".gogoproto.castvalue"?: (string|null);

            /** FieldOptions .gogoproto.stdtime */
            ".gogoproto.stdtime"?: (boolean|null);

            /** FieldOptions .gogoproto.stdduration */
            ".gogoproto.stdduration"?: (boolean|null);

            /** FieldOptions .gogoproto.wktpointer */
            ".gogoproto.wktpointer"?: (boolean|null);
        }

        /** Represents a FieldOptions. */
        class FieldOptions implements IFieldOptions {

            /**
             * Constructs a new FieldOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IFieldOptions);

            /** FieldOptions ctype. */
            public ctype: google.protobuf.FieldOptions.CType;

            /** FieldOptions packed. */
            public packed: boolean;

            /** FieldOptions jstype. */
            public jstype: google.protobuf.FieldOptions.JSType;

            /** FieldOptions lazy. */
            public lazy: boolean;

            /** FieldOptions deprecated. */
            public deprecated: boolean;

            /** FieldOptions weak. */
            public weak: boolean;

            /** FieldOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new FieldOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldOptions instance
             */
            public static create(properties?: google.protobuf.IFieldOptions): google.protobuf.FieldOptions;

            /**
             * Encodes the specified FieldOptions message. Does not implicitly {@link google.protobuf.FieldOptions.verify|verify} messages.
             * @param message FieldOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IFieldOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FieldOptions message, length delimited. Does not implicitly {@link google.protobuf.FieldOptions.verify|verify} messages.
             * @param message FieldOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IFieldOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FieldOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FieldOptions;

            /**
             * Decodes a FieldOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns FieldOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FieldOptions;

            /**
             * Creates a FieldOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FieldOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.FieldOptions;

            /**
             * Creates a plain object from a FieldOptions message. Also converts values to other types if specified.
             * @param message FieldOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.FieldOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FieldOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FieldOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace FieldOptions {

            /** CType enum. */
            enum CType {
                STRING = 0,
                CORD = 1,
                STRING_PIECE = 2
            }

            /** JSType enum. */
            enum JSType {
                JS_NORMAL = 0,
                JS_STRING = 1,
                JS_NUMBER = 2
            }
        }

        /** Properties of an OneofOptions. */
        interface IOneofOptions {

            /** OneofOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);
        }

        /** Represents an OneofOptions. */
        class OneofOptions implements IOneofOptions {

            /**
             * Constructs a new OneofOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IOneofOptions);

            /** OneofOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new OneofOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OneofOptions instance
             */
            public static create(properties?: google.protobuf.IOneofOptions): google.protobuf.OneofOptions;

            /**
             * Encodes the specified OneofOptions message. Does not implicitly {@link google.protobuf.OneofOptions.verify|verify} messages.
             * @param message OneofOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IOneofOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OneofOptions message, length delimited. Does not implicitly {@link google.protobuf.OneofOptions.verify|verify} messages.
             * @param message OneofOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IOneofOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OneofOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns OneofOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.OneofOptions;

            /**
             * Decodes an OneofOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns OneofOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.OneofOptions;

            /**
             * Creates an OneofOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OneofOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.OneofOptions;

            /**
             * Creates a plain object from an OneofOptions message. Also converts values to other types if specified.
             * @param message OneofOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.OneofOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OneofOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for OneofOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EnumOptions. */
        interface IEnumOptions {

            /** EnumOptions allowAlias */
            allowAlias?: (boolean|null);

            /** EnumOptions deprecated */
            deprecated?: (boolean|null);

            /** EnumOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);

            /** EnumOptions .gogoproto.goprotoEnumPrefix */
            ".gogoproto.goprotoEnumPrefix"?: (boolean|null);

            /** EnumOptions .gogoproto.goprotoEnumStringer */
            ".gogoproto.goprotoEnumStringer"?: (boolean|null);

            /** EnumOptions .gogoproto.enumStringer */
            ".gogoproto.enumStringer"?: (boolean|null);

            /** EnumOptions .gogoproto.enumCustomname */
            ".gogoproto.enumCustomname"?: (string|null);

            /** EnumOptions .gogoproto.enumdecl */
            ".gogoproto.enumdecl"?: (boolean|null);
        }

        /** Represents an EnumOptions. */
        class EnumOptions implements IEnumOptions {

            /**
             * Constructs a new EnumOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEnumOptions);

            /** EnumOptions allowAlias. */
            public allowAlias: boolean;

            /** EnumOptions deprecated. */
            public deprecated: boolean;

            /** EnumOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new EnumOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnumOptions instance
             */
            public static create(properties?: google.protobuf.IEnumOptions): google.protobuf.EnumOptions;

            /**
             * Encodes the specified EnumOptions message. Does not implicitly {@link google.protobuf.EnumOptions.verify|verify} messages.
             * @param message EnumOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEnumOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnumOptions message, length delimited. Does not implicitly {@link google.protobuf.EnumOptions.verify|verify} messages.
             * @param message EnumOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IEnumOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnumOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EnumOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.EnumOptions;

            /**
             * Decodes an EnumOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EnumOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.EnumOptions;

            /**
             * Creates an EnumOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnumOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.EnumOptions;

            /**
             * Creates a plain object from an EnumOptions message. Also converts values to other types if specified.
             * @param message EnumOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.EnumOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnumOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EnumOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EnumValueOptions. */
        interface IEnumValueOptions {

            /** EnumValueOptions deprecated */
            deprecated?: (boolean|null);

            /** EnumValueOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);

            /** EnumValueOptions .gogoproto.enumvalueCustomname */
            ".gogoproto.enumvalueCustomname"?: (string|null);
        }

        /** Represents an EnumValueOptions. */
        class EnumValueOptions implements IEnumValueOptions {

            /**
             * Constructs a new EnumValueOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IEnumValueOptions);

            /** EnumValueOptions deprecated. */
            public deprecated: boolean;

            /** EnumValueOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new EnumValueOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnumValueOptions instance
             */
            public static create(properties?: google.protobuf.IEnumValueOptions): google.protobuf.EnumValueOptions;

            /**
             * Encodes the specified EnumValueOptions message. Does not implicitly {@link google.protobuf.EnumValueOptions.verify|verify} messages.
             * @param message EnumValueOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IEnumValueOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EnumValueOptions message, length delimited. Does not implicitly {@link google.protobuf.EnumValueOptions.verify|verify} messages.
             * @param message EnumValueOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IEnumValueOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnumValueOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EnumValueOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.EnumValueOptions;

            /**
             * Decodes an EnumValueOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EnumValueOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.EnumValueOptions;

            /**
             * Creates an EnumValueOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnumValueOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.EnumValueOptions;

            /**
             * Creates a plain object from an EnumValueOptions message. Also converts values to other types if specified.
             * @param message EnumValueOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.EnumValueOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnumValueOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EnumValueOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ServiceOptions. */
        interface IServiceOptions {

            /** ServiceOptions deprecated */
            deprecated?: (boolean|null);

            /** ServiceOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);
        }

        /** Represents a ServiceOptions. */
        class ServiceOptions implements IServiceOptions {

            /**
             * Constructs a new ServiceOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IServiceOptions);

            /** ServiceOptions deprecated. */
            public deprecated: boolean;

            /** ServiceOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new ServiceOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceOptions instance
             */
            public static create(properties?: google.protobuf.IServiceOptions): google.protobuf.ServiceOptions;

            /**
             * Encodes the specified ServiceOptions message. Does not implicitly {@link google.protobuf.ServiceOptions.verify|verify} messages.
             * @param message ServiceOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IServiceOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceOptions message, length delimited. Does not implicitly {@link google.protobuf.ServiceOptions.verify|verify} messages.
             * @param message ServiceOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IServiceOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ServiceOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ServiceOptions;

            /**
             * Decodes a ServiceOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ServiceOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ServiceOptions;

            /**
             * Creates a ServiceOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.ServiceOptions;

            /**
             * Creates a plain object from a ServiceOptions message. Also converts values to other types if specified.
             * @param message ServiceOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.ServiceOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ServiceOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MethodOptions. */
        interface IMethodOptions {

            /** MethodOptions deprecated */
            deprecated?: (boolean|null);

            /** MethodOptions idempotencyLevel */
            idempotencyLevel?: (google.protobuf.MethodOptions.IdempotencyLevel|null);

            /** MethodOptions uninterpretedOption */
            uninterpretedOption?: (google.protobuf.IUninterpretedOption[]|null);
        }

        /** Represents a MethodOptions. */
        class MethodOptions implements IMethodOptions {

            /**
             * Constructs a new MethodOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IMethodOptions);

            /** MethodOptions deprecated. */
            public deprecated: boolean;

            /** MethodOptions idempotencyLevel. */
            public idempotencyLevel: google.protobuf.MethodOptions.IdempotencyLevel;

            /** MethodOptions uninterpretedOption. */
            public uninterpretedOption: google.protobuf.IUninterpretedOption[];

            /**
             * Creates a new MethodOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MethodOptions instance
             */
            public static create(properties?: google.protobuf.IMethodOptions): google.protobuf.MethodOptions;

            /**
             * Encodes the specified MethodOptions message. Does not implicitly {@link google.protobuf.MethodOptions.verify|verify} messages.
             * @param message MethodOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IMethodOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MethodOptions message, length delimited. Does not implicitly {@link google.protobuf.MethodOptions.verify|verify} messages.
             * @param message MethodOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IMethodOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MethodOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MethodOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.MethodOptions;

            /**
             * Decodes a MethodOptions message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns MethodOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.MethodOptions;

            /**
             * Creates a MethodOptions message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MethodOptions
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.MethodOptions;

            /**
             * Creates a plain object from a MethodOptions message. Also converts values to other types if specified.
             * @param message MethodOptions
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.MethodOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MethodOptions to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MethodOptions
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace MethodOptions {

            /** IdempotencyLevel enum. */
            enum IdempotencyLevel {
                IDEMPOTENCY_UNKNOWN = 0,
                NO_SIDE_EFFECTS = 1,
                IDEMPOTENT = 2
            }
        }

        /** Properties of an UninterpretedOption. */
        interface IUninterpretedOption {

            /** UninterpretedOption name */
            name?: (google.protobuf.UninterpretedOption.INamePart[]|null);

            /** UninterpretedOption identifierValue */
            identifierValue?: (string|null);

            /** UninterpretedOption positiveIntValue */
            positiveIntValue?: (number|null);

            /** UninterpretedOption negativeIntValue */
            negativeIntValue?: (number|null);

            /** UninterpretedOption doubleValue */
            doubleValue?: (number|null);

            /** UninterpretedOption stringValue */
            stringValue?: (Uint8Array|null);

            /** UninterpretedOption aggregateValue */
            aggregateValue?: (string|null);
        }

        /** Represents an UninterpretedOption. */
        class UninterpretedOption implements IUninterpretedOption {

            /**
             * Constructs a new UninterpretedOption.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IUninterpretedOption);

            /** UninterpretedOption name. */
            public name: google.protobuf.UninterpretedOption.INamePart[];

            /** UninterpretedOption identifierValue. */
            public identifierValue: string;

            /** UninterpretedOption positiveIntValue. */
            public positiveIntValue: number;

            /** UninterpretedOption negativeIntValue. */
            public negativeIntValue: number;

            /** UninterpretedOption doubleValue. */
            public doubleValue: number;

            /** UninterpretedOption stringValue. */
            public stringValue: Uint8Array;

            /** UninterpretedOption aggregateValue. */
            public aggregateValue: string;

            /**
             * Creates a new UninterpretedOption instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UninterpretedOption instance
             */
            public static create(properties?: google.protobuf.IUninterpretedOption): google.protobuf.UninterpretedOption;

            /**
             * Encodes the specified UninterpretedOption message. Does not implicitly {@link google.protobuf.UninterpretedOption.verify|verify} messages.
             * @param message UninterpretedOption message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IUninterpretedOption, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UninterpretedOption message, length delimited. Does not implicitly {@link google.protobuf.UninterpretedOption.verify|verify} messages.
             * @param message UninterpretedOption message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IUninterpretedOption, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UninterpretedOption message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UninterpretedOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UninterpretedOption;

            /**
             * Decodes an UninterpretedOption message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns UninterpretedOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UninterpretedOption;

            /**
             * Creates an UninterpretedOption message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UninterpretedOption
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.UninterpretedOption;

            /**
             * Creates a plain object from an UninterpretedOption message. Also converts values to other types if specified.
             * @param message UninterpretedOption
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.UninterpretedOption, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UninterpretedOption to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for UninterpretedOption
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace UninterpretedOption {

            /** Properties of a NamePart. */
            interface INamePart {

                /** NamePart namePart */
                namePart: string;

                /** NamePart isExtension */
                isExtension: boolean;
            }

            /** Represents a NamePart. */
            class NamePart implements INamePart {

                /**
                 * Constructs a new NamePart.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.UninterpretedOption.INamePart);

                /** NamePart namePart. */
                public namePart: string;

                /** NamePart isExtension. */
                public isExtension: boolean;

                /**
                 * Creates a new NamePart instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NamePart instance
                 */
                public static create(properties?: google.protobuf.UninterpretedOption.INamePart): google.protobuf.UninterpretedOption.NamePart;

                /**
                 * Encodes the specified NamePart message. Does not implicitly {@link google.protobuf.UninterpretedOption.NamePart.verify|verify} messages.
                 * @param message NamePart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.UninterpretedOption.INamePart, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NamePart message, length delimited. Does not implicitly {@link google.protobuf.UninterpretedOption.NamePart.verify|verify} messages.
                 * @param message NamePart message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.UninterpretedOption.INamePart, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NamePart message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns NamePart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UninterpretedOption.NamePart;

                /**
                 * Decodes a NamePart message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns NamePart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UninterpretedOption.NamePart;

                /**
                 * Creates a NamePart message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NamePart
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.UninterpretedOption.NamePart;

                /**
                 * Creates a plain object from a NamePart message. Also converts values to other types if specified.
                 * @param message NamePart
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.UninterpretedOption.NamePart, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NamePart to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for NamePart
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of a SourceCodeInfo. */
        interface ISourceCodeInfo {

            /** SourceCodeInfo location */
            location?: (google.protobuf.SourceCodeInfo.ILocation[]|null);
        }

        /** Represents a SourceCodeInfo. */
        class SourceCodeInfo implements ISourceCodeInfo {

            /**
             * Constructs a new SourceCodeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ISourceCodeInfo);

            /** SourceCodeInfo location. */
            public location: google.protobuf.SourceCodeInfo.ILocation[];

            /**
             * Creates a new SourceCodeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SourceCodeInfo instance
             */
            public static create(properties?: google.protobuf.ISourceCodeInfo): google.protobuf.SourceCodeInfo;

            /**
             * Encodes the specified SourceCodeInfo message. Does not implicitly {@link google.protobuf.SourceCodeInfo.verify|verify} messages.
             * @param message SourceCodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ISourceCodeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SourceCodeInfo message, length delimited. Does not implicitly {@link google.protobuf.SourceCodeInfo.verify|verify} messages.
             * @param message SourceCodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.ISourceCodeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SourceCodeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SourceCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.SourceCodeInfo;

            /**
             * Decodes a SourceCodeInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SourceCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.SourceCodeInfo;

            /**
             * Creates a SourceCodeInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SourceCodeInfo
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.SourceCodeInfo;

            /**
             * Creates a plain object from a SourceCodeInfo message. Also converts values to other types if specified.
             * @param message SourceCodeInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.SourceCodeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SourceCodeInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SourceCodeInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace SourceCodeInfo {

            /** Properties of a Location. */
            interface ILocation {

                /** Location path */
                path?: (number[]|null);

                /** Location span */
                span?: (number[]|null);

                /** Location leadingComments */
                leadingComments?: (string|null);

                /** Location trailingComments */
                trailingComments?: (string|null);

                /** Location leadingDetachedComments */
                leadingDetachedComments?: (string[]|null);
            }

            /** Represents a Location. */
            class Location implements ILocation {

                /**
                 * Constructs a new Location.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.SourceCodeInfo.ILocation);

                /** Location path. */
                public path: number[];

                /** Location span. */
                public span: number[];

                /** Location leadingComments. */
                public leadingComments: string;

                /** Location trailingComments. */
                public trailingComments: string;

                /** Location leadingDetachedComments. */
                public leadingDetachedComments: string[];

                /**
                 * Creates a new Location instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Location instance
                 */
                public static create(properties?: google.protobuf.SourceCodeInfo.ILocation): google.protobuf.SourceCodeInfo.Location;

                /**
                 * Encodes the specified Location message. Does not implicitly {@link google.protobuf.SourceCodeInfo.Location.verify|verify} messages.
                 * @param message Location message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.SourceCodeInfo.ILocation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Location message, length delimited. Does not implicitly {@link google.protobuf.SourceCodeInfo.Location.verify|verify} messages.
                 * @param message Location message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.SourceCodeInfo.ILocation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Location message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.SourceCodeInfo.Location;

                /**
                 * Decodes a Location message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.SourceCodeInfo.Location;

                /**
                 * Creates a Location message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Location
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.SourceCodeInfo.Location;

                /**
                 * Creates a plain object from a Location message. Also converts values to other types if specified.
                 * @param message Location
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.SourceCodeInfo.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Location to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Location
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of a GeneratedCodeInfo. */
        interface IGeneratedCodeInfo {

            /** GeneratedCodeInfo annotation */
            annotation?: (google.protobuf.GeneratedCodeInfo.IAnnotation[]|null);
        }

        /** Represents a GeneratedCodeInfo. */
        class GeneratedCodeInfo implements IGeneratedCodeInfo {

            /**
             * Constructs a new GeneratedCodeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IGeneratedCodeInfo);

            /** GeneratedCodeInfo annotation. */
            public annotation: google.protobuf.GeneratedCodeInfo.IAnnotation[];

            /**
             * Creates a new GeneratedCodeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GeneratedCodeInfo instance
             */
            public static create(properties?: google.protobuf.IGeneratedCodeInfo): google.protobuf.GeneratedCodeInfo;

            /**
             * Encodes the specified GeneratedCodeInfo message. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.verify|verify} messages.
             * @param message GeneratedCodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IGeneratedCodeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GeneratedCodeInfo message, length delimited. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.verify|verify} messages.
             * @param message GeneratedCodeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.protobuf.IGeneratedCodeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GeneratedCodeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GeneratedCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.GeneratedCodeInfo;

            /**
             * Decodes a GeneratedCodeInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns GeneratedCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.GeneratedCodeInfo;

            /**
             * Creates a GeneratedCodeInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GeneratedCodeInfo
             */
            public static fromObject(object: { [k: string]: any }): google.protobuf.GeneratedCodeInfo;

            /**
             * Creates a plain object from a GeneratedCodeInfo message. Also converts values to other types if specified.
             * @param message GeneratedCodeInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.protobuf.GeneratedCodeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GeneratedCodeInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GeneratedCodeInfo
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace GeneratedCodeInfo {

            /** Properties of an Annotation. */
            interface IAnnotation {

                /** Annotation path */
                path?: (number[]|null);

                /** Annotation sourceFile */
                sourceFile?: (string|null);

                /** Annotation begin */
                begin?: (number|null);

                /** Annotation end */
                end?: (number|null);
            }

            /** Represents an Annotation. */
            class Annotation implements IAnnotation {

                /**
                 * Constructs a new Annotation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: google.protobuf.GeneratedCodeInfo.IAnnotation);

                /** Annotation path. */
                public path: number[];

                /** Annotation sourceFile. */
                public sourceFile: string;

                /** Annotation begin. */
                public begin: number;

                /** Annotation end. */
                public end: number;

                /**
                 * Creates a new Annotation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Annotation instance
                 */
                public static create(properties?: google.protobuf.GeneratedCodeInfo.IAnnotation): google.protobuf.GeneratedCodeInfo.Annotation;

                /**
                 * Encodes the specified Annotation message. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.Annotation.verify|verify} messages.
                 * @param message Annotation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: google.protobuf.GeneratedCodeInfo.IAnnotation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Annotation message, length delimited. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.Annotation.verify|verify} messages.
                 * @param message Annotation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: google.protobuf.GeneratedCodeInfo.IAnnotation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Annotation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Annotation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.GeneratedCodeInfo.Annotation;

                /**
                 * Decodes an Annotation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns Annotation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.GeneratedCodeInfo.Annotation;

                /**
                 * Creates an Annotation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Annotation
                 */
                public static fromObject(object: { [k: string]: any }): google.protobuf.GeneratedCodeInfo.Annotation;

                /**
                 * Creates a plain object from an Annotation message. Also converts values to other types if specified.
                 * @param message Annotation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: google.protobuf.GeneratedCodeInfo.Annotation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Annotation to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Annotation
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /** Properties of a Status. */
        interface IStatus {

            /** Status code */
            code?: (number|null);

            /** Status message */
            message?: (string|null);

            /** Status details */
            details?: (google.protobuf.IAny[]|null);
        }

        /** Represents a Status. */
        class Status implements IStatus {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.IStatus);

            /** Status code. */
            public code: number;

            /** Status message. */
            public message: string;

            /** Status details. */
            public details: google.protobuf.IAny[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            public static create(properties?: google.rpc.IStatus): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: google.rpc.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.rpc.Status;

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            public static fromObject(object: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Status
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace runtimeoptions. */
export namespace runtimeoptions {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of an Options. */
        interface IOptions {

            /** Options typeUrl */
            typeUrl?: (string|null);

            /** Options configPath */
            configPath?: (string|null);
        }

        /** Represents an Options. */
        class Options implements IOptions {

            /**
             * Constructs a new Options.
             * @param [properties] Properties to set
             */
            constructor(properties?: runtimeoptions.v1.IOptions);

            /** Options typeUrl. */
            public typeUrl: string;

            /** Options configPath. */
            public configPath: string;

            /**
             * Creates a new Options instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Options instance
             */
            public static create(properties?: runtimeoptions.v1.IOptions): runtimeoptions.v1.Options;

            /**
             * Encodes the specified Options message. Does not implicitly {@link runtimeoptions.v1.Options.verify|verify} messages.
             * @param message Options message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: runtimeoptions.v1.IOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Options message, length delimited. Does not implicitly {@link runtimeoptions.v1.Options.verify|verify} messages.
             * @param message Options message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: runtimeoptions.v1.IOptions, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Options message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): runtimeoptions.v1.Options;

            /**
             * Decodes an Options message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Options
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): runtimeoptions.v1.Options;

            /**
             * Creates an Options message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Options
             */
            public static fromObject(object: { [k: string]: any }): runtimeoptions.v1.Options;

            /**
             * Creates a plain object from an Options message. Also converts values to other types if specified.
             * @param message Options
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: runtimeoptions.v1.Options, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Options to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Options
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace io. */
export namespace io {

    /** Namespace containerd. */
    namespace containerd {

        /** Namespace cgroups. */
        namespace cgroups {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a Metrics. */
                interface IMetrics {

                    /** Metrics hugetlb */
                    hugetlb?: (io.containerd.cgroups.v1.IHugetlbStat[]|null);

                    /** Metrics pids */
                    pids?: (io.containerd.cgroups.v1.IPidsStat|null);

                    /** Metrics cpu */
                    cpu?: (io.containerd.cgroups.v1.ICPUStat|null);

                    /** Metrics memory */
                    memory?: (io.containerd.cgroups.v1.IMemoryStat|null);

                    /** Metrics blkio */
                    blkio?: (io.containerd.cgroups.v1.IBlkIOStat|null);

                    /** Metrics rdma */
                    rdma?: (io.containerd.cgroups.v1.IRdmaStat|null);

                    /** Metrics network */
                    network?: (io.containerd.cgroups.v1.INetworkStat[]|null);

                    /** Metrics cgroupStats */
                    cgroupStats?: (io.containerd.cgroups.v1.ICgroupStats|null);

                    /** Metrics memoryOomControl */
                    memoryOomControl?: (io.containerd.cgroups.v1.IMemoryOomControl|null);
                }

                /** Represents a Metrics. */
                class Metrics implements IMetrics {

                    /**
                     * Constructs a new Metrics.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IMetrics);

                    /** Metrics hugetlb. */
                    public hugetlb: io.containerd.cgroups.v1.IHugetlbStat[];

                    /** Metrics pids. */
                    public pids?: (io.containerd.cgroups.v1.IPidsStat|null);

                    /** Metrics cpu. */
                    public cpu?: (io.containerd.cgroups.v1.ICPUStat|null);

                    /** Metrics memory. */
                    public memory?: (io.containerd.cgroups.v1.IMemoryStat|null);

                    /** Metrics blkio. */
                    public blkio?: (io.containerd.cgroups.v1.IBlkIOStat|null);

                    /** Metrics rdma. */
                    public rdma?: (io.containerd.cgroups.v1.IRdmaStat|null);

                    /** Metrics network. */
                    public network: io.containerd.cgroups.v1.INetworkStat[];

                    /** Metrics cgroupStats. */
                    public cgroupStats?: (io.containerd.cgroups.v1.ICgroupStats|null);

                    /** Metrics memoryOomControl. */
                    public memoryOomControl?: (io.containerd.cgroups.v1.IMemoryOomControl|null);

                    /**
                     * Creates a new Metrics instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Metrics instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IMetrics): io.containerd.cgroups.v1.Metrics;

                    /**
                     * Encodes the specified Metrics message. Does not implicitly {@link io.containerd.cgroups.v1.Metrics.verify|verify} messages.
                     * @param message Metrics message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IMetrics, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Metrics message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.Metrics.verify|verify} messages.
                     * @param message Metrics message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IMetrics, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Metrics message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Metrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Metrics;

                    /**
                     * Decodes a Metrics message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns Metrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.Metrics;

                    /**
                     * Creates a Metrics message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Metrics
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Metrics;

                    /**
                     * Creates a plain object from a Metrics message. Also converts values to other types if specified.
                     * @param message Metrics
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Metrics to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for Metrics
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a HugetlbStat. */
                interface IHugetlbStat {

                    /** HugetlbStat usage */
                    usage?: (number|null);

                    /** HugetlbStat max */
                    max?: (number|null);

                    /** HugetlbStat failcnt */
                    failcnt?: (number|null);

                    /** HugetlbStat pagesize */
                    pagesize?: (string|null);
                }

                /** Represents a HugetlbStat. */
                class HugetlbStat implements IHugetlbStat {

                    /**
                     * Constructs a new HugetlbStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IHugetlbStat);

                    /** HugetlbStat usage. */
                    public usage: number;

                    /** HugetlbStat max. */
                    public max: number;

                    /** HugetlbStat failcnt. */
                    public failcnt: number;

                    /** HugetlbStat pagesize. */
                    public pagesize: string;

                    /**
                     * Creates a new HugetlbStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns HugetlbStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IHugetlbStat): io.containerd.cgroups.v1.HugetlbStat;

                    /**
                     * Encodes the specified HugetlbStat message. Does not implicitly {@link io.containerd.cgroups.v1.HugetlbStat.verify|verify} messages.
                     * @param message HugetlbStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IHugetlbStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified HugetlbStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.HugetlbStat.verify|verify} messages.
                     * @param message HugetlbStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IHugetlbStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a HugetlbStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns HugetlbStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.HugetlbStat;

                    /**
                     * Decodes a HugetlbStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns HugetlbStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.HugetlbStat;

                    /**
                     * Creates a HugetlbStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns HugetlbStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.HugetlbStat;

                    /**
                     * Creates a plain object from a HugetlbStat message. Also converts values to other types if specified.
                     * @param message HugetlbStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.HugetlbStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this HugetlbStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for HugetlbStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a PidsStat. */
                interface IPidsStat {

                    /** PidsStat current */
                    current?: (number|null);

                    /** PidsStat limit */
                    limit?: (number|null);
                }

                /** Represents a PidsStat. */
                class PidsStat implements IPidsStat {

                    /**
                     * Constructs a new PidsStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IPidsStat);

                    /** PidsStat current. */
                    public current: number;

                    /** PidsStat limit. */
                    public limit: number;

                    /**
                     * Creates a new PidsStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PidsStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IPidsStat): io.containerd.cgroups.v1.PidsStat;

                    /**
                     * Encodes the specified PidsStat message. Does not implicitly {@link io.containerd.cgroups.v1.PidsStat.verify|verify} messages.
                     * @param message PidsStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IPidsStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified PidsStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.PidsStat.verify|verify} messages.
                     * @param message PidsStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IPidsStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PidsStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PidsStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.PidsStat;

                    /**
                     * Decodes a PidsStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns PidsStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.PidsStat;

                    /**
                     * Creates a PidsStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PidsStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.PidsStat;

                    /**
                     * Creates a plain object from a PidsStat message. Also converts values to other types if specified.
                     * @param message PidsStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.PidsStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PidsStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for PidsStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CPUStat. */
                interface ICPUStat {

                    /** CPUStat usage */
                    usage?: (io.containerd.cgroups.v1.ICPUUsage|null);

                    /** CPUStat throttling */
                    throttling?: (io.containerd.cgroups.v1.IThrottle|null);
                }

                /** Represents a CPUStat. */
                class CPUStat implements ICPUStat {

                    /**
                     * Constructs a new CPUStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.ICPUStat);

                    /** CPUStat usage. */
                    public usage?: (io.containerd.cgroups.v1.ICPUUsage|null);

                    /** CPUStat throttling. */
                    public throttling?: (io.containerd.cgroups.v1.IThrottle|null);

                    /**
                     * Creates a new CPUStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CPUStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.ICPUStat): io.containerd.cgroups.v1.CPUStat;

                    /**
                     * Encodes the specified CPUStat message. Does not implicitly {@link io.containerd.cgroups.v1.CPUStat.verify|verify} messages.
                     * @param message CPUStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.ICPUStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified CPUStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.CPUStat.verify|verify} messages.
                     * @param message CPUStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.ICPUStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CPUStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CPUStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUStat;

                    /**
                     * Decodes a CPUStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns CPUStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.CPUStat;

                    /**
                     * Creates a CPUStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns CPUStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUStat;

                    /**
                     * Creates a plain object from a CPUStat message. Also converts values to other types if specified.
                     * @param message CPUStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.CPUStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this CPUStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for CPUStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CPUUsage. */
                interface ICPUUsage {

                    /** CPUUsage total */
                    total?: (number|null);

                    /** CPUUsage kernel */
                    kernel?: (number|null);

                    /** CPUUsage user */
                    user?: (number|null);

                    /** CPUUsage perCpu */
                    perCpu?: (number[]|null);
                }

                /** Represents a CPUUsage. */
                class CPUUsage implements ICPUUsage {

                    /**
                     * Constructs a new CPUUsage.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.ICPUUsage);

                    /** CPUUsage total. */
                    public total: number;

                    /** CPUUsage kernel. */
                    public kernel: number;

                    /** CPUUsage user. */
                    public user: number;

                    /** CPUUsage perCpu. */
                    public perCpu: number[];

                    /**
                     * Creates a new CPUUsage instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CPUUsage instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.ICPUUsage): io.containerd.cgroups.v1.CPUUsage;

                    /**
                     * Encodes the specified CPUUsage message. Does not implicitly {@link io.containerd.cgroups.v1.CPUUsage.verify|verify} messages.
                     * @param message CPUUsage message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.ICPUUsage, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified CPUUsage message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.CPUUsage.verify|verify} messages.
                     * @param message CPUUsage message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.ICPUUsage, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CPUUsage message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CPUUsage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUUsage;

                    /**
                     * Decodes a CPUUsage message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns CPUUsage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.CPUUsage;

                    /**
                     * Creates a CPUUsage message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns CPUUsage
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUUsage;

                    /**
                     * Creates a plain object from a CPUUsage message. Also converts values to other types if specified.
                     * @param message CPUUsage
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.CPUUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this CPUUsage to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for CPUUsage
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a Throttle. */
                interface IThrottle {

                    /** Throttle periods */
                    periods?: (number|null);

                    /** Throttle throttledPeriods */
                    throttledPeriods?: (number|null);

                    /** Throttle throttledTime */
                    throttledTime?: (number|null);
                }

                /** Represents a Throttle. */
                class Throttle implements IThrottle {

                    /**
                     * Constructs a new Throttle.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IThrottle);

                    /** Throttle periods. */
                    public periods: number;

                    /** Throttle throttledPeriods. */
                    public throttledPeriods: number;

                    /** Throttle throttledTime. */
                    public throttledTime: number;

                    /**
                     * Creates a new Throttle instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Throttle instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IThrottle): io.containerd.cgroups.v1.Throttle;

                    /**
                     * Encodes the specified Throttle message. Does not implicitly {@link io.containerd.cgroups.v1.Throttle.verify|verify} messages.
                     * @param message Throttle message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IThrottle, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Throttle message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.Throttle.verify|verify} messages.
                     * @param message Throttle message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IThrottle, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Throttle message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Throttle
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Throttle;

                    /**
                     * Decodes a Throttle message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns Throttle
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.Throttle;

                    /**
                     * Creates a Throttle message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Throttle
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Throttle;

                    /**
                     * Creates a plain object from a Throttle message. Also converts values to other types if specified.
                     * @param message Throttle
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.Throttle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Throttle to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for Throttle
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MemoryStat. */
                interface IMemoryStat {

                    /** MemoryStat cache */
                    cache?: (number|null);

                    /** MemoryStat rss */
                    rss?: (number|null);

                    /** MemoryStat rssHuge */
                    rssHuge?: (number|null);

                    /** MemoryStat mappedFile */
                    mappedFile?: (number|null);

                    /** MemoryStat dirty */
                    dirty?: (number|null);

                    /** MemoryStat writeback */
                    writeback?: (number|null);

                    /** MemoryStat pgPgIn */
                    pgPgIn?: (number|null);

                    /** MemoryStat pgPgOut */
                    pgPgOut?: (number|null);

                    /** MemoryStat pgFault */
                    pgFault?: (number|null);

                    /** MemoryStat pgMajFault */
                    pgMajFault?: (number|null);

                    /** MemoryStat inactiveAnon */
                    inactiveAnon?: (number|null);

                    /** MemoryStat activeAnon */
                    activeAnon?: (number|null);

                    /** MemoryStat inactiveFile */
                    inactiveFile?: (number|null);

                    /** MemoryStat activeFile */
                    activeFile?: (number|null);

                    /** MemoryStat unevictable */
                    unevictable?: (number|null);

                    /** MemoryStat hierarchicalMemoryLimit */
                    hierarchicalMemoryLimit?: (number|null);

                    /** MemoryStat hierarchicalSwapLimit */
                    hierarchicalSwapLimit?: (number|null);

                    /** MemoryStat totalCache */
                    totalCache?: (number|null);

                    /** MemoryStat totalRss */
                    totalRss?: (number|null);

                    /** MemoryStat totalRssHuge */
                    totalRssHuge?: (number|null);

                    /** MemoryStat totalMappedFile */
                    totalMappedFile?: (number|null);

                    /** MemoryStat totalDirty */
                    totalDirty?: (number|null);

                    /** MemoryStat totalWriteback */
                    totalWriteback?: (number|null);

                    /** MemoryStat totalPgPgIn */
                    totalPgPgIn?: (number|null);

                    /** MemoryStat totalPgPgOut */
                    totalPgPgOut?: (number|null);

                    /** MemoryStat totalPgFault */
                    totalPgFault?: (number|null);

                    /** MemoryStat totalPgMajFault */
                    totalPgMajFault?: (number|null);

                    /** MemoryStat totalInactiveAnon */
                    totalInactiveAnon?: (number|null);

                    /** MemoryStat totalActiveAnon */
                    totalActiveAnon?: (number|null);

                    /** MemoryStat totalInactiveFile */
                    totalInactiveFile?: (number|null);

                    /** MemoryStat totalActiveFile */
                    totalActiveFile?: (number|null);

                    /** MemoryStat totalUnevictable */
                    totalUnevictable?: (number|null);

                    /** MemoryStat usage */
                    usage?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat swap */
                    swap?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat kernel */
                    kernel?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat kernelTcp */
                    kernelTcp?: (io.containerd.cgroups.v1.IMemoryEntry|null);
                }

                /** Represents a MemoryStat. */
                class MemoryStat implements IMemoryStat {

                    /**
                     * Constructs a new MemoryStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IMemoryStat);

                    /** MemoryStat cache. */
                    public cache: number;

                    /** MemoryStat rss. */
                    public rss: number;

                    /** MemoryStat rssHuge. */
                    public rssHuge: number;

                    /** MemoryStat mappedFile. */
                    public mappedFile: number;

                    /** MemoryStat dirty. */
                    public dirty: number;

                    /** MemoryStat writeback. */
                    public writeback: number;

                    /** MemoryStat pgPgIn. */
                    public pgPgIn: number;

                    /** MemoryStat pgPgOut. */
                    public pgPgOut: number;

                    /** MemoryStat pgFault. */
                    public pgFault: number;

                    /** MemoryStat pgMajFault. */
                    public pgMajFault: number;

                    /** MemoryStat inactiveAnon. */
                    public inactiveAnon: number;

                    /** MemoryStat activeAnon. */
                    public activeAnon: number;

                    /** MemoryStat inactiveFile. */
                    public inactiveFile: number;

                    /** MemoryStat activeFile. */
                    public activeFile: number;

                    /** MemoryStat unevictable. */
                    public unevictable: number;

                    /** MemoryStat hierarchicalMemoryLimit. */
                    public hierarchicalMemoryLimit: number;

                    /** MemoryStat hierarchicalSwapLimit. */
                    public hierarchicalSwapLimit: number;

                    /** MemoryStat totalCache. */
                    public totalCache: number;

                    /** MemoryStat totalRss. */
                    public totalRss: number;

                    /** MemoryStat totalRssHuge. */
                    public totalRssHuge: number;

                    /** MemoryStat totalMappedFile. */
                    public totalMappedFile: number;

                    /** MemoryStat totalDirty. */
                    public totalDirty: number;

                    /** MemoryStat totalWriteback. */
                    public totalWriteback: number;

                    /** MemoryStat totalPgPgIn. */
                    public totalPgPgIn: number;

                    /** MemoryStat totalPgPgOut. */
                    public totalPgPgOut: number;

                    /** MemoryStat totalPgFault. */
                    public totalPgFault: number;

                    /** MemoryStat totalPgMajFault. */
                    public totalPgMajFault: number;

                    /** MemoryStat totalInactiveAnon. */
                    public totalInactiveAnon: number;

                    /** MemoryStat totalActiveAnon. */
                    public totalActiveAnon: number;

                    /** MemoryStat totalInactiveFile. */
                    public totalInactiveFile: number;

                    /** MemoryStat totalActiveFile. */
                    public totalActiveFile: number;

                    /** MemoryStat totalUnevictable. */
                    public totalUnevictable: number;

                    /** MemoryStat usage. */
                    public usage?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat swap. */
                    public swap?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat kernel. */
                    public kernel?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /** MemoryStat kernelTcp. */
                    public kernelTcp?: (io.containerd.cgroups.v1.IMemoryEntry|null);

                    /**
                     * Creates a new MemoryStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MemoryStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IMemoryStat): io.containerd.cgroups.v1.MemoryStat;

                    /**
                     * Encodes the specified MemoryStat message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryStat.verify|verify} messages.
                     * @param message MemoryStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IMemoryStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified MemoryStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.MemoryStat.verify|verify} messages.
                     * @param message MemoryStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IMemoryStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MemoryStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MemoryStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryStat;

                    /**
                     * Decodes a MemoryStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns MemoryStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.MemoryStat;

                    /**
                     * Creates a MemoryStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns MemoryStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryStat;

                    /**
                     * Creates a plain object from a MemoryStat message. Also converts values to other types if specified.
                     * @param message MemoryStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.MemoryStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this MemoryStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for MemoryStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MemoryEntry. */
                interface IMemoryEntry {

                    /** MemoryEntry limit */
                    limit?: (number|null);

                    /** MemoryEntry usage */
                    usage?: (number|null);

                    /** MemoryEntry max */
                    max?: (number|null);

                    /** MemoryEntry failcnt */
                    failcnt?: (number|null);
                }

                /** Represents a MemoryEntry. */
                class MemoryEntry implements IMemoryEntry {

                    /**
                     * Constructs a new MemoryEntry.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IMemoryEntry);

                    /** MemoryEntry limit. */
                    public limit: number;

                    /** MemoryEntry usage. */
                    public usage: number;

                    /** MemoryEntry max. */
                    public max: number;

                    /** MemoryEntry failcnt. */
                    public failcnt: number;

                    /**
                     * Creates a new MemoryEntry instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MemoryEntry instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IMemoryEntry): io.containerd.cgroups.v1.MemoryEntry;

                    /**
                     * Encodes the specified MemoryEntry message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryEntry.verify|verify} messages.
                     * @param message MemoryEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IMemoryEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified MemoryEntry message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.MemoryEntry.verify|verify} messages.
                     * @param message MemoryEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IMemoryEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MemoryEntry message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MemoryEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryEntry;

                    /**
                     * Decodes a MemoryEntry message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns MemoryEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.MemoryEntry;

                    /**
                     * Creates a MemoryEntry message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns MemoryEntry
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryEntry;

                    /**
                     * Creates a plain object from a MemoryEntry message. Also converts values to other types if specified.
                     * @param message MemoryEntry
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.MemoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this MemoryEntry to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for MemoryEntry
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a MemoryOomControl. */
                interface IMemoryOomControl {

                    /** MemoryOomControl oomKillDisable */
                    oomKillDisable?: (number|null);

                    /** MemoryOomControl underOom */
                    underOom?: (number|null);

                    /** MemoryOomControl oomKill */
                    oomKill?: (number|null);
                }

                /** Represents a MemoryOomControl. */
                class MemoryOomControl implements IMemoryOomControl {

                    /**
                     * Constructs a new MemoryOomControl.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IMemoryOomControl);

                    /** MemoryOomControl oomKillDisable. */
                    public oomKillDisable: number;

                    /** MemoryOomControl underOom. */
                    public underOom: number;

                    /** MemoryOomControl oomKill. */
                    public oomKill: number;

                    /**
                     * Creates a new MemoryOomControl instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MemoryOomControl instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IMemoryOomControl): io.containerd.cgroups.v1.MemoryOomControl;

                    /**
                     * Encodes the specified MemoryOomControl message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryOomControl.verify|verify} messages.
                     * @param message MemoryOomControl message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IMemoryOomControl, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified MemoryOomControl message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.MemoryOomControl.verify|verify} messages.
                     * @param message MemoryOomControl message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IMemoryOomControl, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MemoryOomControl message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MemoryOomControl
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryOomControl;

                    /**
                     * Decodes a MemoryOomControl message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns MemoryOomControl
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.MemoryOomControl;

                    /**
                     * Creates a MemoryOomControl message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns MemoryOomControl
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryOomControl;

                    /**
                     * Creates a plain object from a MemoryOomControl message. Also converts values to other types if specified.
                     * @param message MemoryOomControl
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.MemoryOomControl, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this MemoryOomControl to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for MemoryOomControl
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a BlkIOStat. */
                interface IBlkIOStat {

                    /** BlkIOStat ioServiceBytesRecursive */
                    ioServiceBytesRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioServicedRecursive */
                    ioServicedRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioQueuedRecursive */
                    ioQueuedRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioServiceTimeRecursive */
                    ioServiceTimeRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioWaitTimeRecursive */
                    ioWaitTimeRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioMergedRecursive */
                    ioMergedRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat ioTimeRecursive */
                    ioTimeRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);

                    /** BlkIOStat sectorsRecursive */
                    sectorsRecursive?: (io.containerd.cgroups.v1.IBlkIOEntry[]|null);
                }

                /** Represents a BlkIOStat. */
                class BlkIOStat implements IBlkIOStat {

                    /**
                     * Constructs a new BlkIOStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IBlkIOStat);

                    /** BlkIOStat ioServiceBytesRecursive. */
                    public ioServiceBytesRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioServicedRecursive. */
                    public ioServicedRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioQueuedRecursive. */
                    public ioQueuedRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioServiceTimeRecursive. */
                    public ioServiceTimeRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioWaitTimeRecursive. */
                    public ioWaitTimeRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioMergedRecursive. */
                    public ioMergedRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat ioTimeRecursive. */
                    public ioTimeRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /** BlkIOStat sectorsRecursive. */
                    public sectorsRecursive: io.containerd.cgroups.v1.IBlkIOEntry[];

                    /**
                     * Creates a new BlkIOStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BlkIOStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IBlkIOStat): io.containerd.cgroups.v1.BlkIOStat;

                    /**
                     * Encodes the specified BlkIOStat message. Does not implicitly {@link io.containerd.cgroups.v1.BlkIOStat.verify|verify} messages.
                     * @param message BlkIOStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IBlkIOStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified BlkIOStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.BlkIOStat.verify|verify} messages.
                     * @param message BlkIOStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IBlkIOStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BlkIOStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns BlkIOStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOStat;

                    /**
                     * Decodes a BlkIOStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns BlkIOStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.BlkIOStat;

                    /**
                     * Creates a BlkIOStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns BlkIOStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOStat;

                    /**
                     * Creates a plain object from a BlkIOStat message. Also converts values to other types if specified.
                     * @param message BlkIOStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.BlkIOStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BlkIOStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for BlkIOStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a BlkIOEntry. */
                interface IBlkIOEntry {

                    /** BlkIOEntry op */
                    op?: (string|null);

                    /** BlkIOEntry device */
                    device?: (string|null);

                    /** BlkIOEntry major */
                    major?: (number|null);

                    /** BlkIOEntry minor */
                    minor?: (number|null);

                    /** BlkIOEntry value */
                    value?: (number|null);
                }

                /** Represents a BlkIOEntry. */
                class BlkIOEntry implements IBlkIOEntry {

                    /**
                     * Constructs a new BlkIOEntry.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IBlkIOEntry);

                    /** BlkIOEntry op. */
                    public op: string;

                    /** BlkIOEntry device. */
                    public device: string;

                    /** BlkIOEntry major. */
                    public major: number;

                    /** BlkIOEntry minor. */
                    public minor: number;

                    /** BlkIOEntry value. */
                    public value: number;

                    /**
                     * Creates a new BlkIOEntry instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BlkIOEntry instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IBlkIOEntry): io.containerd.cgroups.v1.BlkIOEntry;

                    /**
                     * Encodes the specified BlkIOEntry message. Does not implicitly {@link io.containerd.cgroups.v1.BlkIOEntry.verify|verify} messages.
                     * @param message BlkIOEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IBlkIOEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified BlkIOEntry message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.BlkIOEntry.verify|verify} messages.
                     * @param message BlkIOEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IBlkIOEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BlkIOEntry message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns BlkIOEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOEntry;

                    /**
                     * Decodes a BlkIOEntry message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns BlkIOEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.BlkIOEntry;

                    /**
                     * Creates a BlkIOEntry message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns BlkIOEntry
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOEntry;

                    /**
                     * Creates a plain object from a BlkIOEntry message. Also converts values to other types if specified.
                     * @param message BlkIOEntry
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.BlkIOEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BlkIOEntry to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for BlkIOEntry
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a RdmaStat. */
                interface IRdmaStat {

                    /** RdmaStat current */
                    current?: (io.containerd.cgroups.v1.IRdmaEntry[]|null);

                    /** RdmaStat limit */
                    limit?: (io.containerd.cgroups.v1.IRdmaEntry[]|null);
                }

                /** Represents a RdmaStat. */
                class RdmaStat implements IRdmaStat {

                    /**
                     * Constructs a new RdmaStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IRdmaStat);

                    /** RdmaStat current. */
                    public current: io.containerd.cgroups.v1.IRdmaEntry[];

                    /** RdmaStat limit. */
                    public limit: io.containerd.cgroups.v1.IRdmaEntry[];

                    /**
                     * Creates a new RdmaStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RdmaStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IRdmaStat): io.containerd.cgroups.v1.RdmaStat;

                    /**
                     * Encodes the specified RdmaStat message. Does not implicitly {@link io.containerd.cgroups.v1.RdmaStat.verify|verify} messages.
                     * @param message RdmaStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IRdmaStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified RdmaStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.RdmaStat.verify|verify} messages.
                     * @param message RdmaStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IRdmaStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RdmaStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns RdmaStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaStat;

                    /**
                     * Decodes a RdmaStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns RdmaStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.RdmaStat;

                    /**
                     * Creates a RdmaStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns RdmaStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaStat;

                    /**
                     * Creates a plain object from a RdmaStat message. Also converts values to other types if specified.
                     * @param message RdmaStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.RdmaStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this RdmaStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for RdmaStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a RdmaEntry. */
                interface IRdmaEntry {

                    /** RdmaEntry device */
                    device?: (string|null);

                    /** RdmaEntry hcaHandles */
                    hcaHandles?: (number|null);

                    /** RdmaEntry hcaObjects */
                    hcaObjects?: (number|null);
                }

                /** Represents a RdmaEntry. */
                class RdmaEntry implements IRdmaEntry {

                    /**
                     * Constructs a new RdmaEntry.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.IRdmaEntry);

                    /** RdmaEntry device. */
                    public device: string;

                    /** RdmaEntry hcaHandles. */
                    public hcaHandles: number;

                    /** RdmaEntry hcaObjects. */
                    public hcaObjects: number;

                    /**
                     * Creates a new RdmaEntry instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns RdmaEntry instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.IRdmaEntry): io.containerd.cgroups.v1.RdmaEntry;

                    /**
                     * Encodes the specified RdmaEntry message. Does not implicitly {@link io.containerd.cgroups.v1.RdmaEntry.verify|verify} messages.
                     * @param message RdmaEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.IRdmaEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified RdmaEntry message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.RdmaEntry.verify|verify} messages.
                     * @param message RdmaEntry message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.IRdmaEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a RdmaEntry message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns RdmaEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaEntry;

                    /**
                     * Decodes a RdmaEntry message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns RdmaEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.RdmaEntry;

                    /**
                     * Creates a RdmaEntry message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns RdmaEntry
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaEntry;

                    /**
                     * Creates a plain object from a RdmaEntry message. Also converts values to other types if specified.
                     * @param message RdmaEntry
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.RdmaEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this RdmaEntry to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for RdmaEntry
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a NetworkStat. */
                interface INetworkStat {

                    /** NetworkStat name */
                    name?: (string|null);

                    /** NetworkStat rxBytes */
                    rxBytes?: (number|null);

                    /** NetworkStat rxPackets */
                    rxPackets?: (number|null);

                    /** NetworkStat rxErrors */
                    rxErrors?: (number|null);

                    /** NetworkStat rxDropped */
                    rxDropped?: (number|null);

                    /** NetworkStat txBytes */
                    txBytes?: (number|null);

                    /** NetworkStat txPackets */
                    txPackets?: (number|null);

                    /** NetworkStat txErrors */
                    txErrors?: (number|null);

                    /** NetworkStat txDropped */
                    txDropped?: (number|null);
                }

                /** Represents a NetworkStat. */
                class NetworkStat implements INetworkStat {

                    /**
                     * Constructs a new NetworkStat.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.INetworkStat);

                    /** NetworkStat name. */
                    public name: string;

                    /** NetworkStat rxBytes. */
                    public rxBytes: number;

                    /** NetworkStat rxPackets. */
                    public rxPackets: number;

                    /** NetworkStat rxErrors. */
                    public rxErrors: number;

                    /** NetworkStat rxDropped. */
                    public rxDropped: number;

                    /** NetworkStat txBytes. */
                    public txBytes: number;

                    /** NetworkStat txPackets. */
                    public txPackets: number;

                    /** NetworkStat txErrors. */
                    public txErrors: number;

                    /** NetworkStat txDropped. */
                    public txDropped: number;

                    /**
                     * Creates a new NetworkStat instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns NetworkStat instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.INetworkStat): io.containerd.cgroups.v1.NetworkStat;

                    /**
                     * Encodes the specified NetworkStat message. Does not implicitly {@link io.containerd.cgroups.v1.NetworkStat.verify|verify} messages.
                     * @param message NetworkStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.INetworkStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified NetworkStat message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.NetworkStat.verify|verify} messages.
                     * @param message NetworkStat message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.INetworkStat, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a NetworkStat message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns NetworkStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.NetworkStat;

                    /**
                     * Decodes a NetworkStat message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns NetworkStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.NetworkStat;

                    /**
                     * Creates a NetworkStat message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns NetworkStat
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.NetworkStat;

                    /**
                     * Creates a plain object from a NetworkStat message. Also converts values to other types if specified.
                     * @param message NetworkStat
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.NetworkStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this NetworkStat to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for NetworkStat
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }

                /** Properties of a CgroupStats. */
                interface ICgroupStats {

                    /** CgroupStats nrSleeping */
                    nrSleeping?: (number|null);

                    /** CgroupStats nrRunning */
                    nrRunning?: (number|null);

                    /** CgroupStats nrStopped */
                    nrStopped?: (number|null);

                    /** CgroupStats nrUninterruptible */
                    nrUninterruptible?: (number|null);

                    /** CgroupStats nrIoWait */
                    nrIoWait?: (number|null);
                }

                /** Represents a CgroupStats. */
                class CgroupStats implements ICgroupStats {

                    /**
                     * Constructs a new CgroupStats.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.containerd.cgroups.v1.ICgroupStats);

                    /** CgroupStats nrSleeping. */
                    public nrSleeping: number;

                    /** CgroupStats nrRunning. */
                    public nrRunning: number;

                    /** CgroupStats nrStopped. */
                    public nrStopped: number;

                    /** CgroupStats nrUninterruptible. */
                    public nrUninterruptible: number;

                    /** CgroupStats nrIoWait. */
                    public nrIoWait: number;

                    /**
                     * Creates a new CgroupStats instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns CgroupStats instance
                     */
                    public static create(properties?: io.containerd.cgroups.v1.ICgroupStats): io.containerd.cgroups.v1.CgroupStats;

                    /**
                     * Encodes the specified CgroupStats message. Does not implicitly {@link io.containerd.cgroups.v1.CgroupStats.verify|verify} messages.
                     * @param message CgroupStats message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: io.containerd.cgroups.v1.ICgroupStats, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified CgroupStats message, length delimited. Does not implicitly {@link io.containerd.cgroups.v1.CgroupStats.verify|verify} messages.
                     * @param message CgroupStats message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encodeDelimited(message: io.containerd.cgroups.v1.ICgroupStats, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a CgroupStats message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns CgroupStats
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CgroupStats;

                    /**
                     * Decodes a CgroupStats message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns CgroupStats
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): io.containerd.cgroups.v1.CgroupStats;

                    /**
                     * Creates a CgroupStats message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns CgroupStats
                     */
                    public static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CgroupStats;

                    /**
                     * Creates a plain object from a CgroupStats message. Also converts values to other types if specified.
                     * @param message CgroupStats
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    public static toObject(message: io.containerd.cgroups.v1.CgroupStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this CgroupStats to JSON.
                     * @returns JSON object
                     */
                    public toJSON(): { [k: string]: any };

                    /**
                     * Gets the default type url for CgroupStats
                     * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                     * @returns The default type url
                     */
                    public static getTypeUrl(typeUrlPrefix?: string): string;
                }
            }
        }
    }
}
