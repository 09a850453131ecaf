namespace FactorHub.GraphQL.DataLoader;

/// <summary>
/// The batching and caching core shared by <see cref="BatchDataLoader{TKey,TValue}"/> and
/// <see cref="GroupDataLoader{TKey,TValue}"/>. One instance lives for one request (register it scoped),
/// so its cache is the per-request cache; it is safe to call from concurrently running resolvers.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, IDispatchable where TKey : notnull
{
    private readonly DataLoaderScheduler _scheduler;
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private Dictionary<TKey, TaskCompletionSource<TValue>>? _pending;

    protected DataLoaderBase(DataLoaderScheduler scheduler, DataLoaderOptions? options = null)
    {
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        Options = options ?? DataLoaderOptions.Default;
        _cache = new Dictionary<TKey, Task<TValue>>(Options.KeyComparer as IEqualityComparer<TKey>);
    }

    protected DataLoaderOptions Options { get; }

    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        TaskCompletionSource<TValue> source;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            // Continuations run synchronously on purpose: the executor delivers a batch on its own loop and
            // relies on the woken resolvers finishing before it looks for the next batch.
            source = new TaskCompletionSource<TValue>();
            _cache[key] = source.Task;
            first = _pending is null;
            _pending ??= new Dictionary<TKey, TaskCompletionSource<TValue>>(_cache.Comparer);
            _pending[key] = source;
        }
        if (first) _scheduler.Enqueue(this);
        return source.Task;
    }

    public Task<TValue[]> LoadAsync(IReadOnlyList<TKey> keys)
    {
        var tasks = new Task<TValue>[keys.Count];
        for (var i = 0; i < tasks.Length; i++) tasks[i] = LoadAsync(keys[i]);
        return Task.WhenAll(tasks);
    }

    public void Prime(TKey key, TValue value)
    {
        lock (_gate) _cache.TryAdd(key, Task.FromResult(value));
    }

    public void Clear(TKey key)
    {
        lock (_gate) _cache.Remove(key);
    }

    void IDispatchable.Dispatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue>>? pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = null;
        }
        if (pending is null || pending.Count == 0) return;

        var keys = new TKey[pending.Count];
        pending.Keys.CopyTo(keys, 0);
        var max = Options.MaxBatchSize <= 0 ? keys.Length : Options.MaxBatchSize;
        for (var start = 0; start < keys.Length; start += max)
        {
            var slice = start == 0 && max >= keys.Length ? keys : keys[start..Math.Min(keys.Length, start + max)];
            _ = RunBatchAsync(slice, pending);
        }
    }

    private async Task RunBatchAsync(TKey[] keys, Dictionary<TKey, TaskCompletionSource<TValue>> sources)
    {
        IReadOnlyDictionary<TKey, TValue> results;
        try
        {
            results = await FetchAsync(keys, _scheduler.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _scheduler.Post(() =>
            {
                lock (_gate)
                    foreach (var key in keys) _cache.Remove(key); // a failed key may be retried later in the request
                foreach (var key in keys)
                {
                    if (ex is OperationCanceledException oce) sources[key].TrySetCanceled(oce.CancellationToken);
                    else sources[key].TrySetException(ex);
                }
            });
            return;
        }
        _scheduler.Post(() =>
        {
            foreach (var key in keys)
                sources[key].TrySetResult(results.TryGetValue(key, out var value) ? value : Missing(key));
        });
    }

    /// <summary>Fetches the values of a batch of distinct keys; keys absent from the result get <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected virtual TValue Missing(TKey key) => default!;
}

/// <summary>Options of one loader.</summary>
public sealed record DataLoaderOptions
{
    public static readonly DataLoaderOptions Default = new();

    /// <summary>Largest number of keys per fetch (0 = unlimited); a larger batch is split.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Key equality (e.g. StringComparer.Ordinal); null for the default comparer.</summary>
    public object? KeyComparer { get; init; }
}
