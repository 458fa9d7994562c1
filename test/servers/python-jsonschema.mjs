/**
 * Validates instances against a JSON Schema with engines that run outside the browser:
 *
 *   executeServerCommand('python-jsonschema', { schema, instances })
 *     → { schemaError: string | null, results: { valid, errors }[] }
 *     → { skipped: 'python3 with jsonschema not found' }
 *   executeServerCommand('ajv', { schema, instances })
 *     → { results: { valid, errors }[] }
 *
 * Python's `jsonschema` (Draft 2020-12, its `re` module for `pattern`) runs as `python3 -c` with
 * the data as JSON on stdin, never in a command line. Ajv runs here, in Node, because it ships
 * only CommonJS, which the test server does not bundle for the browser; its `u`-flag regular
 * expressions are V8's, as in the browser.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SKIPPED = 'python3 with jsonschema not found';

const PYTHON = `
import json, sys
try:
    from jsonschema import Draft202012Validator as V
    from jsonschema.exceptions import SchemaError
except ImportError:
    print(json.dumps({"skipped": ${JSON.stringify(SKIPPED)}}))
    sys.exit(0)
data = json.loads(sys.stdin.buffer.read().decode("utf-8"))
try:
    V.check_schema(data["schema"])
    schema_error = None
except SchemaError as error:
    schema_error = error.message
results = []
if schema_error is None:
    validator = V(data["schema"])
    for instance in data["instances"]:
        errors = ["/" + "/".join(map(str, e.absolute_path)) + ": " + e.message for e in validator.iter_errors(instance)]
        results.append({"valid": not errors, "errors": errors})
print(json.dumps({"schemaError": schema_error, "results": results}))
`;

function runPython(payload) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', PYTHON], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 60_000 });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
    child.on('error', (error) => (error.code === 'ENOENT' ? resolve({ skipped: SKIPPED }) : reject(error)));
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`python-jsonschema: python3 exited with ${code}: ${err.trim()}`));
    });
    child.stdin.on('error', () => {}); // python3 gone early: reported by 'close'
    child.stdin.end(JSON.stringify(payload));
  });
}

function runAjv({ schema, instances }) {
  const { Ajv2020 } = require('ajv/dist/2020');
  const ajv = new Ajv2020({ allErrors: true, unicodeRegExp: true });
  const validate = ajv.compile(schema);
  return {
    results: instances.map((instance) => {
      const valid = validate(instance);
      return { valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || '/'}: ${e.message}`) };
    }),
  };
}

export function jsonSchemaEnginesPlugin() {
  return {
    name: 'json-schema-engines',
    async executeCommand({ command, payload }) {
      if (command === 'python-jsonschema') return runPython(payload);
      if (command === 'ajv') return runAjv(payload);
      return undefined;
    },
  };
}
