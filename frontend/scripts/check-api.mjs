// Fails when src/api/schema.d.ts is not what `npm run gen:api` makes from the gateway's OpenAPI document,
// so a changed API cannot slip past the typed client unnoticed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, '../services/gateway/target/openapi/benling-openapi.json');
const committed = resolve(root, 'src/api/schema.d.ts');

if (!existsSync(input)) {
  console.error(`check:api: ${input} is missing; build the gateway first (it writes the merged OpenAPI document).`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'benling-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(resolve(root, 'node_modules/.bin/openapi-typescript'), [input, '-o', fresh], { stdio: 'pipe' });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('check:api: src/api/schema.d.ts is out of date with the gateway OpenAPI document.');
    console.error('Run `npm run gen:api`, review the change and commit src/api/schema.d.ts.');
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches the gateway OpenAPI document.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
