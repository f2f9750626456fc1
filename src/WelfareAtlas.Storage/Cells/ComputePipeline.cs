using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The three stages of a compute run, each on threads of its own: one reads the inputs one at a time, the workers
/// compute them in the order read, and the caller's thread writes the outputs as they come. Bounded: at most as many
/// inputs as there are workers wait for one, and two outputs for the writer, so only the inputs being computed or
/// waiting are held at once.
/// </summary>
/// <remarks>
/// A stage that fails stops the other two, and its failure is the one reported, not the cancellations it caused: the
/// reading's before the computing's, the computing's before the writing's. (A failed computation once left the
/// reading waiting for room that no worker would make, and the run never ended.)
/// </remarks>
internal static class ComputePipeline
{
    private const int WaitingOutputs = 2;

    /// <summary>Runs the three stages and returns what <paramref name="write"/> returns.</summary>
    /// <param name="read">The inputs, in the order they are to be computed; stops when its token is cancelled.</param>
    /// <param name="compute">One input's outputs, handed to the writer one by one as they are enumerated.</param>
    /// <param name="write">Consumes every output (the sequence ends when the last input is computed) on the caller's thread.</param>
    /// <param name="workers">How many inputs are computed at once, each on a thread of its own.</param>
    /// <param name="cancellationToken">Cancels all three; <see cref="OperationCanceledException"/> is thrown.</param>
    public static async Task<TResult> RunAsync<TInput, TOutput, TResult>(
        Func<CancellationToken, IAsyncEnumerable<TInput>> read,
        Func<TInput, IEnumerable<TOutput>> compute,
        Func<IEnumerable<TOutput>, CancellationToken, Task<TResult>> write,
        int workers,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using BlockingCollection<TInput> inputs = new(boundedCapacity: workers);
        using BlockingCollection<TOutput> outputs = new(boundedCapacity: WaitingOutputs);
        Task reading = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (TInput input in read(stop.Token))
                    {
                        inputs.Add(input, stop.Token);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    await stop.CancelAsync();
                    throw;
                }
                finally
                {
                    inputs.CompleteAdding();
                }
            },
            CancellationToken.None);
        Task computing = Task.Run(
            () =>
            {
                try
                {
                    // One input per worker, handed out one at a time in the order read: without a limit the thread pool,
                    // seeing its threads busy for seconds, kept adding threads, and at national scale most indicators
                    // ran at once, each holding its intermediate objects (the run grew past 12 GB); and a sequence is
                    // split into ranges unless it is handed out unbuffered.
                    Parallel.ForEach(
                        Partitioner.Create(inputs.GetConsumingEnumerable(stop.Token), EnumerablePartitionerOptions.NoBuffering),
                        new ParallelOptions { CancellationToken = stop.Token, MaxDegreeOfParallelism = workers },
                        input =>
                        {
                            foreach (TOutput output in compute(input))
                            {
                                outputs.Add(output, stop.Token);
                            }
                        });
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Before the outputs are complete: the writer must not take a partial run for a whole one.
                    stop.Cancel();
                    throw;
                }
                finally
                {
                    outputs.CompleteAdding();
                }
            },
            CancellationToken.None);
        try
        {
            TResult result = await write(outputs.GetConsumingEnumerable(stop.Token), stop.Token);
            await Task.WhenAll(reading, computing);
            return result;
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading, computing).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if ((FailureOf(reading) ?? FailureOf(computing)) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
    }

    /// <summary>What made <paramref name="task"/> fail, unless it was a cancellation; the one failure of a computation, not Parallel's wrapper of it.</summary>
    private static Exception? FailureOf(Task task)
    {
        Exception? failure = task.Exception?.InnerException;
        while (failure is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            failure = aggregate.InnerExceptions[0];
        }

        return failure is OperationCanceledException ? null : failure;
    }
}
