/**
 * The subset of feedparser's test expressions (`Expect: not bozo and entries[0]['title'] ==
 * u'Example'`) that states a field's value: conjuncts `path == literal` or `path != literal`,
 * literals being Python strings, numbers or tuples of numbers. Anything else is unsupported.
 */
export interface Assertion {
  /** Path steps: ['entries', 0, 'content', 0, 'value'] or ['feed', 'title']. */
  path: Array<string | number>;
  negated: boolean;
  expected: string | number | number[];
  text: string;
}

export type Conjunct = { assertion: Assertion } | { unsupported: string } | { bozo: string };

/** The `Expect:` line of a test file's header comment, or null. */
export function findExpectation(text: string): string | null {
  const match = /^\s*Expect:\s*(.*)$/m.exec(text.slice(0, 4096));
  return match ? (match[1] ?? '').trim() : null;
}

export function parseExpectation(expression: string): Conjunct[] {
  return splitAnd(expression).flatMap(splitChain).map(parseConjunct);
}

/** Python's chained `a == b == 'x'` means `a == 'x' and b == 'x'` when the last term is a literal. */
function splitChain(conjunct: string): string[] {
  const terms = conjunct.split(/\s+==\s+(?=(?:feed|entries)\[|[uUrR]?['"])/);
  if (terms.length < 3) return [conjunct];
  const literal = terms[terms.length - 1] as string;
  return terms.slice(0, -1).map((term) => `${term} == ${literal}`);
}

/** Splits on ` and ` outside quotes and brackets. */
function splitAnd(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < expression.length; index += 1) {
    const char = expression[index] as string;
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (depth === 0 && expression.startsWith(' and ', index)) {
      parts.push(expression.slice(start, index).trim());
      start = index + 5;
      index += 4;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

const PATH = /^(feed|entries\[\d+\])((?:\[(?:\d+|'[^']*'|"[^"]*")\])*)\s*(==|!=)\s*([\s\S]+)$/;

function parseConjunct(text: string): Conjunct {
  if (/^(not\s+)?bozo$/.test(text)) return { bozo: text };
  const match = PATH.exec(text);
  if (!match) return { unsupported: text };
  const head = match[1] as string;
  const path: Array<string | number> = head === 'feed' ? ['feed'] : ['entries', Number(/\d+/.exec(head)?.[0])];
  for (const step of (match[2] ?? '').matchAll(/\[(\d+|'[^']*'|"[^"]*")\]/g)) {
    const raw = step[1] as string;
    path.push(/^\d+$/.test(raw) ? Number(raw) : raw.slice(1, -1));
  }
  const expected = parseLiteral((match[4] ?? '').trim());
  if (expected === null) return { unsupported: text };
  return { assertion: { path, negated: match[3] === '!=', expected, text } };
}

function parseLiteral(text: string): string | number | number[] | null {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const tuple = /^\(([\d\s,-]*)\)$/.exec(text);
  if (tuple) return (tuple[1] ?? '').split(',').map((part) => part.trim()).filter(Boolean).map(Number);
  const string = /^([uUbB]?)([rR]?)(['"])([\s\S]*)\3$/.exec(text);
  if (!string) return null;
  const body = string[4] ?? '';
  if (body.includes(string[3] as string) && !/\\/.test(body)) return null;
  return string[2] ? body : unescapePython(body);
}

function unescapePython(body: string): string {
  return body.replace(/\\(x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|[\\'"ntr0])/g, (_, code: string) => {
    if (/^[xuU]/.test(code)) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[code] ?? code;
  });
}
