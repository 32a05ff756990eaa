/**
 * The closure graph the image side groups into layers. `src/nix` produces it; only its type
 * crosses over, so grouping stays pure and testable on made-up graphs.
 */
export type { ClosureGraph, StorePathInfo } from '../nix/closure.ts';
