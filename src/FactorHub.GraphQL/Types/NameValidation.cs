namespace FactorHub.GraphQL.Types;

/// <summary>Checks names against the Name grammar (§2.1.9 Names), as graphql-js assertName does.</summary>
public static class NameValidation
{
    /// <summary>Returns <paramref name="name"/> or throws when it is not a valid GraphQL name.</summary>
    public static string AssertName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("Expected name to be a non-empty string.", nameof(name));
        }

        if (!IsNameStart(name[0]))
        {
            throw new ArgumentException($"Names must start with [_a-zA-Z] but \"{name}\" does not.", nameof(name));
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", nameof(name));
            }
        }

        return name;
    }

    /// <summary>Like <see cref="AssertName"/>, and also rejects the enum value names true, false and null (§3.9 Enums).</summary>
    public static string AssertEnumValueName(string name)
    {
        if (name is "true" or "false" or "null")
        {
            throw new ArgumentException($"Enum values cannot be named: {name}", nameof(name));
        }

        return AssertName(name);
    }

    private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsNameContinue(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
