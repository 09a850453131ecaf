namespace FactorHub.GraphQL.DataLoader;

/// <summary>
/// Loads values by key, batching the keys requested while the executor has other work to do into one
/// fetch, and caching each key's result for the rest of the request.
/// </summary>
public interface IDataLoader<TKey, TValue> where TKey : notnull
{
    /// <summary>The value for <paramref name="key"/> (default when the source has none).</summary>
    Task<TValue> LoadAsync(TKey key);

    /// <summary>The values for several keys, in the order of <paramref name="keys"/>.</summary>
    Task<TValue[]> LoadAsync(IReadOnlyList<TKey> keys);

    /// <summary>Seeds the cache (e.g. with rows another query already returned); an existing entry wins.</summary>
    void Prime(TKey key, TValue value);

    /// <summary>Drops <paramref name="key"/> from the cache, e.g. after a mutation changed it.</summary>
    void Clear(TKey key);
}
