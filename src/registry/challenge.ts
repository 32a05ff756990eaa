/** One authentication challenge from a WWW-Authenticate header (RFC 7235). */
export interface Challenge {
  /** Lower case: 'bearer', 'basic'. */
  scheme: string;
  /** Parameter names in lower case; values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const SPACE = /[ \t]*/y;

/**
 * Parses every challenge in WWW-Authenticate headers. Written out here because the grammar is
 * small, while quoted values may hold commas (`scope="repository:a:pull,push"`), which the
 * split-on-comma parsers found on npm get wrong.
 */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  if (header === undefined) return [];
  const lines = Array.isArray(header) ? header : [header];
  return lines.flatMap(parseLine);
}

function parseLine(line: string): Challenge[] {
  const challenges: Challenge[] = [];
  let pos = 0;
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(line);
    if (!m) return undefined;
    pos = re.lastIndex;
    return m[0];
  };
  const skipSeparators = () => {
    while (pos < line.length && /[\s,]/.test(line[pos] ?? '')) pos++;
  };

  skipSeparators();
  while (pos < line.length) {
    const scheme = match(TOKEN);
    if (!scheme) break;
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    match(SPACE);
    // Parameters follow until a token that is not followed by '=' starts the next challenge.
    for (;;) {
      skipSeparators();
      const start = pos;
      const name = match(TOKEN);
      if (!name) break;
      match(SPACE);
      if (line[pos] !== '=') {
        pos = start;
        break;
      }
      pos++;
      match(SPACE);
      challenge.params[name.toLowerCase()] =
        line[pos] === '"' ? readQuoted() : (match(TOKEN) ?? '');
    }
  }
  return challenges;

  function readQuoted(): string {
    let value = '';
    pos++; // opening quote
    while (pos < line.length && line[pos] !== '"') {
      if (line[pos] === '\\' && pos + 1 < line.length) pos++;
      value += line[pos];
      pos++;
    }
    pos++; // closing quote
    return value;
  }
}
