#!/usr/bin/env node
// Prints what graphql-js 16 produces for an SDL file, for the schema printer tests' expected outputs.
// Usage: node graphql-js-print.mjs SDL_FILE [schema|introspection-schema]
//   schema                printSchema(buildSchema(sdl))            (default)
//   introspection-schema  printIntrospectionSchema(buildSchema(sdl))
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const zoo = await import(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'Conformance', 'scripts', 'zoo.mjs'));
const { graphql } = zoo;
const [file, mode = 'schema'] = process.argv.slice(2);
const schema = graphql.buildSchema(readFileSync(file, 'utf8'));
const errors = graphql.validateSchema(schema);
if (errors.length > 0) zoo.fail(errors.map((e) => e.message).join('\n'));
const out = mode === 'introspection-schema' ? graphql.printIntrospectionSchema(schema) : graphql.printSchema(schema);
process.stdout.write(out);
