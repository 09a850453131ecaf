namespace FactorHub.GraphQL.Utilities;

/// <summary>Builds the " Did you mean …?" suffix of error messages exactly as graphql-js didYouMean() does.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string when there is no suggestion.</summary>
    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    /// <summary>As <see cref="Format(IReadOnlyList{string})"/> with a sub message, e.g. "the enum value".</summary>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean " + (string.IsNullOrEmpty(subMessage) ? string.Empty : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }
}
