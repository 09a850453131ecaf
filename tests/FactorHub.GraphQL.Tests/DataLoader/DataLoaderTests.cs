using FactorHub.GraphQL.DataLoader;

namespace FactorHub.GraphQL.Tests.DataLoader;

/// <summary>The loader on its own, with the test driving the scheduler the way the executor does.</summary>
public class DataLoaderTests
{
    private sealed class RecordingFetch
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> Fetch(IReadOnlyList<int> keys, CancellationToken _)
        {
            Batches.Add([.. keys]);
            var result = new Dictionary<int, string>();
            foreach (var key in keys)
                if (key >= 0) result[key] = "v" + key;
            return Task.FromResult<IReadOnlyDictionary<int, string>>(result);
        }
    }

    [Fact]
    public async Task Keys_requested_before_dispatch_are_fetched_in_one_batch()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch);
        using (scheduler.Drive())
        {
            var a = loader.LoadAsync(1);
            var b = loader.LoadAsync(2);
            var c = loader.LoadAsync(3);
            Assert.Empty(fetch.Batches);
            Assert.True(scheduler.HasQueued);

            scheduler.DispatchQueued();
            Assert.False(a.IsCompleted); // results are delivered on the driver's loop, not inside the fetch
            Assert.True(scheduler.RunPosted());

            Assert.Equal(["v1", "v2", "v3"], new[] { await a, await b, await c });
        }
        Assert.Equal([[1, 2, 3]], fetch.Batches);
    }

    [Fact]
    public async Task Repeated_keys_are_cached_for_the_request()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch);
        using (scheduler.Drive())
        {
            var first = loader.LoadAsync(7);
            var again = loader.LoadAsync(7);
            Assert.Same(first, again);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Equal("v7", await first);

            var later = loader.LoadAsync(7);
            Assert.True(later.IsCompletedSuccessfully);
            Assert.False(scheduler.HasQueued);
        }
        Assert.Single(fetch.Batches);
    }

    [Fact]
    public async Task Missing_keys_load_as_default_and_groups_as_empty()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch);
        var groups = new GroupDataLoader<int, string>(scheduler, (keys, _) =>
            Task.FromResult(new[] { (1, "a"), (1, "b"), (2, "c") }.Where(p => keys.Contains(p.Item1)).ToLookup(p => p.Item1, p => p.Item2)));
        using (scheduler.Drive())
        {
            var missing = loader.LoadAsync(-1);
            var one = groups.LoadAsync(1);
            var none = groups.LoadAsync(3);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Null(await missing);
            Assert.Equal(["a", "b"], await one);
            Assert.Empty(await none);
        }
    }

    [Fact]
    public async Task A_failed_batch_fails_every_key_and_is_not_cached()
    {
        var scheduler = new DataLoaderScheduler();
        var calls = 0;
        var loader = new BatchDataLoader<int, string>(scheduler, (keys, _) =>
            ++calls == 1 ? throw new InvalidOperationException("database down") : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "ok" + k)));
        using (scheduler.Drive())
        {
            var a = loader.LoadAsync(1);
            var b = loader.LoadAsync(2);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Equal("database down", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
            await Assert.ThrowsAsync<InvalidOperationException>(() => b);

            var retry = loader.LoadAsync(1);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Equal("ok1", await retry);
        }
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Max_batch_size_splits_a_batch()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch, new DataLoaderOptions { MaxBatchSize = 2 });
        using (scheduler.Drive())
        {
            var all = loader.LoadAsync([1, 2, 3, 4, 5]);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Equal(["v1", "v2", "v3", "v4", "v5"], await all);
        }
        Assert.Equal([[1, 2], [3, 4], [5]], fetch.Batches);
    }

    [Fact]
    public async Task Prime_seeds_the_cache_and_clear_forgets_a_key()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch);
        loader.Prime(4, "primed");
        Assert.Equal("primed", await loader.LoadAsync(4));
        loader.Clear(4);
        using (scheduler.Drive())
        {
            var reloaded = loader.LoadAsync(4);
            scheduler.DispatchQueued();
            scheduler.RunPosted();
            Assert.Equal("v4", await reloaded);
        }
    }

    [Fact]
    public async Task Without_a_driver_a_loader_dispatches_by_itself()
    {
        var scheduler = new DataLoaderScheduler();
        var fetch = new RecordingFetch();
        var loader = new BatchDataLoader<int, string>(scheduler, fetch.Fetch);
        var value = await loader.LoadAsync(9).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("v9", value);
    }
}
