import jsep, { type Expression } from 'jsep';

// `x in [..]` tests membership in a list, as conditions on regions, industries and chains need.
jsep.addBinaryOp('in', 7);

/** What a fact holds, as policies see it. */
export type FactValue = number | string | boolean | string[] | null;

/** A place in an expression's text: the zero-based character where a problem starts. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** The names an expression may use: facts (by dotted code) and the policy's parameters (as `param.<name>`). */
export interface ExpressionScope {
  facts: ReadonlySet<string>;
  parameters: ReadonlySet<string>;
}

const FUNCTIONS: Record<string, { arity: [number, number]; apply: (...args: FactValue[]) => FactValue }> = {
  min: { arity: [2, 9], apply: (...values) => (values.some((value) => typeof value !== 'number') ? null : Math.min(...(values as number[]))) },
  max: { arity: [2, 9], apply: (...values) => (values.some((value) => typeof value !== 'number') ? null : Math.max(...(values as number[]))) },
  round: {
    arity: [1, 2],
    apply: (value, digits = 0) => (typeof value === 'number' && typeof digits === 'number' ? Math.round(value * 10 ** digits) / 10 ** digits : null),
  },
  startsWith: { arity: [2, 2], apply: (text, prefix) => (typeof text === 'string' && typeof prefix === 'string' ? text.startsWith(prefix) : null) },
};

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);
const ARITHMETIC = new Set(['+', '-', '*', '/']);

/** Paths already worked out: a batch reads the same nodes for every enterprise. */
const PATHS = new WeakMap<Expression, string | null>();

/** The dotted name of an identifier or a member path (`credit.score`), or null for anything else. */
function pathOf(node: Expression): string | null {
  if (PATHS.has(node)) return PATHS.get(node)!;
  const path = computePath(node);
  PATHS.set(node, path);
  return path;
}

function computePath(node: Expression): string | null {
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression' && !node.computed) {
    const object = pathOf(node.object as Expression);
    const property = (node.property as Expression).type === 'Identifier' ? ((node.property as Expression).name as string) : null;
    return object && property ? `${object}.${property}` : null;
  }
  return null;
}

/** Where a name first stands in the text as a whole dotted path (outside string literals); 0 when not found. */
function positionOf(text: string, name: string): number {
  const pattern = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].replace(/\s+/g, '') === name) return match.index ?? 0;
  }
  return 0;
}

/**
 * Parses an expression with jsep into its AST and checks it against the scope: every name a known fact or
 * parameter, every operator and function one the evaluator knows. Problems are refused with their position.
 */
export function parseExpression(text: string, scope: ExpressionScope): Expression {
  let ast: Expression;
  try {
    ast = jsep(text);
  } catch (error) {
    const { description, index } = error as { description?: string; index?: number };
    throw new ExpressionError(description ?? (error as Error).message, index ?? 0);
  }
  const check = (node: Expression): void => {
    switch (node.type) {
      case 'Literal':
        return;
      case 'Identifier':
      case 'MemberExpression': {
        const name = pathOf(node);
        if (name === null) throw new ExpressionError('Only facts and parameters are named here, not computed members.', positionOf(text, ''));
        if (name === 'true' || name === 'false') return;
        if (name.startsWith('param.')) {
          if (!scope.parameters.has(name.slice(6))) throw new ExpressionError(`No parameter is called ${name.slice(6)}.`, positionOf(text, name));
          return;
        }
        if (!scope.facts.has(name)) throw new ExpressionError(`No fact is called ${name}; see policyFacts.`, positionOf(text, name));
        return;
      }
      case 'ArrayExpression':
        for (const element of node.elements as Expression[]) check(element);
        return;
      case 'UnaryExpression':
        if (!['!', '-'].includes(node.operator as string)) throw new ExpressionError(`Unknown operator ${node.operator as string}.`, 0);
        check(node.argument as Expression);
        return;
      case 'BinaryExpression': {
        const operator = node.operator as string;
        if (!COMPARISONS.has(operator) && !ARITHMETIC.has(operator) && !['&&', '||', 'in'].includes(operator)) {
          throw new ExpressionError(`Unknown operator ${operator}.`, Math.max(0, text.indexOf(operator)));
        }
        check(node.left as Expression);
        check(node.right as Expression);
        return;
      }
      case 'CallExpression': {
        const callee = node.callee as Expression;
        const name = callee.type === 'Identifier' ? (callee.name as string) : '';
        const fn = FUNCTIONS[name];
        if (!fn)
          throw new ExpressionError(`Unknown function ${name || '(computed)'}; use ${Object.keys(FUNCTIONS).join(', ')}.`, positionOf(text, name));
        const args = node.arguments as Expression[];
        if (args.length < fn.arity[0] || args.length > fn.arity[1]) {
          throw new ExpressionError(`${name} takes ${fn.arity[0]} to ${fn.arity[1]} arguments.`, positionOf(text, name));
        }
        for (const argument of args) check(argument);
        return;
      }
      case 'Compound':
        throw new ExpressionError('One expression only.', 0);
      default:
        throw new ExpressionError(`${node.type} is not allowed here.`, 0);
    }
  };
  check(ast);
  return ast;
}

