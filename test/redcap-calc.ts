/**
 * A small evaluator of REDCap's calc syntax, for the subset the dictionary export writes:
 * numbers, `""`, `[field]`, `+ - * /`, unary minus, parentheses, comparisons (`= <> != < <= > >=`),
 * `and`/`or`, `if(c, a, b)`, `sum(…)` and `isblankormissingcode(…)`.
 *
 * It is deliberately stricter than REDCap: arithmetic or a comparison that meets a blank throws
 * (REDCap's own result there depends on where it evaluates: `+` gives blank in the browser,
 * `sum()` skips blanks), and so does a result that is not a number or blank. A formula that
 * evaluates here therefore never relies on REDCap's blank handling on the branch it takes.
 * `if()` evaluates only the branch it takes.
 */

/** A blank value: an unanswered field, a missing data code, or `""`. */
export const BLANK = Symbol('blank');
type Value = number | boolean | typeof BLANK;

type Node =
  | { t: 'num'; v: number }
  | { t: 'blank' }
  | { t: 'field'; name: string }
  | { t: 'neg'; x: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; fn: string; args: Node[] };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]*)"|'(?:[^']*)')|\[([a-z][a-z0-9_]*)\]|([a-z_][a-z0-9_]*)|(<=|>=|<>|!=|[-+*/(),=<>]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (m === null) throw new SyntaxError(`REDCap calc: cannot read ${JSON.stringify(src.slice(at, at + 20))}`);
    out.push(m[1] ?? m[2] ?? (m[3] !== undefined ? `[${m[3]}]` : undefined) ?? m[4] ?? m[5]!);
    at = TOKEN.lastIndex;
  }
  return out;
}

/** Parses a calc formula (throws SyntaxError on anything outside the subset). */
export function parseCalc(src: string): Node {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new SyntaxError(`REDCap calc: expected ${expected ?? 'more'} at token ${i} of ${src.slice(0, 80)}`);
    return t;
  };
  const binary = (next: () => Node, ops: readonly string[]) => (): Node => {
    let a = next();
    while (ops.includes(peek() ?? '')) {
      const op = take();
      a = { t: 'bin', op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const t = take();
    if (t === '(') {
      const e = or();
      take(')');
      return e;
    }
    if (t === '-') return { t: 'neg', x: primary() };
    if (/^\d/.test(t)) return { t: 'num', v: Number(t) };
    if (t === '""' || t === "''") return { t: 'blank' };
    if (t.startsWith('"') || t.startsWith("'")) throw new SyntaxError(`REDCap calc: only "" is a supported string, got ${t}`);
    if (t.startsWith('[')) return { t: 'field', name: t.slice(1, -1) };
    if (['if', 'sum', 'isblankormissingcode'].includes(t)) {
      take('(');
      const args: Node[] = [or()];
      while (peek() === ',') {
        take(',');
        args.push(or());
      }
      take(')');
      if (t === 'if' && args.length !== 3) throw new SyntaxError('REDCap calc: if() takes 3 arguments');
      if (t === 'isblankormissingcode' && args.length !== 1) throw new SyntaxError('REDCap calc: isblankormissingcode() takes 1 argument');
      return { t: 'call', fn: t, args };
    }
    throw new SyntaxError(`REDCap calc: unexpected ${t}`);
  };
  const mul = binary(primary, ['*', '/']);
  const add = binary(mul, ['+', '-']);
  const cmp = (): Node => {
    const a = add();
    const op = peek();
    if (op !== undefined && ['=', '<>', '!=', '<', '<=', '>', '>='].includes(op)) {
      take();
      return { t: 'bin', op, a, b: add() };
    }
    return a;
  };
  const and = binary(cmp, ['and']);
  const or = binary(and, ['or']);
  const tree = or();
  if (i !== tokens.length) throw new SyntaxError(`REDCap calc: unexpected ${tokens[i]} after a complete formula`);
  return tree;
}

/** Values of a record: REDCap strings (`""` = blank) for items, numbers or BLANK for calc fields. */
export type CalcRecord = Readonly<Record<string, string | number | typeof BLANK | undefined>>;

function fieldValue(record: CalcRecord, name: string, missingCodes: ReadonlySet<string>): number | typeof BLANK {
  if (!Object.prototype.hasOwnProperty.call(record, name)) throw new ReferenceError(`REDCap calc: unknown field [${name}]`);
  const v = record[name];
  if (v === undefined || v === BLANK || v === '' || (typeof v === 'string' && missingCodes.has(v))) return BLANK;
  if (typeof v === 'number') return v;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new TypeError(`REDCap calc: [${name}] = ${JSON.stringify(v)} is not a number`);
  return n;
}

const number = (v: Value, what: string): number => {
  if (typeof v !== 'number') throw new TypeError(`REDCap calc: ${what} on ${v === BLANK ? 'a blank' : String(v)}`);
  return v;
};
const bool = (v: Value, what: string): boolean => {
  if (typeof v !== 'boolean') throw new TypeError(`REDCap calc: ${what} needs a condition, got ${String(v)}`);
  return v;
};

function evaluate(node: Node, record: CalcRecord, codes: ReadonlySet<string>): Value {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'blank':
      return BLANK;
    case 'field':
      return fieldValue(record, node.name, codes);
    case 'neg':
      return -number(evaluate(node.x, record, codes), 'unary minus');
    case 'call': {
      if (node.fn === 'if') return bool(evaluate(node.args[0]!, record, codes), 'if()') ? evaluate(node.args[1]!, record, codes) : evaluate(node.args[2]!, record, codes);
      if (node.fn === 'isblankormissingcode') return evaluate(node.args[0]!, record, codes) === BLANK;
      let sum = 0;
      for (const a of node.args) {
        const v = evaluate(a, record, codes);
        if (v !== BLANK) sum += number(v, 'sum()');
      }
      return sum;
    }
    case 'bin': {
      if (node.op === 'and' || node.op === 'or') {
        const a = bool(evaluate(node.a, record, codes), node.op);
        const b = bool(evaluate(node.b, record, codes), node.op);
        return node.op === 'and' ? a && b : a || b;
      }
      const a = number(evaluate(node.a, record, codes), `"${node.op}"`);
      const b = number(evaluate(node.b, record, codes), `"${node.op}"`);
      switch (node.op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return a / b;
        case '=': return a === b;
        case '<>':
        case '!=': return a !== b;
        case '<': return a < b;
        case '<=': return a <= b;
        case '>': return a > b;
        case '>=': return a >= b;
      }
      throw new SyntaxError(`REDCap calc: operator ${node.op}`);
    }
  }
}

/** Evaluates a parsed formula on a record: a finite number or BLANK (anything else throws). */
export function evaluateCalc(tree: Node, record: CalcRecord, missingCodes: ReadonlySet<string> = new Set()): number | typeof BLANK {
  const v = evaluate(tree, record, missingCodes);
  if (v === BLANK) return v;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`REDCap calc: result ${String(v)} is not a finite number or blank`);
  return v;
}
