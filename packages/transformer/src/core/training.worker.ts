import type { TrainingCommand } from './trainingProtocol.js';
import { createTrainingSession } from './trainingSession.js';

/** The part of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<TrainingCommand>) => void) | null;
}

// Entry of the module Worker that trains the transformer off the main thread (see trainInWorker.ts):
// tfjs on the wasm backend, loaded here through tensor-core, with the wasm file URLs the host sends.
const scope = self as unknown as WorkerScope;
const handle = createTrainingSession((event, transfer) => scope.postMessage(event, transfer), { sliceMs: 100 });
scope.onmessage = (event) => handle(event.data);
