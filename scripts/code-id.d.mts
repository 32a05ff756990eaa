/** The sha256 of every file under `srcDir` (paths and contents), `sha256:<hex>`. */
export function codeIdentity(srcDir: string): string;
