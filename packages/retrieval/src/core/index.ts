// `@tensorscope/retrieval/core`: the React-free part (data, loading, maths, headless controllers).
// Safe to import on the server and in workers.
export { loadRetrieval, createRetrievalController } from './retrieval.js';
export type { RetrievalData, RetrievalState, RetrievalController } from './retrieval.js';
export { RETRIEVAL_ERROR_CODES } from './errors.js';
export type { RetrievalErrorCode } from './errors.js';
