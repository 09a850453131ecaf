#!/usr/bin/env node
// For each GraphQL file given, prints one JSON line: graphql-js print(parse(text)), or the syntax error's
// message and locations. LanguageDifferentialTests compares our parser and printer with these lines.
// Usage: node parse-print.mjs FILE...
import { readFileSync } from 'node:fs';
import { graphql } from '../../Conformance/scripts/zoo.mjs';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    console.log(JSON.stringify({ file, printed: graphql.print(graphql.parse(text)) }));
  } catch (error) {
    if (!(error instanceof graphql.GraphQLError)) throw error;
    console.log(JSON.stringify({ file, error: error.message, locations: error.locations }));
  }
}
