// The runtime's way to a new pod's sandbox, for the shim's task service (lib/shim/service.ts,
// which pairs it with the pod's configuration, lib/shim/pod-config.ts): the VM from Sandbox.create.
import { Sandbox } from './sandbox.js';
import type { NewSandbox, TaskSandbox } from './task-sandbox.js';

export const createSandbox = (o: NewSandbox): Promise<TaskSandbox> => Sandbox.create(o);
