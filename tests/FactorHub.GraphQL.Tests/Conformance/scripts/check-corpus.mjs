#!/usr/bin/env node
// Self-check of the corpus against graphql-js alone (no server): every document named
// "SECTION-...-valid-..." must pass graphql-js validation with the spec's rules, every
// "SECTION-...-invalid-..." must fail, and for a §5 section it must fail by that section's rule
// (run alone), so each rule is covered by documents that really exercise it. Also prints how many
// valid and invalid documents each section has.
// Usage: node check-corpus.mjs [--corpus DIR] [--sdl FILE]
// Last line: "corpus OK: N documents, S sections" or "corpus BAD: K problems". Exit 0 iff OK.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR, fail, graphql, SPEC_RULES } from './zoo.mjs';

const argv = process.argv.slice(2);
let corpus = join(CONFORMANCE_DIR, 'corpus');
let sdlFile = join(CONFORMANCE_DIR, 'schema.graphql');
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--corpus') corpus = argv[++i];
  else if (argv[i] === '--sdl') sdlFile = argv[++i];
  else fail('usage: node check-corpus.mjs [--corpus DIR] [--sdl FILE]');
}

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

const schema = graphql.buildSchema(readFileSync(sdlFile, 'utf8'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.graphql')).sort();
const counts = new Map();
const problems = [];
for (const file of files) {
  const m = /^([\d.]+)-.*?-(valid|invalid)-/.exec(file);
  if (!m) {
    problems.push(`${file}: name must be SECTION-rule-(valid|invalid)-case.graphql`);
    continue;
  }
  const [, section, expected] = m;
  const c = counts.get(section) ?? { valid: 0, invalid: 0 };
  c[expected]++;
  counts.set(section, c);
  let document;
  try {
    document = graphql.parse(readFileSync(join(corpus, file), 'utf8'));
  } catch (err) {
    if (expected === 'valid' || section !== '2') problems.push(`${file}: syntax error: ${err.message}`);
    continue;
  }
  if (section === '2') {
    problems.push(`${file}: section 2 documents must be syntax errors`);
    continue;
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
for (const [section, c] of [...counts].sort()) console.log(`${section.padEnd(10)} valid ${String(c.valid).padStart(3)}  invalid ${String(c.invalid).padStart(3)}`);
for (const p of problems) console.log(`PROBLEM  ${p}`);
console.log(problems.length === 0 ? `corpus OK: ${files.length} documents, ${counts.size} sections` : `corpus BAD: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
