#!/usr/bin/env node
// Self-check of the corpora against graphql-js alone (no server). Checks corpus/ (schema.graphql)
// and corpus-query-only/ (schema-query-only.graphql):
//   - every "SECTION-rule-valid-case.graphql" passes graphql-js validation with the spec's rules;
//   - every "SECTION-rule-invalid-case.graphql" fails, and for a §5 section it fails by that
//     section's rule run alone (so each document really exercises the rule it is filed under);
//     section 2 documents must be syntax errors;
//   - coverage: every §5 validation rule has at least 2 invalid and 1 valid document (valid
//     subscriptions are left out: GraphQL over HTTP does not execute them, see the docs).
// Prints the valid/invalid count per section.
// Usage: node check-corpus.mjs
// Last line: "corpus OK: N documents, S sections" or "corpus BAD: K problems". Exit 0 iff OK.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR, fail, graphql, SPEC_RULES } from './zoo.mjs';

if (process.argv.length > 2) fail('usage: node check-corpus.mjs');
const CORPORA = [
  { dir: join(CONFORMANCE_DIR, 'corpus'), sdl: join(CONFORMANCE_DIR, 'schema.graphql') },
  { dir: join(CONFORMANCE_DIR, 'corpus-query-only'), sdl: join(CONFORMANCE_DIR, 'schema-query-only.graphql') },
];

// Spec section (September 2025 edition) -> the graphql-js rule that implements it.
const OperationTypeExistenceRule = SPEC_RULES.find((r) => r.name === 'OperationTypeExistenceRule');
const RULES = {
  '5.1.1': [graphql.ExecutableDefinitionsRule],
  '5.2.1.1': [OperationTypeExistenceRule],
  '5.2.2.1': [graphql.UniqueOperationNamesRule],
  '5.2.3.1': [graphql.LoneAnonymousOperationRule],
  '5.2.4.1': [graphql.SingleFieldSubscriptionsRule],
  '5.3.1': [graphql.FieldsOnCorrectTypeRule],
  '5.3.2': [graphql.OverlappingFieldsCanBeMergedRule],
  '5.3.3': [graphql.ScalarLeafsRule],
  '5.4.1': [graphql.KnownArgumentNamesRule],
  '5.4.2': [graphql.UniqueArgumentNamesRule],
  '5.4.2.1': [graphql.ProvidedRequiredArgumentsRule],
  '5.5.1.1': [graphql.UniqueFragmentNamesRule],
  '5.5.1.2': [graphql.KnownTypeNamesRule],
  '5.5.1.3': [graphql.FragmentsOnCompositeTypesRule],
  '5.5.1.4': [graphql.NoUnusedFragmentsRule],
  '5.5.2.1': [graphql.KnownFragmentNamesRule],
  '5.5.2.2': [graphql.NoFragmentCyclesRule],
  '5.5.2.3.1': [graphql.PossibleFragmentSpreadsRule],
  '5.5.2.3.2': [graphql.PossibleFragmentSpreadsRule],
  '5.5.2.3.3': [graphql.PossibleFragmentSpreadsRule],
  '5.5.2.3.4': [graphql.PossibleFragmentSpreadsRule],
  '5.6.1': [graphql.ValuesOfCorrectTypeRule],
  '5.6.2': [graphql.ValuesOfCorrectTypeRule], // graphql-js reports unknown input fields in this rule
  '5.6.3': [graphql.UniqueInputFieldNamesRule],
  '5.6.4': [graphql.ValuesOfCorrectTypeRule], // ... and missing required input fields
  '5.7.1': [graphql.KnownDirectivesRule],
  '5.7.2': [graphql.KnownDirectivesRule],
  '5.7.3': [graphql.UniqueDirectivesPerLocationRule],
  '5.8.1': [graphql.UniqueVariableNamesRule],
  '5.8.2': [graphql.VariablesAreInputTypesRule, graphql.KnownTypeNamesRule],
  '5.8.3': [graphql.NoUndefinedVariablesRule],
  '5.8.4': [graphql.NoUnusedVariablesRule],
  '5.8.5': [graphql.VariablesInAllowedPositionRule],
};

const counts = new Map();
const problems = [];
let total = 0;
for (const { dir, sdl } of CORPORA) {
  const schema = graphql.buildSchema(readFileSync(sdl, 'utf8'));
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  total += files.length;
  for (const file of files) checkDocument(schema, dir, file);
}

function checkDocument(schema, dir, file) {
  const m = /^([\d.]+)-.*?-(valid|invalid)-/.exec(file);
  if (!m) {
    problems.push(`${file}: name must be SECTION-rule-(valid|invalid)-case.graphql`);
    return;
  }
  const [, section, expected] = m;
  const c = counts.get(section) ?? { valid: 0, invalid: 0 };
  c[expected]++;
  counts.set(section, c);
  let document;
  try {
    document = graphql.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    if (expected === 'valid' || section !== '2') problems.push(`${file}: syntax error: ${err.message}`);
    return;
  }
  if (section === '2') {
    problems.push(`${file}: section 2 documents must be syntax errors`);
    return;
  }
  const errors = graphql.validate(schema, document, SPEC_RULES);
  if (expected === 'valid' && errors.length > 0) problems.push(`${file}: expected valid, graphql-js: ${errors[0].message}`);
  if (expected === 'invalid' && errors.length === 0) problems.push(`${file}: expected invalid, graphql-js accepts it`);
  if (expected === 'invalid' && section.startsWith('5.')) {
    const rules = RULES[section];
    if (!rules) problems.push(`${file}: unknown section ${section}`);
    else if (graphql.validate(schema, document, rules).length === 0) {
      problems.push(`${file}: rejected, but not by ${rules.map((r) => r.name).join('/')} (${errors[0]?.message})`);
    }
  }
}

for (const section of Object.keys(RULES)) {
  const c = counts.get(section) ?? { valid: 0, invalid: 0 };
  if (c.invalid < 2) problems.push(`section ${section}: ${c.invalid} invalid documents (at least 2 required)`);
  if (c.valid < 1 && section !== '5.2.4.1') problems.push(`section ${section}: no valid document`);
}
for (const [section, c] of [...counts].sort()) console.log(`${section.padEnd(10)} valid ${String(c.valid).padStart(3)}  invalid ${String(c.invalid).padStart(3)}`);
for (const p of problems) console.log(`PROBLEM  ${p}`);
console.log(problems.length === 0 ? `corpus OK: ${total} documents, ${counts.size} sections` : `corpus BAD: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
