#!/usr/bin/env node
// Prints graphql-js's printSchema of an SDL file (default: ../schema.graphql), the form introspect.mjs
// prints for a server serving that schema. --sorted sorts types, fields and so on first
// (lexicographicSortSchema), so two schemas compare equal whatever order a server lists its types in.
// Usage: node print-schema.mjs [--sorted] [SDL_FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR, graphql } from './zoo.mjs';

const args = process.argv.slice(2);
const sorted = args.includes('--sorted');
const file = args.find((a) => !a.startsWith('--')) ?? join(CONFORMANCE_DIR, 'schema.graphql');
const schema = graphql.buildSchema(readFileSync(file, 'utf8'));
process.stdout.write(`${graphql.printSchema(sorted ? graphql.lexicographicSortSchema(schema) : schema)}\n`);
