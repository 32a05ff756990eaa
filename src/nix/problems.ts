import { distance } from 'fastest-levenshtein';
import * as z from 'zod';

/**
 * Why a requested name is not a package that can be built, as nix/build-registry-image.nix
 * reports it, and the message the user reads: the package, what is wrong and how to fix it.
 */
export const packageProblemSchema = z.object({
  name: z.string(),
  problem: z.enum(['missing', 'throws', 'unfree', 'broken', 'unsupported', 'insecure', 'eval']),
  /** The derivation's name (`openssl-1.1.1w`), which permittedInsecurePackages lists. */
  drvName: z.string().optional(),
  licenses: z.array(z.string()).optional(),
  vulnerabilities: z.array(z.string()).optional(),
  platforms: z.array(z.string()).optional(),
  system: z.string().optional(),
  /** Names beside a missing one (same parent, same first letter). */
  suggestions: z.array(z.string()).optional(),
  /** Nix's own error, read by evaluating the name on its own. */
  message: z.string().optional(),
});
export type PackageProblem = z.infer<typeof packageProblemSchema>;

const MAX_SUGGESTIONS = 3;

/** The closest names by edit distance (case ignored), close enough to be a likely typo. */
export function closestNames(name: string, candidates: string[]): string[] {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .filter((c) => c !== name)
    .map((c) => ({ c, d: distance(wanted, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= limit || c.toLowerCase().startsWith(wanted))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ c }) => c);
}

const config = (json: string) => `nixpkgs-config: '${json}'`;

/** One line for one name: what is wrong, then the fix. */
export function describeProblem(p: PackageProblem): string {
  const pkg = p.drvName && p.drvName !== p.name ? `${p.name} (${p.drvName})` : p.name;
  const nixSays = p.message ? `: ${p.message.replace(/\n+/g, ' / ')}` : '';
  switch (p.problem) {
    case 'missing': {
      const near = closestNames(p.name, p.suggestions ?? []);
      return `${p.name}: not found${near.length ? `; did you mean: ${near.join(', ')}?` : ''}`;
    }
    case 'unfree':
      return `${pkg}: has an unfree license (${(p.licenses ?? []).join(', ') || 'unfree'}); allow unfree packages with ${config('{"allowUnfree": true}')}`;
    case 'broken':
      return `${pkg}: is marked as broken in the package set; build it anyway with ${config('{"allowBroken": true}')}`;
    case 'unsupported':
      return `${pkg}: is not available on ${p.system ?? 'this system'}${p.platforms?.length ? ` (its platforms: ${p.platforms.slice(0, 8).join(', ')}${p.platforms.length > 8 ? ', …' : ''})` : ''}; choose another system, or try it anyway with ${config('{"allowUnsupportedSystem": true}')}`;
    case 'insecure':
      return `${pkg}: is marked as insecure, known vulnerabilities: ${(p.vulnerabilities ?? []).join('; ')}; if you accept them, permit it with ${config(JSON.stringify({ permittedInsecurePackages: [p.drvName ?? p.name] }))}`;
    case 'throws':
      return `${p.name}: was removed or renamed in the package set${nixSays || ' (it throws when evaluated)'}`;
    case 'eval':
      return `${pkg}: does not evaluate${nixSays}`;
  }
}

/** The whole report: the seed's one-line form when every name is simply absent. */
export function describeProblems(problems: PackageProblem[]): string {
  const plain = problems.every(
    (p) => p.problem === 'missing' && closestNames(p.name, p.suggestions ?? []).length === 0,
  );
  if (plain) return `Could not find Nix packages: ${problems.map((p) => p.name).join(', ')}`;
  return [
    `Nix packages cannot be built from this package source (${problems.length}):`,
    ...problems.map((p) => `- ${describeProblem(p)}`),
  ].join('\n');
}
