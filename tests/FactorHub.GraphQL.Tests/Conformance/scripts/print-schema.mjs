#!/usr/bin/env node
// Prints graphql-js's printSchema of an SDL file (default: ../schema.graphql), the form introspect.mjs
// prints for a server serving that schema. Usage: node print-schema.mjs [SDL_FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR, graphql } from './zoo.mjs';

const file = process.argv[2] ?? join(CONFORMANCE_DIR, 'schema.graphql');
process.stdout.write(`${graphql.printSchema(graphql.buildSchema(readFileSync(file, 'utf8')))}\n`);
