// Every reason the server can answer with (`extensions.reason`) has words in English, French and
// Spanish here, so a customer never reads the API's English. The server's source is read, not run:
// a reason is the last argument of `new Forbidden/Conflict/Unauthenticated(message, reason)` and
// `new BadInput(field, message, reason)` (or of `super(…)` in a class extending one), or a
// `reason` beside a `code` in an error's extensions. It is resolved through string literals,
// constants, a lookup in a constant object of strings (`REFUSAL[problem]`: the looked-up key's
// literals, else every value), and names declared with a literal-union type: a parameter, a local
// variable, or a local constant holding a call of a function that returns one
// (`const refusal = moveRefusal(…)` with `moveRefusal(…): JobMoveRefusal | null`).
// A reason the scan cannot resolve to text fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isReason, reasonKey, reasonMessages } from './reasons';
import { customerLocales } from './translate';

const serverSrc = fileURLToPath(new URL('../../../server/src', import.meta.url));

/** Where the reason sits among a constructor's arguments. */
const REASON_ARGUMENT: Record<string, number> = { Unauthenticated: 1, Forbidden: 1, Conflict: 1, BadInput: 2 };
const ERROR_CLASSES = new Set(['AppError', ...Object.keys(REASON_ARGUMENT)]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|spec)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  reasons: Map<string, string[]>;
  unresolved: string[];
}

