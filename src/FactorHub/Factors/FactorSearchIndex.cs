using System.Globalization;
using System.Text;

namespace FactorHub.Factors;

/// <summary>
/// In-memory equivalent of PostgreSQL <c>pg_trgm</c> over one snapshot's factors (the snapshot is immutable, so
/// the search data is computed once). Text is matched against codes, series codes, Chinese and English names and
/// synonyms, case-insensitively. Ranking (best first):
/// <list type="number">
/// <item>tier 0 — the text is a factor code or series code;</item>
/// <item>tier 1 — a name, synonym or code starts with the text;</item>
/// <item>tier 2 — similarity ≥ <see cref="SimilarityThreshold"/>, highest first.</item>
/// </list>
/// Similarity of the text to a field is 1 when the field contains the text; otherwise the mean over the text's
/// tokens of each token's best match in the field: a Latin token (letters/digits) is compared with the field's
/// words by trigram similarity (pg_trgm's: words padded with two leading and one trailing space, Jaccard index of
/// the trigram sets), so <c>lithum</c> still meets <c>lithium</c>; a Chinese token scores the share of its
/// character bigrams found in the field, so substrings match. Ties break by factor code.
/// </summary>
public sealed class FactorSearchIndex
{
    public const double SimilarityThreshold = 0.4;

    private readonly Entry[] entries;

    public FactorSearchIndex(IEnumerable<PublishedFactor> factors)
    {
        entries = factors.Select(f => new Entry(f,
            Fold(f.Code), Fold(f.SeriesCode),
            new[] { f.NameZh, f.NameEn, f.Code }.Concat(f.Synonyms).Select(t => new SearchField(Fold(t))).ToArray())).ToArray();
    }

    /// <summary>A ranked match: lower <see cref="Tier"/> first, then higher <see cref="Similarity"/>.</summary>
    public sealed record Match(PublishedFactor Factor, int Tier, double Similarity);

    /// <summary>All factors matching <paramref name="text"/>, ranked; those failing <paramref name="filter"/> are left out.</summary>
    public IReadOnlyList<Match> Search(string text, Func<PublishedFactor, bool> filter)
    {
        var query = Fold(text).Trim();
        if (query.Length == 0)
        {
            return [];
        }
        var tokens = Tokenize(query).ToArray();
        var tokenTrigrams = tokens.Select(t => t.IsLatin ? Trigrams(t.Text) : null).ToArray();
        var matches = new List<Match>();
        foreach (var entry in entries)
        {
            if (!filter(entry.Factor))
            {
                continue;
            }
            if (entry.Code == query || entry.SeriesCode == query)
            {
                matches.Add(new Match(entry.Factor, 0, 1));
                continue;
            }
            var best = 0.0;
            var prefix = false;
            foreach (var field in entry.Fields)
            {
                if (field.Text.StartsWith(query, StringComparison.Ordinal))
                {
                    prefix = true;
                    break;
                }
                best = Math.Max(best, field.Text.Contains(query, StringComparison.Ordinal) ? 1 : Similarity(tokens, tokenTrigrams, field));
            }
            if (prefix)
            {
                matches.Add(new Match(entry.Factor, 1, 1));
            }
            else if (best >= SimilarityThreshold)
            {
                matches.Add(new Match(entry.Factor, 2, Math.Round(best, 4)));
            }
        }
        matches.Sort((a, b) => a.Tier != b.Tier ? a.Tier.CompareTo(b.Tier)
            : a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity)
            : string.CompareOrdinal(a.Factor.Code, b.Factor.Code));
        return matches;
    }

    private static double Similarity(Token[] tokens, HashSet<string>?[] tokenTrigrams, SearchField field)
    {
        var sum = 0.0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (field.Text.Contains(token.Text, StringComparison.Ordinal))
            {
                sum += 1;
            }
            else if (token.IsLatin)
            {
                var best = 0.0;
                foreach (var word in field.WordTrigrams)
                {
                    best = Math.Max(best, Jaccard(tokenTrigrams[i]!, word));
                }
                sum += best;
            }
            else
            {
                sum += BigramShare(token.Text, field.Text);
            }
        }
        return sum / tokens.Length;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var t in a)
        {
            if (b.Contains(t))
            {
                shared++;
            }
        }
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    private static double BigramShare(string token, string field)
    {
        if (token.Length < 2)
        {
            return 0;
        }
        var found = 0;
        for (var i = 0; i + 1 < token.Length; i++)
        {
            if (field.Contains(token.AsSpan(i, 2), StringComparison.Ordinal))
            {
                found++;
            }
        }
        return (double)found / (token.Length - 1);
    }

    /// <summary>pg_trgm's trigrams of one word: "  w", " wo", "wor", …, "rd ".</summary>
    internal static HashSet<string> Trigrams(string word)
    {
        var padded = "  " + word + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }
        return set;
    }

    /// <summary>Case- and width-folded text (NFKC, lower case): "ＡＢＣ" and "abc" meet.</summary>
    internal static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private readonly record struct Token(string Text, bool IsLatin);

    /// <summary>Splits into runs of letters/digits outside CJK (Latin tokens) and runs of CJK ideographs.</summary>
    private static IEnumerable<Token> Tokenize(string text)
    {
        var current = new StringBuilder();
        bool? latin = null;
        foreach (var c in text)
        {
            bool? kind = IsCjk(c) ? false : char.IsLetterOrDigit(c) ? true : null;
            if (kind != latin && current.Length > 0)
            {
                if (latin is not null)
                {
                    yield return new Token(current.ToString(), latin.Value);
                }
                current.Clear();
            }
            latin = kind;
            if (kind is not null)
            {
                current.Append(c);
            }
        }
        if (current.Length > 0 && latin is not null)
        {
            yield return new Token(current.ToString(), latin.Value);
        }
    }

    private static bool IsCjk(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';

    private sealed record Entry(PublishedFactor Factor, string Code, string SeriesCode, SearchField[] Fields);

    private sealed class SearchField
    {
        public SearchField(string text)
        {
            Text = text;
            WordTrigrams = Tokenize(text).Where(t => t.IsLatin).Select(t => Trigrams(t.Text)).ToArray();
        }

        public string Text { get; }
        public HashSet<string>[] WordTrigrams { get; }
    }
}
