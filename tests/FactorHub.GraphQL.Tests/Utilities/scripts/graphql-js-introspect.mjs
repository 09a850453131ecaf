#!/usr/bin/env node
// Runs graphql-js 16's getIntrospectionQuery against buildSchema(SDL) and prints {"query": …, "result": …} as JSON,
// for the execution-based introspection test. Usage: node graphql-js-introspect.mjs SDL_FILE [all|default]
//   all      every getIntrospectionQuery option on (descriptions, specifiedByUrl, directiveIsRepeatable,
//            schemaDescription, inputValueDeprecation, experimentalDirectiveDeprecation, oneOf)
//   default  getIntrospectionQuery() without options
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const zoo = await import(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'Conformance', 'scripts', 'zoo.mjs'));
const { graphql } = zoo;
const [file, mode = 'all'] = process.argv.slice(2);
const schema = graphql.buildSchema(readFileSync(file, 'utf8'));
const options = mode === 'all'
  ? {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      experimentalDirectiveDeprecation: true,
      oneOf: true,
    }
  : undefined;
const query = graphql.getIntrospectionQuery(options);
const result = graphql.graphqlSync({ schema, source: query });
process.stdout.write(JSON.stringify({ query, result }));