function scan(): Found {
  const files = sourceFiles(serverSrc).map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));

  // What names stand for, across the server: `const X = 'TEXT'`, `const O = { K: 'TEXT' }`, `type T = 'A' | 'B'`,
  // `const S = new Set(['A', …])`, `function f(): T` (and `const f = (…): T => …`).
  const constants = new Map<string, string>();
  const objectValues = new Map<string, string[]>();
  const typeAliases = new Map<string, ts.TypeNode>();
  const returnTypes = new Map<string, ts.TypeNode>();
  const literalSets = new Map<string, string[]>();
  const literals = (nodes: readonly ts.Node[]): string[] | null => {
    const values = nodes.map((n) => (ts.isStringLiteralLike(n) ? n.text : ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal) ? n.literal.text : null));
    return values.every((v) => v !== null) ? values : null;
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
        if (ts.isStringLiteralLike(init)) constants.set(node.name.text, init.text);
        // `const REASONS = { TOO_LONG: 'TOO_LONG', … } as const`: `REASONS.TOO_LONG`
        if (ts.isObjectLiteralExpression(init)) {
          const values: string[] = [];
          for (const property of init.properties) {
            if (ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer)) {
              constants.set(`${node.name.text}.${propertyName(property.name)}`, property.initializer.text);
              values.push(property.initializer.text);
            }
          }
          // `REFUSAL[key]` with a key the scan cannot narrow may be any value, if every value is a string.
          if (values.length > 0 && values.length === init.properties.length) objectValues.set(node.name.text, values);
        }
        if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && init.type) returnTypes.set(node.name.text, init.type);
        if (ts.isNewExpression(init) && init.expression.getText() === 'Set' && init.arguments?.[0] && ts.isArrayLiteralExpression(init.arguments[0])) {
          const values = literals(init.arguments[0].elements);
          if (values) literalSets.set(node.name.text, values);
        }
      }
      if (ts.isTypeAliasDeclaration(node)) typeAliases.set(node.name.text, node.type);
      if (ts.isFunctionDeclaration(node) && node.name && node.type) returnTypes.set(node.name.text, node.type);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const reasons = new Map<string, string[]>();
  const unresolved: string[] = [];
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${relative(serverSrc, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  /** The texts an expression can be, or null. */
  function resolve(expr: ts.Expression): string[] | null {
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) return resolve(expr.expression);
    if (ts.isConditionalExpression(expr)) {
      const [a, b] = [resolve(expr.whenTrue), resolve(expr.whenFalse)];
      return a && b ? [...a, ...b] : null;
    }
    if (ts.isPropertyAccessExpression(expr)) {
      const constant = constants.get(expr.getText());
      return constant === undefined ? null : [constant];
    }
    if (ts.isElementAccessExpression(expr)) return lookedUp(expr);
    if (ts.isIdentifier(expr)) {
      const constant = constants.get(expr.text);
      if (constant !== undefined) return [constant];
      return declaredLiterals(expr) ?? narrowedBySet(expr);
    }
    return null;
  }

  /** `O[key]` in a constant object of strings: the values at the key's literals, else every value. */
  function lookedUp(expr: ts.ElementAccessExpression): string[] | null {
    if (!ts.isIdentifier(expr.expression)) return null;
    const object = expr.expression.text;
    const keys = resolve(expr.argumentExpression);
    const values = keys?.map((key) => constants.get(`${object}.${key}`));
    if (values?.every((value) => value !== undefined)) return values;
    return objectValues.get(object) ?? null;
  }

  /** The literals a type allows (`'A' | 'B'`, an alias of one, either `| null`), or null. */
  function typeLiterals(type: ts.TypeNode, seen = new Set<string>()): string[] | null {
    if (ts.isParenthesizedTypeNode(type)) return typeLiterals(type.type, seen);
    if (ts.isLiteralTypeNode(type)) {
      if (ts.isStringLiteral(type.literal)) return [type.literal.text];
      return type.literal.kind === ts.SyntaxKind.NullKeyword ? [] : null;
    }
    if (type.kind === ts.SyntaxKind.UndefinedKeyword) return [];
    if (ts.isTypeReferenceNode(type) && !type.typeArguments) {
      const name = type.typeName.getText();
      const alias = typeAliases.get(name);
      if (!alias || seen.has(name)) return null;
      return typeLiterals(alias, new Set([...seen, name]));
    }
    if (ts.isUnionTypeNode(type)) {
      const members = type.types.map((member) => typeLiterals(member, seen));
      return members.every((m) => m !== null) ? members.flat() : null;
    }
    return null;
  }

  /** A name declared with a literal-union type: a parameter (`problem: TextProblem`), a variable
   * (`let reason: Refusal`) or a constant holding what such a function returns (`const r = refusal(…)`). */
  function declaredLiterals(id: ts.Identifier): string[] | null {
    const allowed = (type: ts.TypeNode | undefined) => {
      const values = type ? typeLiterals(type) : null;
      return values && values.length > 0 ? values : null;
    };
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- ts.Node types `parent` as always set, but a SourceFile's is undefined: the walk ends there
    for (let scope: ts.Node | undefined = id.parent; scope; scope = scope.parent) {
      if (ts.isFunctionLike(scope)) {
        const param = scope.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
        if (param) return allowed(param.type);
      }
      const variable = localVariable(scope, id.text);
      if (!variable) continue;
      if (variable.type) return allowed(variable.type);
      const constant = (ts.getCombinedNodeFlags(variable) & ts.NodeFlags.Const) !== 0;
      let init = variable.initializer;
      while (init && (ts.isParenthesizedExpression(init) || ts.isAwaitExpression(init))) init = init.expression;
      if (!constant || !init) return null;
      if (ts.isCallExpression(init) && ts.isIdentifier(init.expression)) return allowed(returnTypes.get(init.expression.text));
      const values = resolve(init);
      return values && values.length > 0 ? values : null;
    }
    return null;
  }

  /** The variable `name` declared directly in a block (or file, or switch case), if any. */
  function localVariable(scope: ts.Node, name: string): ts.VariableDeclaration | undefined {
    const statements = ts.isBlock(scope) || ts.isSourceFile(scope) || ts.isCaseOrDefaultClause(scope) ? scope.statements : [];
    for (const statement of statements) {
      if (!ts.isVariableStatement(statement)) continue;
      const found = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
      if (found) return found;
    }
    return undefined;
  }

  /** An identifier inside `if (SET.has(x))`, where SET holds literals. */
  function narrowedBySet(id: ts.Identifier): string[] | null {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- ts.Node types `parent` as always set, but a SourceFile's is undefined: the walk ends there
    for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
      if (!ts.isIfStatement(node)) continue;
      let found: string[] | null = null;
      const look = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'has' && n.arguments[0]?.getText() === id.text) {
          found = literalSets.get(n.expression.expression.getText()) ?? found;
        }
        ts.forEachChild(n, look);
      };
      look(node.expression);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- `found` is set inside the `look` closure, which TypeScript's narrowing does not see
      if (found) return found;
    }
    return null;
  }

  function record(expr: ts.Expression): void {
    const values = resolve(expr);
    if (!values) {
      unresolved.push(`${where(expr)} ${expr.getText()}`);
      return;
    }
    for (const value of values) reasons.set(value, [...(reasons.get(value) ?? []), where(expr)]);
  }

  /** The error class a `super(…)` call constructs: the class's `extends`. */
  function superClass(call: ts.CallExpression): string | undefined {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- ts.Node types `parent` as always set, but a SourceFile's is undefined: the walk ends there
    for (let node: ts.Node | undefined = call.parent; node; node = node.parent) {
      if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
        const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
        return heritage?.expression.getText();
      }
    }
    return undefined;
  }

  for (const file of files) {
    const visit = (node: ts.Node): void => {
      let className: string | undefined;
      let args: readonly ts.Expression[] = [];
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        className = node.expression.text;
        args = node.arguments ?? [];
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) {
        className = superClass(node);
        args = node.arguments;
      }
      if (className && ERROR_CLASSES.has(className)) {
        const at = REASON_ARGUMENT[className];
        const reason = at === undefined ? undefined : args[at];
        if (reason) record(reason);
        // AppError(code, message, { reason }) and its subclasses' extensions.
        for (const arg of args) if (ts.isObjectLiteralExpression(arg)) recordProperty(arg);
      } else if (ts.isObjectLiteralExpression(node) && node.properties.some((p) => p.name?.getText() === 'code')) {
        // Extensions written by hand (the error formatter): `{ code, reason }`.
        recordProperty(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  function propertyName(name: ts.PropertyName): string {
    return ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
  }

  function recordProperty(object: ts.ObjectLiteralExpression): void {
    for (const property of object.properties) {
      if (property.name?.getText() !== 'reason') continue;
      if (ts.isPropertyAssignment(property)) record(property.initializer);
      else if (ts.isShorthandPropertyAssignment(property)) record(property.name);
    }
  }

  return { reasons, unresolved };
}

describe('reasons the API gives', () => {
  const found = scan();

  it('are found in the server’s source, each resolved to its text', () => {
    // Sanity: the scan sees the reasons we know of, whatever else it finds.
    for (const known of ['SESSION_IDLE', 'SITES_MANAGED_BY_BUSINESS', 'ADDED_BY_BUSINESS', 'CONTROL_CHARACTER', 'GRAPHQL_VALIDATION_FAILED']) {
      expect([...found.reasons.keys()], known).toContain(known);
    }
    expect(found.unresolved, 'reasons the scan cannot read: use a string literal, a constant or a literal type').toEqual([]);
  });

  it('each have words in English, French and Spanish', () => {
    const missing = [...found.reasons.entries()].filter(([reason]) => !isReason(reason)).map(([reason, places]) => `${reason} (${places.join(', ')})`);
    expect(missing, 'add these to web-shared/src/i18n/reasons.ts').toEqual([]);
    for (const reason of found.reasons.keys()) {
      if (!isReason(reason)) continue;
      for (const locale of customerLocales) {
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the test checks at run time what the dictionary's type promises
        expect(reasonMessages[locale][reasonKey(reason)]?.trim(), `${locale} ${reason}`).toBeTruthy();
      }
    }
  });

  it('are each said differently in each language (no English left in French or Spanish)', () => {
    const [fr, es]: Record<string, string>[] = [reasonMessages.fr, reasonMessages.es];
    for (const [key, english] of Object.entries(reasonMessages.en)) {
      expect(fr?.[key], key).not.toBe(english);
      expect(es?.[key], key).not.toBe(english);
    }
  });
});
