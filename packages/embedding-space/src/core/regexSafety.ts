/**
 * Why a search pattern could backtrack exponentially, or `null`. JavaScript's regex engine
 * backtracks and cannot be interrupted, so one `exec` of `(a+)+$` on 30 "a"s and a "!" runs for
 * seconds; a time budget checked between labels cannot stop it. Patterns of that class are refused
 * before they run: a repeated group whose body repeats too (`(a+)+`, `(a*)*`, `(\w+\s?)*`), or a
 * repeated alternation whose branches can match the same text (`(a|a)*`, `(a|ab)+`, `(\w|x)*`).
 * Disjoint literal alternations such as `(cat|dog)+` stay allowed. Polynomial patterns
 * (`.*.*x`) are left to the search's time budget (see `createLabelSearch`).
 */
export function catastrophicPattern(source: string): string | null {
  interface Group {
    start: number;
    repeats: boolean;
    alternation: boolean;
  }
  const stack: Group[] = [];
  let inClass = false;
  let lastAtomStart = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      lastAtomStart = i;
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      lastAtomStart = i;
      continue;
    }
    const top = stack[stack.length - 1];
    if (char === '(') {
      stack.push({ start: i, repeats: false, alternation: false });
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[=!]/.test(source[i + 3] ?? '') ? 3 : 2;
      lastAtomStart = -1;
      continue;
    }
    if (char === '|') {
      if (top) top.alternation = true;
      continue;
    }
    if (char === ')') {
      const group = stack.pop();
      if (!group) continue;
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && !/^\{0?,?1\}/.test(source.slice(i + 1)));
      const body = source.slice(group.start + 1, i);
      if (repeated && group.repeats) return `the repeated group ${source.slice(group.start, i + 2)} repeats inside`;
      if (repeated && group.alternation && !disjointLiterals(body)) {
        return `the branches of the repeated group ${source.slice(group.start, i + 2)} can match the same text`;
      }
      const parent = stack[stack.length - 1];
      if (parent && (group.repeats || repeated)) parent.repeats = true;
      lastAtomStart = group.start;
      continue;
    }
    if (char === '*' || char === '+' || char === '{') {
      if (lastAtomStart >= 0 && top) top.repeats = true;
      continue;
    }
    lastAtomStart = i;
  }
  return null;
}

/** True for `cat|dog` (plain literal branches, none a prefix of another); false for `a|ab`, `\w|x`. */
function disjointLiterals(body: string): boolean {
  const branches = body.replace(/^\?(:|<[A-Za-z_$][\w$]*>)/, '').split('|');
  if (branches.some((branch) => branch === '' || /[\\[\].()?*+{}^$]/.test(branch))) return false;
  return branches.every((a, i) => branches.every((b, j) => i === j || !b.startsWith(a)));
}
