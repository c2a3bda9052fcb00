export declare function readDist(packageDir: string): {
  files: string[];
  code: string[];
  imports: string[];
  gzipBytes: number;
};
