import type { WorkerRequest } from './protocol.js';
import { createWorkerHost } from './workerHost.js';

/** The part of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

// Entry of the module Worker that runs UMAP and t-SNE off the main thread (see runInWorker.ts).
const scope = self as unknown as WorkerScope;
const handle = createWorkerHost((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
