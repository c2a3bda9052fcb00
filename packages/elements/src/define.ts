// Side-effect entry: `import '@tensorscope/elements/define'` defines the three elements.
import { defineTensorscopeElements } from './defineElements.js';

defineTensorscopeElements();

export { TensorscopeElements, defineTensorscopeElements } from './defineElements.js';
