namespace FactorHub.GraphQL.DataLoader;

/// <summary>
/// A key → many values loader (e.g. factor id → its versions). Subclass it and override
/// <see cref="FetchGroupsAsync"/>, or construct it with a fetch delegate returning a lookup.
/// A key with no values loads as an empty list.
/// </summary>
public class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>>? _fetch;

    protected GroupDataLoader(DataLoaderScheduler scheduler, DataLoaderOptions? options = null) : base(scheduler, options)
    {
    }

    public GroupDataLoader(DataLoaderScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null) : base(scheduler, options)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    /// <summary>Fetches the values of a batch of distinct keys, grouped by key.</summary>
    protected virtual Task<ILookup<TKey, TValue>> FetchGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override FetchGroupsAsync or be given a fetch delegate.")
            : _fetch(keys, cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await FetchGroupsAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<TKey, IReadOnlyList<TValue>>(keys.Count);
        foreach (var key in keys)
            if (lookup.Contains(key)) result[key] = [.. lookup[key]];
        return result;
    }

    protected override IReadOnlyList<TValue> Missing(TKey key) => [];
}
