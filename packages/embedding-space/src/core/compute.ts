// The package's door to tensor-core is tensor-core's own lazy entry: one module instance and one
// runtime per options object for the whole page, shared with every other package that uses it.
export { loadRuntime, loadTensorCore } from '@tensorscope/tensor-core/lazy';
