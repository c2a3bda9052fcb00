// The states live in core (React- and three-free); kept here for the scene's existing imports.
export { POINT_STATE } from '../core/pointState.js';
