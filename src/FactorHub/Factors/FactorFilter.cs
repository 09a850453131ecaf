using System.Security.Claims;
using FactorHub.Catalog;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>
/// The <c>where:</c> argument of <c>factors</c> and <c>searchFactors</c>, with HotChocolate's operation-filter
/// semantics: every field takes an operation object (<c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>; strings also
/// <c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations; numbers <c>gt</c>, <c>gte</c>,
/// <c>lt</c>, <c>lte</c> and negations), the operations of one object and the fields of one filter all apply
/// (AND), and <c>and</c>/<c>or</c> combine nested filters. String comparisons are ordinal (case-sensitive),
/// as in HotChocolate; <c>searchFactors</c> is the case- and typo-tolerant path. A value the caller may not see
/// counts as null, so filtering on it never reveals it.
/// </summary>
public static class FactorFilter
{
    private enum FieldKind { String, Int, Decimal, Enum, Category }

    private sealed record FieldSpec(FieldKind Kind, Func<PublishedFactor, FilterContext, object?> Read, Type? EnumType = null);

    private static readonly Dictionary<string, FieldSpec> Fields = new(StringComparer.Ordinal)
    {
        ["code"] = new(FieldKind.String, (f, _) => f.Code),
        ["seriesCode"] = new(FieldKind.String, (f, _) => f.SeriesCode),
        ["nameZh"] = new(FieldKind.String, (f, _) => f.NameZh),
        ["nameEn"] = new(FieldKind.String, (f, _) => f.NameEn),
        ["kind"] = new(FieldKind.Enum, (f, _) => f.Kind, typeof(FactorKind)),
        ["category"] = new(FieldKind.Category, (f, _) => f.Category.Code),
        ["geography"] = new(FieldKind.String, (f, _) => f.Geography.Code),
        ["grade"] = new(FieldKind.Int, (f, _) => f.Version.GradeLevel is { } g ? (decimal)g : null),
        ["gasCoverage"] = new(FieldKind.Enum, (f, _) => f.Version.GasCoverage, typeof(GasCoverage)),
        ["systemBoundary"] = new(FieldKind.Enum, (f, _) => f.Version.SystemBoundary, typeof(SystemBoundary)),
        ["referenceYear"] = new(FieldKind.Int, (f, _) => (decimal)f.ReferenceYear),
        ["value"] = new(FieldKind.Decimal, (f, c) => c.Access.VisibleValue(f, c.User)),
        ["unit"] = new(FieldKind.String, (f, _) => f.Unit.Code),
        ["unitDimension"] = new(FieldKind.Enum, (f, _) => f.Unit.Dimension, typeof(UnitDimension)),
        ["provider"] = new(FieldKind.String, (f, _) => f.Provider.Code),
        ["electricityModel"] = new(FieldKind.Enum, (f, _) => f.Version.ElectricityModel, typeof(ElectricityModel)),
        ["electricitySource"] = new(FieldKind.Enum, (f, _) => f.Version.ElectricitySource, typeof(ElectricitySource)),
        ["accessLevel"] = new(FieldKind.Enum, (f, _) => f.Version.AccessLevel, typeof(AccessLevel)),
    };

    /// <summary>The names of the filterable fields (the <c>FactorFilterInput</c> fields besides <c>and</c>/<c>or</c>).</summary>
    public static IReadOnlyCollection<string> FieldNames => Fields.Keys;

    /// <summary>Who is asking: filters on values honour <see cref="FactorValueAccess"/>.</summary>
    public sealed record FilterContext(SnapshotIndex Index, FactorValueAccess Access, ClaimsPrincipal? User);

    /// <summary>Compiles <paramref name="where"/> (null: everything) into a predicate, or throws BAD_USER_INPUT naming the path.</summary>
    public static Func<PublishedFactor, bool> Compile(IReadOnlyDictionary<string, object?>? where, FilterContext context, string path = "where")
    {
        if (where is null)
        {
            return static _ => true;
        }
        var parts = new List<Func<PublishedFactor, bool>>();
        foreach (var (name, raw) in where)
        {
            var fieldPath = $"{path}.{name}";
            if (name is "and" or "or")
            {
                if (raw is null)
                {
                    continue;
                }
                var nested = CatalogInput.List(raw, fieldPath)
                    .Select((item, i) => Compile(CatalogInput.Object(item, $"{fieldPath}[{i}]"), context, $"{fieldPath}[{i}]"))
                    .ToArray();
                parts.Add(name == "and"
                    ? f => nested.All(p => p(f))
                    : f => nested.Any(p => p(f)));
                continue;
            }
            if (!Fields.TryGetValue(name, out var spec))
            {
                throw new CatalogException(CatalogErrorCodes.BadUserInput,
                    $"{fieldPath}: unknown filter field '{name}'. Known fields: and, or, {string.Join(", ", Fields.Keys)}.", fieldPath);
            }
            if (raw is null)
            {
                continue;
            }
            foreach (var (op, operand) in CatalogInput.Object(raw, fieldPath))
            {
                var test = CompileOperation(spec, op, operand, $"{fieldPath}.{op}", context);
                parts.Add(f => test(spec.Read(f, context)));
            }
        }
        var all = parts.ToArray();
        return all.Length switch
        {
            0 => static _ => true,
            1 => all[0],
            _ => f => Array.TrueForAll(all, p => p(f)),
        };
    }

