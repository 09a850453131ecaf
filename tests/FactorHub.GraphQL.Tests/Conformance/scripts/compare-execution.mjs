#!/usr/bin/env node
// Execution comparison: for every document of the corpus that graphql-js accepts (spec rules, as in
// differential.mjs), run graphql-js `execute` over the zoo (schema.graphql + data.json + resolvers.json)
// and compare its `data` with the server's.
// Usage: node compare-execution.mjs [URL] [--corpus DIR] [--verbose]
//   Without URL: print graphql-js's result of every valid document as one JSON object {file: result}.
//   With URL: POST each valid document (with its NAME.request.json sidecar, if any) and require
//     - `data` deep-equal to graphql-js's, key order included (the spec orders response maps), and
//     - errors present on the server iff graphql-js reports errors.
// Last line: "match N/M (K invalid documents skipped)". Exit 0 iff N == M and M > 0; 1 otherwise; 2 usage.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR, fail, graphql, SPEC_RULES, loadZoo } from './zoo.mjs';

const USAGE = 'usage: node compare-execution.mjs [URL] [--corpus DIR] [--verbose]';
const argv = process.argv.slice(2);
let url;
let corpus = join(CONFORMANCE_DIR, 'corpus');
let verbose = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--corpus') corpus = argv[++i];
  else if (argv[i] === '--verbose') verbose = true;
  else if (argv[i].startsWith('--')) fail(`error: unknown flag ${argv[i]}\n${USAGE}`);
  else if (url === undefined) url = argv[i];
  else fail(USAGE);
}
if (url !== undefined && !/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) {
  fail(`error: only loopback http URLs are allowed: ${url}`);
}
if (!existsSync(corpus)) fail(`error: no such directory ${corpus}`);

const zoo = loadZoo();
const files = readdirSync(corpus).filter((f) => f.endsWith('.graphql')).sort();
if (files.length === 0) fail(`error: no .graphql files in ${corpus}`);

const printed = {};
let compared = 0;
let matched = 0;
let skipped = 0;
const short = (v, n = 400) => JSON.stringify(v)?.slice(0, n);
for (const file of files) {
  const source = readFileSync(join(corpus, file), 'utf8');
  const sidecar = join(corpus, file.replace(/\.graphql$/, '.request.json'));
  const extra = existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : {};
  let document;
  try {
    document = graphql.parse(source);
  } catch {
    skipped++;
    continue;
  }
  if (graphql.validate(zoo.schema, document, SPEC_RULES).length > 0) {
    skipped++;
    continue;
  }
  // JSON round trip: the wire form (drops undefined, turns GraphQLError objects into plain objects).
  const expected = JSON.parse(JSON.stringify(await graphql.execute({
    schema: zoo.schema,
    document,
    rootValue: zoo.rootValue,
    fieldResolver: zoo.fieldResolver,
    variableValues: extra.variables,
    operationName: extra.operationName,
  })));
  if (url === undefined) {
    printed[file] = expected;
    continue;
  }
  compared++;
  let actual;
  let problem = '';
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify({ query: source, ...extra }),
      signal: AbortSignal.timeout(Number(process.env.GQLC_TIMEOUT_MS || 10000)),
    });
    const text = await res.text();
    try {
      actual = JSON.parse(text);
    } catch {
      problem = `response is not JSON (HTTP ${res.status}): ${text.slice(0, 200)}`;
    }
  } catch (err) {
    problem = `request failed: ${err.cause?.message || err.message}`;
  }
  if (!problem) {
    if (!actual || typeof actual !== 'object' || !('data' in actual)) problem = 'server response has no data';
    else if (JSON.stringify(actual.data) !== JSON.stringify(expected.data)) problem = 'data differs';
    else if (Boolean(actual.errors?.length) !== Boolean(expected.errors?.length)) {
      problem = expected.errors?.length ? 'graphql-js reports errors, the server none' : 'the server reports errors, graphql-js none';
    }
  }
  if (!problem) matched++;
  console.log(`${problem ? 'MISMATCH' : 'MATCH   '}  ${file}${problem ? `: ${problem}` : ''}`);
  if (problem || verbose) {
    console.log(`          graphql-js: ${short(expected)}`);
    console.log(`          server:     ${short(actual)}`);
  }
}
if (url === undefined) {
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  process.exit(0);
}
console.log(`match ${matched}/${compared} (${skipped} invalid documents skipped)`);
process.exit(compared > 0 && matched === compared ? 0 : 1);
