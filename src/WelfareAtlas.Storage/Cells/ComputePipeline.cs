using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace WelfareAtlas.Storage.Cells;

/// <summary>
/// The three stages of a compute run, each on threads of its own: one reads the inputs one at a time, the workers
/// compute them in the order read, and the writer, the caller's own task, writes the outputs as they come. Bounded: at most as many
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
    /// <param name="write">Consumes every output (the sequence ends when the last input is computed); returning before the end is a bug, reported as one.</param>
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
                            try
                            {
                                foreach (TOutput output in compute(input))
                                {
                                    outputs.Add(output, stop.Token);
                                }
                            }
                            catch (Exception exception) when (exception is not OperationCanceledException)
                            {
                                // At once, not when the other workers have finished their inputs: the reading waits for
                                // room only the workers make, and the writer for outputs that will not all come.
                                stop.Cancel();
                                throw;
                            }
                        });
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
            if (!outputs.IsCompleted)
            {
                throw new InvalidOperationException("The writer of the compute run returned before the last output: a bug.");
            }

            // A computation that failed after the writer took the last output still fails the run (the catch below).
            await Task.WhenAll(reading, computing);
            return result;
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAll(reading, computing).ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if ((FailureOf(reading) ?? FailureOf(computing)) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
    }

    /// <summary>
    /// What made <paramref name="task"/> fail, without the cancellations that followed it: the failure itself, not
    /// Parallel's wrapper of it, or all of them when workers failed each on its own; <see langword="null"/> when only
    /// cancellations are left.
    /// </summary>
    private static Exception? FailureOf(Task task)
    {
        if (task.Exception is not { } exception)
        {
            return null;
        }

        List<Exception> failures = [.. exception.Flatten().InnerExceptions.Where(inner => inner is not OperationCanceledException)];
        return failures.Count switch
        {
            0 => null,
            1 => failures[0],
            _ => new AggregateException(failures),
        };
    }
}
