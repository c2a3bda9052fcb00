export declare function readDist(
  packageDir: string,
  options?: { exclude?: (file: string) => boolean },
): {
  files: string[];
  code: string[];
  imports: string[];
  gzipBytes: number;
};
