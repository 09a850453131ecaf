namespace FactorHub.GraphQL.Utilities;

/// <summary>
/// Given an invalid input string and valid options, returns the options most similar to the input, closest first
/// (graphql-js suggestionList: Damerau-Levenshtein distance, threshold 40% of the input length + 1, case changes count as one edit).
/// </summary>
public static class SuggestionList
{
    /// <summary>Options within the distance threshold, sorted by distance then natural order.</summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                byDistance[option] = d;
            }
        }

        var result = byDistance.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = byDistance[a] - byDistance[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (cell < smallest)
                {
                    smallest = cell;
                }

                currentRow[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js naturalCompare: digit runs compare by numeric value, other characters by code unit.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0, bn = 0;
                do
                {
                    an = (an * 10) + (a[ai++] - '0');
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && an < long.MaxValue / 10);

                do
                {
                    bn = (bn * 10) + (b[bi++] - '0');
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bn < long.MaxValue / 10);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return (a.Length - ai).CompareTo(b.Length - bi);
    }
}