/** The facts an expression reads (not its parameters), each once. */
export function factsReadBy(ast: Expression): string[] {
  const found = new Set<string>();
  const visit = (node: Expression | null | undefined): void => {
    if (!node) return;
    if (node.type === 'Identifier' || node.type === 'MemberExpression') {
      const name = pathOf(node);
      if (name && name !== 'true' && name !== 'false' && !name.startsWith('param.')) found.add(name);
      return;
    }
    for (const child of [
      node.left,
      node.right,
      node.argument,
      ...((node.elements as Expression[]) ?? []),
      ...((node.arguments as Expression[]) ?? []),
    ]) {
      visit(child as Expression | undefined);
    }
  };
  visit(ast);
  return [...found];
}

/** A fact as an evaluation read it. */
export interface FactRead {
  fact: string;
  value: FactValue;
}

/** A comparison of a fact with a value that did not hold: what the enterprise would need. */
export interface Shortfall {
  fact: string;
  value: FactValue;
  /** The operator the fact must satisfy, with the fact on the left (`>=`: at least `threshold`). */
  operator: string;
  threshold: FactValue;
}

export interface Evaluation {
  value: FactValue;
  reads: FactRead[];
  shortfalls: Shortfall[];
}

const MIRRORED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

function compare(operator: string, left: FactValue, right: FactValue): boolean | null {
  if (left === null || right === null) return null;
  switch (operator) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    default:
      if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string')) return null;
      if (operator === '<') return left < right;
      if (operator === '<=') return left <= right;
      if (operator === '>') return left > right;
      return left >= right;
  }
}

/**
 * Evaluates a checked expression against an enterprise's facts and the parameters in force, keeping the trace:
 * every fact read, and for comparisons of a fact with a value that failed, the threshold to reach. A missing fact is
 * null, which no comparison holds.
 */
export function evaluate(ast: Expression, facts: (name: string) => FactValue, parameters: (name: string) => FactValue): Evaluation {
  const reads = new Map<string, FactValue>();
  const shortfalls: Shortfall[] = [];
  const read = (name: string): FactValue => {
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name.startsWith('param.')) return parameters(name.slice(6));
    const value = facts(name);
    reads.set(name, value);
    return value;
  };
  const factOf = (node: Expression): string | null => {
    const name = pathOf(node);
    return name && name !== 'true' && name !== 'false' && !name.startsWith('param.') ? name : null;
  };
  const walk = (node: Expression): FactValue => {
    switch (node.type) {
      case 'Literal':
        return node.value as FactValue;
      case 'Identifier':
      case 'MemberExpression':
        return read(pathOf(node)!);
      case 'ArrayExpression':
        return (node.elements as Expression[]).map((element) => String(walk(element)));
      case 'UnaryExpression': {
        const value = walk(node.argument as Expression);
        if (node.operator === '!') return value === null ? null : !value;
        return typeof value === 'number' ? -value : null;
      }
      case 'CallExpression': {
        const fn = FUNCTIONS[(node.callee as Expression).name as string];
        return fn.apply(...(node.arguments as Expression[]).map(walk));
      }
      case 'BinaryExpression': {
        const operator = node.operator as string;
        const left = node.left as Expression;
        const right = node.right as Expression;
        if (operator === '&&') {
          // Both sides are evaluated, so that the trace shows every condition that fails, not only the first.
          const [a, b] = [walk(left), walk(right)];
          return a === false || b === false ? false : a === null || b === null ? null : true;
        }
        if (operator === '||') {
          const [a, b] = [walk(left), walk(right)];
          return a === true || b === true ? true : a === null || b === null ? null : false;
        }
        const [a, b] = [walk(left), walk(right)];
        if (operator === 'in') {
          if (b === null || a === null) return null;
          const list = Array.isArray(b) ? b : [String(b)];
          return Array.isArray(a) ? a.some((item) => list.includes(item)) : list.includes(String(a));
        }
        if (ARITHMETIC.has(operator)) {
          if (typeof a !== 'number' || typeof b !== 'number') return null;
          if (operator === '+') return a + b;
          if (operator === '-') return a - b;
          if (operator === '*') return a * b;
          return b === 0 ? null : a / b;
        }
        const result = compare(operator, a, b);
        if (result !== true) {
          const leftFact = factOf(left);
          const rightFact = factOf(right);
          if (leftFact && !rightFact) shortfalls.push({ fact: leftFact, value: a, operator, threshold: b });
          else if (rightFact && !leftFact) shortfalls.push({ fact: rightFact, value: b, operator: MIRRORED[operator], threshold: a });
        }
        return result;
      }
      default:
        return null;
    }
  };
  const value = walk(ast);
  return { value, reads: [...reads].map(([fact, factValue]) => ({ fact, value: factValue })), shortfalls };
}
