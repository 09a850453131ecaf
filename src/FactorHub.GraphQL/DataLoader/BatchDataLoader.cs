namespace FactorHub.GraphQL.DataLoader;

/// <summary>
/// A key → one value loader. Subclass it (and register the subclass scoped) or construct it with a
/// fetch delegate:
/// <code>
/// sealed class FactorByIdLoader(DataLoaderScheduler s, FactorHubDb db) : BatchDataLoader&lt;long, Factor&gt;(s)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;long, Factor&gt;&gt; FetchAsync(IReadOnlyList&lt;long&gt; ids, CancellationToken ct)
///         =&gt; await db.Factors.Where(f =&gt; ids.Contains(f.Id)).ToDictionaryAsync(f =&gt; f.Id, ct);
/// }
/// </code>
/// </summary>
public class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>? _fetch;

    protected BatchDataLoader(DataLoaderScheduler scheduler, DataLoaderOptions? options = null) : base(scheduler, options)
    {
    }

    public BatchDataLoader(DataLoaderScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        DataLoaderOptions? options = null) : base(scheduler, options)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    protected override Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override FetchAsync or be given a fetch delegate.")
            : _fetch(keys, cancellationToken);
}
