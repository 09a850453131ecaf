using System.Globalization;
using System.Text.Json;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance "zoo": schema.graphql built by the engine, data.json as the root value and the
/// resolvers of resolvers.json. scripts/zoo.mjs implements the same table for graphql-js, so both
/// sides execute documents over identical inputs; keep the two in step (the kinds are documented
/// in resolvers.json).
/// </summary>
public sealed class ZooSchema
{
    private readonly string _sdl;
    private readonly Dictionary<string, object?> _table;
    private readonly Dictionary<string, Dictionary<string, object?>> _index;

    private ZooSchema(string sdl, Dictionary<string, object?> table, Dictionary<string, object?> data)
    {
        _sdl = sdl;
        _table = table;
        RootValue = data;
        // Items by id per collection, so a lookup costs the same here and in scripts/zoo.mjs.
        _index = data.Where(e => e.Value is List<object?>).ToDictionary(
            e => e.Key,
            e => ((List<object?>)e.Value!).Cast<Dictionary<string, object?>>().ToDictionary(item => (string)item["id"]!, item => (object?)item, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var builder = new SchemaBuilder();
        Contribute(builder);
        Schema = builder.Build();
    }

    /// <summary>The executable schema with the resolver table bound.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>
    /// data.json as dictionaries, lists, strings, booleans, ints and doubles: what graphql-js walks as its root value.
    /// The resolvers read it directly (the HTTP endpoint passes no root value), and root fields without a table entry
    /// are bound to read their property of it, as graphql-js's default resolver reads the root value.
    /// </summary>
    public Dictionary<string, object?> RootValue { get; }

    /// <summary>Loads the zoo from a conformance directory; <paramref name="dataFile"/> overrides data.json (the benchmark uses a larger one).</summary>
    public static ZooSchema Load(string conformanceDirectory, string? dataFile = null)
    {
        var sdl = File.ReadAllText(Path.Combine(conformanceDirectory, "schema.graphql"));
        var data = (Dictionary<string, object?>)ReadJson(dataFile ?? Path.Combine(conformanceDirectory, "data.json"))!;
        var table = (Dictionary<string, object?>)ReadJson(Path.Combine(conformanceDirectory, "resolvers.json"))!;
        return new ZooSchema(sdl, table, data);
    }

    /// <summary>
    /// Adds the SDL and one resolver per table entry to <paramref name="builder"/> (an HTTP host passes the engine's).
    /// An interface key applies to every implementation without a key of its own, so a first build of the bare SDL
    /// finds the implementations.
    /// </summary>
    public void Contribute(SchemaBuilder builder)
    {
        var shape = new SchemaBuilder().AddTypeDefs(_sdl).Build();
        var entries = _table.Where(e => !e.Key.StartsWith('$')).ToDictionary(e => e.Key, e => (Dictionary<string, object?>)e.Value!);
        var bindings = new Dictionary<string, FieldResolver>(StringComparer.Ordinal);
        foreach (var (key, spec) in entries)
        {
            if (shape.GetType(SplitKey(key).Type) is GraphQLObjectType)
            {
                bindings[key] = CreateResolver(spec, RootValue, _index);
            }
        }
        foreach (var (key, spec) in entries)
        {
            var (typeName, fieldName) = SplitKey(key);
            switch (shape.GetType(typeName))
            {
                case GraphQLObjectType:
                    break;
                case GraphQLInterfaceType interfaceType when interfaceType.GetField(fieldName) is not null:
                    foreach (var implementation in shape.GetImplementations(interfaceType).Objects)
                    {
                        bindings.TryAdd($"{implementation.Name}.{fieldName}", CreateResolver(spec, RootValue, _index));
                    }
                    break;
                default:
                    throw new InvalidOperationException($"resolvers.json: {key} names no field of an object or interface type");
            }
        }
        foreach (var root in new[] { shape.Query, shape.Mutation })
        {
            foreach (var fieldName in root?.Fields.Keys ?? [])
            {
                bindings.TryAdd($"{root!.Name}.{fieldName}", _ => Done(RootValue.GetValueOrDefault(fieldName)));
            }
        }

        builder.AddTypeDefs(_sdl, "schema.graphql");
        foreach (var (key, resolver) in bindings)
        {
            var (typeName, fieldName) = SplitKey(key);
            builder.BindResolver(typeName, fieldName, resolver);
        }
    }

    private static (string Type, string Field) SplitKey(string key)
    {
        var dot = key.IndexOf('.');
        return (key[..dot], key[(dot + 1)..]);
    }

    private static FieldResolver CreateResolver(Dictionary<string, object?> spec, Dictionary<string, object?> root, Dictionary<string, Dictionary<string, object?>> index)
    {
        var kind = (string)spec["kind"]!;
        string? Setting(string name) => spec.GetValueOrDefault(name) as string;
        var collections = (spec.GetValueOrDefault("collections") as List<object?>)?.Cast<string>().ToArray() ?? [];
        var field = Setting("field");
        var arg = Setting("arg");
        return kind switch
        {
            "lookup" when arg is not null => c => Done(Lookup(index, collections, c.Arguments.GetValueOrDefault(arg))),
            "lookup" => c => Done(Lookup(index, collections, Setting("id"))),
            "lookupKey" => c => Done(LookupKey(root, collections, c.Arguments[arg!])),
            "ref" => c => Done(Lookup(index, collections, Source(c, root).GetValueOrDefault(field!))),
            "refs" => c => Done(First(((List<object?>)Source(c, root)[field!]!).Select(id => Lookup(index, collections, id)), c)),
            "slice" => c => Done(First((List<object?>)Source(c, root)[field!]!, c)),
            "all" => c => Done(collections.SelectMany(name => (List<object?>)root[name]!).ToList()),
            "argument" => c => Done(c.Arguments.GetValueOrDefault(arg!)),
            "arguments" => c => Done(c.Arguments),
            "contains" => c => Done(((List<object?>)Source(c, root)[field!]!).Any(item => SameText(item, c.Arguments.GetValueOrDefault(arg!)))),
            "scale" => Scale(field!, arg!, (Dictionary<string, object?>)spec["factors"]!, root),
            "error" => _ => throw new GraphQLError(Setting("message")!),
            _ => throw new InvalidOperationException($"resolvers.json: unknown kind {kind}"),
        };
    }

    private static FieldResolver Scale(string field, string arg, Dictionary<string, object?> factors, Dictionary<string, object?> root) => c =>
    {
        var value = Source(c, root).GetValueOrDefault(field);
        if (value is null)
        {
            return Done(null);
        }
        var factor = factors[Text(c.Arguments.GetValueOrDefault(arg))!];
        return Done(Convert.ToDouble(value, CultureInfo.InvariantCulture) * Convert.ToDouble(factor, CultureInfo.InvariantCulture));
    };

    private static ValueTask<object?> Done(object? value) => new(value);

    /// <summary>The source object; for a root field without a root value (the HTTP endpoint passes none), the zoo data.</summary>
    private static Dictionary<string, object?> Source(IResolveFieldContext context, Dictionary<string, object?> root) =>
        (Dictionary<string, object?>?)context.Source ?? root;

    /// <summary>Argument values arrive as the engine coerced them (ID as string, enum as its name); compare as text.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool SameText(object? a, object? b) => a is not null && b is not null && Text(a) == Text(b);

    private static object? Lookup(Dictionary<string, Dictionary<string, object?>> index, string[] collections, object? id)
    {
        if (Text(id) is not { } key)
        {
            return null;
        }
        foreach (var name in collections)
        {
            if (index[name].TryGetValue(key, out var item))
            {
                return item;
            }
        }
        return null;
    }

    private static object? LookupKey(Dictionary<string, object?> root, string[] collections, object? key)
    {
        var (name, value) = ((IEnumerable<KeyValuePair<string, object?>>)key!).Single();
        foreach (var collection in collections)
        {
            foreach (var item in (List<object?>)root[collection]!)
            {
                if (SameText(((Dictionary<string, object?>)item!).GetValueOrDefault(name), value))
                {
                    return item;
                }
            }
        }
        return null;
    }

    private static List<object?> First(IEnumerable<object?> list, IResolveFieldContext context) =>
        context.Arguments.GetValueOrDefault("first") is { } first
            ? list.Take(Math.Max(0, Convert.ToInt32(first, CultureInfo.InvariantCulture))).ToList()
            : list.ToList();

    /// <summary>Reads JSON into the plain values graphql-js sees: numbers become int when integral and in range, else double.</summary>
    public static object? ReadJson(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        return ToValue(document.RootElement);
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
