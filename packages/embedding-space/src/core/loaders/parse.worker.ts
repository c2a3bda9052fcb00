// Module worker that parses embedding files off the main thread (see loadEmbeddingFile).
import { handleWorkerMessage, type WorkerParseMessage, type WorkerReplyMessage } from './workerProtocol.js';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerParseMessage>) => void): void;
  postMessage(message: WorkerReplyMessage, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.addEventListener('message', (event) => {
  void handleWorkerMessage(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
});
