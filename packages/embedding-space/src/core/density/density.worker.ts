import { handleDensityRequest, type DensityWorkerRequest } from './densityMap.js';

/** The part of a dedicated worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<DensityWorkerRequest>) => void) | null;
}

// Entry of the module Worker that computes density maps off the page thread (see runDensityMap).
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { message, transfer } = handleDensityRequest(event.data);
  scope.postMessage(message, transfer);
};
