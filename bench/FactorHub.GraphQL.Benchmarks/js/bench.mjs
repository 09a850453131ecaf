#!/usr/bin/env node
// graphql-js side of the engine benchmark: parse + validate + execute of each document in
// ../documents over the same SDL (tests/FactorHub.GraphQL.Tests/Conformance/schema.graphql),
// resolver table and in-memory data (../bench-data.json) as the BenchmarkDotNet project.
// Usage: node js/bench.mjs [--samples N] [--sample-ms MS] [--warmup-ms MS]
// For each document: warm up, then take N samples; each sample runs the pipeline repeatedly for
// about MS milliseconds and records the mean time per operation. Prints the median (and min/max)
// per operation in microseconds, one line per document, then a JSON summary line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphql, SPEC_RULES, loadZoo } from '../../../tests/FactorHub.GraphQL.Tests/Conformance/scripts/zoo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SAMPLES = opt('--samples', 25);
const SAMPLE_MS = opt('--sample-ms', 100);
const WARMUP_MS = opt('--warmup-ms', 3000);

const zoo = loadZoo({ dataFile: resolve(here, '..', 'bench-data.json') });
const docsDir = resolve(here, '..', 'documents');
const names = readdirSync(docsDir).filter((f) => f.endsWith('.graphql')).sort();

/** The measured pipeline: what a server does per request, minus HTTP and JSON writing. */
function run(source, request) {
  const document = graphql.parse(source);
  const errors = graphql.validate(zoo.schema, document, SPEC_RULES);
  if (errors.length > 0) throw new Error(`invalid benchmark document: ${errors[0].message}`);
  const result = graphql.execute({
    schema: zoo.schema,
    document,
    rootValue: zoo.rootValue,
    fieldResolver: zoo.fieldResolver,
    variableValues: request.variables,
    operationName: request.operationName,
  });
  if (result.errors?.length) throw new Error(`benchmark document raised errors: ${result.errors[0].message}`);
  return result;
}

function sample(source, request, ms) {
  const budget = BigInt(Math.round(ms * 1e6));
  const start = process.hrtime.bigint();
  let n = 0;
  let elapsed;
  do {
    run(source, request);
    n++;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < budget);
  return Number(elapsed) / 1e3 / n; // microseconds per operation
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`graphql-js ${graphql.version}, node ${process.version}, ${SAMPLES} samples x ${SAMPLE_MS} ms after ${WARMUP_MS} ms warm-up`);
const summary = {};
for (const file of names) {
  const source = readFileSync(join(docsDir, file), 'utf8');
  const sidecar = join(docsDir, file.replace(/\.graphql$/, '.request.json'));
  const request = existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : {};
  const name = file.replace(/\.graphql$/, '');
  sample(source, request, WARMUP_MS);
  const times = [];
  for (let i = 0; i < SAMPLES; i++) times.push(sample(source, request, SAMPLE_MS));
  const m = median(times);
  summary[name] = m;
  console.log(`${name.padEnd(14)} median ${m.toFixed(2).padStart(10)} us   min ${Math.min(...times).toFixed(2)}  max ${Math.max(...times).toFixed(2)}`);
}
console.log(JSON.stringify({ medianMicroseconds: summary }));
