// The conformance "zoo" for graphql-js: the same SDL, data and resolver table that the C# test host
// (ConformanceSchema.cs) serves, so both sides execute documents over identical inputs.
// graphql-js and the harness helpers come from the shared conformance harness, found (in order) at
// $FACTORHUB_CONFORMANCE_DIR or the first ancestor directory holding shared/conformance/graphql.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CONFORMANCE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Prints a message to stderr and exits with the given code. */
export function fail(message, code = 2) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Locates the shared conformance harness directory. */
export function findHarness() {
  const fromEnv = process.env.FACTORHUB_CONFORMANCE_DIR;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'lib.mjs'))) fail(`error: FACTORHUB_CONFORMANCE_DIR=${fromEnv} has no lib.mjs`);
    return resolve(fromEnv);
  }
  for (let dir = CONFORMANCE_DIR; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'conformance', 'graphql');
    if (existsSync(join(candidate, 'lib.mjs'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  return fail(`error: shared/conformance/graphql not found above ${CONFORMANCE_DIR}; set FACTORHUB_CONFORMANCE_DIR`);
}

export const HARNESS = findHarness();
if (!existsSync(join(HARNESS, 'node_modules', 'graphql', 'package.json'))) {
  fail(`error: graphql-js is not installed in ${HARNESS}/node_modules: run \`npm ci\` in ${HARNESS}`);
}
// require() and lib.mjs's `import 'graphql'` both load node_modules/graphql/index.js: one module instance.
export const graphql = createRequire(join(HARNESS, 'package.json'))('graphql');
export const { SPEC_RULES } = await import(pathToFileURL(join(HARNESS, 'lib.mjs')).href);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Loads the zoo: schema (graphql-js buildSchema), root value (data.json) and a field resolver
 * implementing resolvers.json. `sdlFile`, `dataFile` and `resolversFile` default to the files
 * beside this folder.
 */
export function loadZoo({
  sdlFile = join(CONFORMANCE_DIR, 'schema.graphql'),
  dataFile = join(CONFORMANCE_DIR, 'data.json'),
  resolversFile = join(CONFORMANCE_DIR, 'resolvers.json'),
} = {}) {
  const sdl = readFileSync(sdlFile, 'utf8');
  const schema = graphql.buildSchema(sdl);
  graphql.assertValidSchema(schema);
  const rootValue = readJson(dataFile);
  const table = bindResolvers(schema, readJson(resolversFile));
  // Items by id per collection, so a lookup costs the same here and in the C# zoo.
  const index = Object.fromEntries(Object.entries(rootValue)
    .filter(([, items]) => Array.isArray(items))
    .map(([name, items]) => [name, new Map(items.map((item) => [item.id, item]))]));
  const fieldResolver = (source, args, context, info) => {
    const spec = table.get(`${info.parentType.name}.${info.fieldName}`);
    return spec ? resolve1(spec, source, args, rootValue, index) : graphql.defaultFieldResolver(source, args, context, info);
  };
  return { sdl, schema, rootValue, fieldResolver };
}

/** Expands interface keys ("Animal.keeper") to every implementing object type without its own key. */
function bindResolvers(schema, entries) {
  const table = new Map();
  for (const [key, spec] of Object.entries(entries)) {
    if (key.startsWith('$')) continue;
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    if (!type || !type.getFields()[fieldName]) throw new Error(`resolvers.json: no field ${key} in the schema`);
    if (graphql.isObjectType(type)) table.set(key, spec);
  }
  for (const [key, spec] of Object.entries(entries)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    if (!graphql.isInterfaceType(type)) continue;
    for (const impl of schema.getImplementations(type).objects) {
      const implKey = `${impl.name}.${fieldName}`;
      if (!table.has(implKey)) table.set(implKey, spec);
    }
  }
  return table;
}

const first = (list, args) => (args.first == null ? list : list.slice(0, Math.max(0, args.first)));

function lookup(index, collections, id) {
  if (id == null) return null;
  for (const name of collections) {
    const hit = index[name].get(String(id));
    if (hit) return hit;
  }
  return null;
}

function resolve1(spec, source, args, root, index) {
  switch (spec.kind) {
    case 'lookup':
      return lookup(index, spec.collections, spec.arg ? args[spec.arg] : spec.id);
    case 'lookupKey': {
      const [[name, value]] = Object.entries(args[spec.arg]);
      for (const c of spec.collections) {
        const hit = root[c].find((item) => item[name] === value);
        if (hit) return hit;
      }
      return null;
    }
    case 'ref':
      return lookup(index, spec.collections, source[spec.field]);
    case 'refs':
      return first(source[spec.field].map((id) => lookup(index, spec.collections, id)), args);
    case 'slice':
      return first(source[spec.field], args);
    case 'all':
      return spec.collections.flatMap((c) => root[c]);
    case 'argument':
      return args[spec.arg];
    case 'arguments':
      return args;
    case 'contains':
      return source[spec.field].includes(args[spec.arg]);
    case 'scale':
      return source[spec.field] == null ? null : source[spec.field] * spec.factors[args[spec.arg]];
    case 'error':
      throw new Error(spec.message);
    default:
      throw new Error(`resolvers.json: unknown kind ${spec.kind}`);
  }
}
