using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (graphql-js defaultFieldResolver): a dictionary source is
/// looked up by field name; any other source by a public property (or field) whose name matches the
/// field name case-insensitively (an exact-case match wins). A delegate value is returned as it is,
/// never invoked. Property getters are compiled once per (CLR type, field name).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static readonly FieldResolver Instance = Resolve;

    public static ValueTask<object?> Resolve(IResolveFieldContext context) =>
        new(ResolveValue(context.Source, context.FieldDefinition.Name));

    internal static object? ResolveValue(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            default:
                return GetGetter(source.GetType(), name)?.Invoke(source);
        }
    }

    /// <summary>The compiled getter of the member the default resolver reads for <paramref name="name"/>, or null.</summary>
    internal static Func<object, object?>? GetGetter(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => CreateGetter(key.Item1, key.Item2));

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = type.GetProperty(name, flags);
        if (member is PropertyInfo candidate && !IsReadable(candidate)) member = null;
        member ??= FindIgnoreCase(type.GetProperties(flags), name) ?? type.GetField(name, flags) ?? (MemberInfo?)FindIgnoreCase(type.GetFields(flags), name);
        if (member is null) return null;

        var source = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(source, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), source).Compile();
    }

    private static bool IsReadable(PropertyInfo property) => property.GetMethod is not null && property.GetIndexParameters().Length == 0;

    private static T? FindIgnoreCase<T>(T[] members, string name) where T : MemberInfo
    {
        foreach (var member in members)
        {
            if (!string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (member is PropertyInfo property && !IsReadable(property)) continue;
            return member;
        }
        return null;
    }
}
