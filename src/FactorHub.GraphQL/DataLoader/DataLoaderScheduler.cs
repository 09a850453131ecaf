using System.Collections.Concurrent;

namespace FactorHub.GraphQL.DataLoader;

/// <summary>
/// Request-scoped coordinator between DataLoaders and the executor. Loaders queue themselves here when
/// they receive their first key of a batch; the executor, once it has run every resolver that can make
/// progress, calls <see cref="DispatchQueued"/> so each loader sends one batch. Batch results are
/// handed back through <see cref="Post"/> and delivered on the executor's own loop
/// (<see cref="RunPosted"/>), so the resolvers they wake finish before the executor looks for the next
/// batch: N sibling fields of a list therefore batch into one call per level.
/// <para>
/// Outside an execution (no executor driving the scheduler) a queued loader is dispatched on the
/// thread pool instead, so a loader never waits forever.
/// </para>
/// </summary>
public sealed class DataLoaderScheduler
{
    private readonly object _gate = new();
    private readonly List<IDispatchable> _queued = [];
    private ConcurrentQueue<Action>? _posted;
    private int _drivers;
    private TaskCompletionSource? _waiter;
    private bool _signaled;

    /// <summary>Passed to every fetch; the executor sets it to the request's token.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>True while at least one loader has keys waiting for a batch.</summary>
    public bool HasQueued
    {
        get { lock (_gate) return _queued.Count > 0; }
    }

    internal bool IsDriven => Volatile.Read(ref _drivers) > 0;

    /// <summary>Called by a loader when it has a new, undispatched batch.</summary>
    internal void Enqueue(IDispatchable loader)
    {
        lock (_gate) _queued.Add(loader);
        if (IsDriven) Signal();
        else ThreadPool.UnsafeQueueUserWorkItem(static s => ((DataLoaderScheduler)s!).DispatchIfUndriven(), this);
    }

    private void DispatchIfUndriven()
    {
        if (IsDriven) { Signal(); return; }
        DispatchQueued();
        RunPosted();
    }

    /// <summary>Starts one batch on every queued loader (loaders queued meanwhile are dispatched too).</summary>
    public void DispatchQueued()
    {
        while (true)
        {
            IDispatchable[] batch;
            lock (_gate)
            {
                if (_queued.Count == 0) return;
                batch = [.. _queued];
                _queued.Clear();
            }
            foreach (var loader in batch) loader.Dispatch();
        }
    }

    /// <summary>Hands work (a batch's results) to the thread that drives the scheduler.</summary>
    internal void Post(Action action)
    {
        if (!IsDriven)
        {
            action();
            return;
        }
        LazyInitializer.EnsureInitialized(ref _posted).Enqueue(action);
        Signal();
        // The driver may have finished between the check above and the enqueue.
        if (!IsDriven) RunPosted();
    }

    /// <summary>Runs posted work; returns true if there was any.</summary>
    public bool RunPosted()
    {
        var any = false;
        var posted = Volatile.Read(ref _posted);
        while (posted is not null && posted.TryDequeue(out var action))
        {
            action();
            any = true;
        }
        return any;
    }

    /// <summary>Marks the calling executor as the driver of this scheduler until the result is disposed.</summary>
    public DriverLease Drive()
    {
        Interlocked.Increment(ref _drivers);
        return new DriverLease(this);
    }

    /// <summary>Wakes <see cref="WaitAsync"/>; called on any progress (batch result, resolver completion, new batch).</summary>
    public void Signal()
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            waiter = _waiter;
            _waiter = null;
            if (waiter is null) _signaled = true;
        }
        waiter?.TrySetResult();
    }

    /// <summary>Completes when <see cref="Signal"/> is called (immediately if it was called since the last wait).</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_signaled)
            {
                _signaled = false;
                return Task.CompletedTask;
            }
            // Continuations run asynchronously so a signalling thread (a finishing resolver or batch)
            // is never hijacked to run the executor's loop.
            _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return cancellationToken.CanBeCanceled ? _waiter.Task.WaitAsync(cancellationToken) : _waiter.Task;
        }
    }

    public readonly struct DriverLease(DataLoaderScheduler scheduler) : IDisposable
    {
        public void Dispose()
        {
            if (Interlocked.Decrement(ref scheduler._drivers) == 0)
            {
                // Nobody drives any more: settle whatever is left so no loader waits forever.
                scheduler.RunPosted();
                if (scheduler.HasQueued)
                    ThreadPool.UnsafeQueueUserWorkItem(static s => ((DataLoaderScheduler)s!).DispatchIfUndriven(), scheduler);
            }
        }
    }
}

/// <summary>A loader the scheduler can ask to send its queued batch.</summary>
internal interface IDispatchable
{
    void Dispatch();
}