    private static Func<object?, bool> CompileOperation(FieldSpec spec, string op, object? operand, string path, FilterContext context)
    {
        bool Negated(string name) => name.Length > 1 && name[0] == 'n' && char.IsLower(name[1]) && name != "neq" && name != "nin";

        switch (op)
        {
            case "eq":
                {
                    var expected = operand is null ? null : Operand(spec, operand, path, context);
                    return actual => Same(spec, actual, expected);
                }
            case "neq":
                {
                    var expected = operand is null ? null : Operand(spec, operand, path, context);
                    return actual => !Same(spec, actual, expected);
                }
            case "in":
            case "nin":
                {
                    var set = CatalogInput.List(operand, path).Select((o, i) => o is null ? null : Operand(spec, o, $"{path}[{i}]", context)).ToArray();
                    var negate = op == "nin";
                    return actual => set.Any(e => Same(spec, actual, e)) != negate;
                }
        }

        var invert = Negated(op);
        var baseOp = invert ? op[1..] : op;
        Func<object?, bool>? positive = null;
        if (spec.Kind == FieldKind.String)
        {
            var text = CatalogInput.String(operand, path);
            positive = baseOp switch
            {
                "contains" => a => a is string s && s.Contains(text, StringComparison.Ordinal),
                "startsWith" => a => a is string s && s.StartsWith(text, StringComparison.Ordinal),
                "endsWith" => a => a is string s && s.EndsWith(text, StringComparison.Ordinal),
                _ => null,
            };
        }
        else if (spec.Kind is FieldKind.Int or FieldKind.Decimal)
        {
            var bound = spec.Kind == FieldKind.Int ? CatalogInput.Int(operand, path) : CatalogInput.Decimal(operand, path);
            positive = baseOp switch
            {
                "gt" => a => a is decimal d && d > bound,
                "gte" => a => a is decimal d && d >= bound,
                "lt" => a => a is decimal d && d < bound,
                "lte" => a => a is decimal d && d <= bound,
                _ => null,
            };
        }
        if (positive is null)
        {
            throw new CatalogException(CatalogErrorCodes.BadUserInput,
                $"{path}: '{op}' is not an operation of this field; allowed: {string.Join(", ", OperationsOf(spec.Kind))}.", path);
        }
        // Negated operations hold for null (HotChocolate: "not greater than" is true of a missing value).
        return invert ? a => !positive(a) : positive;
    }

    private static IEnumerable<string> OperationsOf(FieldKind kind) => kind switch
    {
        FieldKind.String => ["eq", "neq", "in", "nin", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"],
        FieldKind.Int or FieldKind.Decimal => ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"],
        _ => ["eq", "neq", "in", "nin"],
    };

    private static object Operand(FieldSpec spec, object operand, string path, FilterContext context)
    {
        switch (spec.Kind)
        {
            case FieldKind.String:
                return CatalogInput.String(operand, path);
            case FieldKind.Int:
                return (decimal)CatalogInput.Int(operand, path);
            case FieldKind.Decimal:
                return CatalogInput.Decimal(operand, path);
            case FieldKind.Category:
                var code = CatalogInput.String(operand, path);
                return context.Index.Categories.ContainsKey(code)
                    ? code
                    : throw new CatalogException(CatalogErrorCodes.UnknownCategory, $"{path}: unknown category '{code}'.", path);
            default:
                return ParseEnum(spec.EnumType!, operand, path);
        }
    }

    private static object ParseEnum(Type enumType, object operand, string path)
    {
        var method = typeof(CatalogInput).GetMethod(nameof(CatalogInput.Enum))!.MakeGenericMethod(enumType);
        try
        {
            return method.Invoke(null, [operand, path])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is CatalogException inner)
        {
            throw inner;
        }
    }

    private static bool Same(FieldSpec spec, object? actual, object? expected)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }
        return spec.Kind == FieldKind.Category
            // A category matches itself and all its descendants (codes are dotted paths).
            ? actual is string code && (code == (string)expected || code.StartsWith((string)expected + ".", StringComparison.Ordinal))
            : actual.Equals(expected);
    }
}
