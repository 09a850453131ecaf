using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace FactorHub.Data;

/// <summary>Converts between enum members and their database text (snake_case unless <see cref="DbValueAttribute"/> says otherwise).</summary>
public static class DbText
{
    private static readonly ConcurrentDictionary<Type, (Dictionary<object, string> ToText, Dictionary<string, object> FromText)> Maps = new();

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => MapFor(typeof(TEnum)).ToText[value];

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a valid {typeof(TEnum).Name}; expected one of: {string.Join(", ", Values<TEnum>())}.");

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (text is not null && MapFor(typeof(TEnum)).FromText.TryGetValue(text, out var boxed))
        {
            value = (TEnum)boxed;
            return true;
        }
        value = default;
        return false;
    }

    public static IEnumerable<string> Values<TEnum>() where TEnum : struct, Enum => MapFor(typeof(TEnum)).ToText.Values;

    private static (Dictionary<object, string> ToText, Dictionary<string, object> FromText) MapFor(Type enumType) =>
        Maps.GetOrAdd(enumType, static type =>
        {
            var toText = new Dictionary<object, string>();
            var fromText = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var text = field.GetCustomAttribute<DbValueAttribute>()?.Value ?? ToSnakeCase(field.Name);
                var value = field.GetValue(null)!;
                toText[value] = text;
                fromText[text] = value;
            }
            return (toText, fromText);
        });
}
