// Fails when src/api/schema.d.ts is not what `npm run gen:api` makes from the gateway's OpenAPI document,
// so a changed API cannot slip past the typed client unnoticed; and when a call of an operation that takes
// `If-Match` does not send it (through `ifMatch(`, src/api/ifMatch.ts), so no change goes out without the
// version it was made on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, '../services/gateway/target/openapi/benling-openapi.json');
const committed = resolve(root, 'src/api/schema.d.ts');

if (!existsSync(input)) {
  console.error(`check:api: ${input} is missing; build the gateway first (it writes the merged OpenAPI document).`);
  process.exit(1);
}

let failed = false;

const dir = mkdtempSync(join(tmpdir(), 'benling-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(resolve(root, 'node_modules/.bin/openapi-typescript'), [input, '-o', fresh], { stdio: 'pipe' });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('check:api: src/api/schema.d.ts is out of date with the gateway OpenAPI document.');
    console.error('Run `npm run gen:api`, review the change and commit src/api/schema.d.ts.');
    failed = true;
  } else {
    console.log('check:api: src/api/schema.d.ts matches the gateway OpenAPI document.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// ---- every call of an If-Match operation sends ifMatch(...) ----

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const document = JSON.parse(readFileSync(input, 'utf8'));

/** A parameter as declared, following a `$ref` to `#/components/parameters/…`. */
function resolveParameter(parameter) {
  if (!parameter?.$ref) return parameter;
  const name = parameter.$ref.split('/').pop();
  return document.components?.parameters?.[name];
}

/** `POST /api/…` of every operation whose parameters (its own or its path's) include the header If-Match. */
const ifMatchOperations = new Set();
for (const [path, item] of Object.entries(document.paths ?? {})) {
  for (const method of METHODS) {
    const operation = item?.[method];
    if (!operation) continue;
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolveParameter);
    if (parameters.some((p) => p?.in === 'header' && String(p.name).toLowerCase() === 'if-match')) {
      ifMatchOperations.add(`${method.toUpperCase()} ${path}`);
    }
  }
}

/** Source files of the app: tests, test helpers and the generated schema are left out. */
function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(full);
    if (!/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) || /\.d\.ts$/.test(entry.name) || /\.(test|spec)\.[jt]sx?$/.test(entry.name)) return [];
    return [full];
  });
}

/**
 * The text with its comments and the contents of its strings and template literals blanked out (kept as long, line
 * breaks kept), so neither a parenthesis in a message nor `ifMatch(` in a comment counts.
 */
function codeOnly(text) {
  const out = text.split('');
  const blank = (from, to) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      blank(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      blank(i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (text[j] === '\\') j++;
      blank(i + 1, j);
      i = j;
    }
  }
  return out.join('');
}

/** The index just past the parenthesis that closes the one at `open` (in code-only text); the end when it never closes. */
function matchingParenthesis(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i + 1;
  }
  return code.length;
}

const call = /\.(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\(\s*(['"`])([^'"`]+)\2/g;
const offenders = [];
let checked = 0;
for (const file of sourceFiles(resolve(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  const code = codeOnly(text);
  for (const match of text.matchAll(call)) {
    const [, method, , path] = match;
    // a call in a comment or a string is no call
    if (code[match.index] !== '.' || !ifMatchOperations.has(`${method} ${path}`)) continue;
    checked++;
    const open = match.index + match[0].indexOf('(');
    if (!code.slice(open, matchingParenthesis(code, open)).includes('ifMatch(')) {
      const line = text.slice(0, match.index).split('\n').length;
      offenders.push(`  ${relative(root, file)}:${line}  ${method} ${path}`);
    }
  }
}

if (offenders.length > 0) {
  console.error(`check:api: ${offenders.length} call(s) of an operation that takes If-Match do not send ifMatch(version):`);
  console.error(offenders.join('\n'));
  console.error("Pass `params: { header: ifMatch(version), path: … }` with the version of the resource as it was read (src/api/ifMatch.ts).");
  failed = true;
} else {
  console.log(`check:api: all ${checked} call(s) of the ${ifMatchOperations.size} If-Match operations send ifMatch(version).`);
}

if (failed) process.exit(1);
