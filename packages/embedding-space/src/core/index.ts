export { createPointCloud } from './pointCloud.js';
export type { PointCloud, PointCloudInput } from './pointCloud.js';
