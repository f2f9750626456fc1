using System.Runtime.CompilerServices;
using WelfareAtlas.Storage.Cells;

namespace WelfareAtlas.Storage.Tests.Cells;

/// <summary>
/// The compute run's three stages (<see cref="ComputePipeline"/>): every output written, and a failure of any stage
/// reported as itself and ending the run, with more inputs than the stages hold at once (a failed computation once
/// left the reading waiting for good).
/// </summary>
public sealed class ComputePipelineTests
{
    // Longer than any run here takes; a stage left waiting fails the test instead of hanging it.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Run_EveryStageSucceeds_WritesEveryOutputOfEveryInput(int workers)
    {
        List<int> written = [];

        int count = await Run(
            token => Numbers(200, token),
            input => (int[])[input * 10, (input * 10) + 1],
            (outputs, token) => Task.FromResult(Collect(outputs, written)),
            workers,
            Token);

        Assert.Equal(400, count);
        Assert.Equal(Enumerable.Range(0, 200).SelectMany(i => (int[])[i * 10, (i * 10) + 1]), workers == 1 ? written : written.Order());
    }

    [Fact]
    public async Task Run_ComputationFails_ReportsThatFailureAndEnds()
    {
        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(
            token => Numbers(1_000, token),
            input => input == 3 ? throw new InvalidOperationException("input 3 cannot be computed") : (int[])[input],
            (outputs, token) => Task.FromResult(Collect(outputs, [])),
            2,
            Token));

        Assert.Equal("input 3 cannot be computed", failure.Message);
    }

    [Fact]
    public async Task Run_ReadingFails_ReportsThatFailureAndEnds()
    {
        IOException failure = await Assert.ThrowsAsync<IOException>(() => Run(
            token => NumbersThenFailure(5, token),
            input => (int[])[input],
            (outputs, token) => Task.FromResult(Collect(outputs, [])),
            2,
            Token));

        Assert.Equal("the store went away after 5 inputs", failure.Message);
    }

    [Fact]
    public async Task Run_WritingFails_ReportsThatFailureAndStopsTheReading()
    {
        int read = 0;

        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(
            token => Counted(Numbers(100_000, token), () => Interlocked.Increment(ref read)),
            input => (int[])[input],
            (outputs, token) =>
            {
                int taken = 0;
                foreach (int output in outputs)
                {
                    if (++taken == 3)
                    {
                        throw new InvalidOperationException("the disk is full");
                    }
                }

                return Task.FromResult(taken);
            },
            2,
            Token));

        Assert.Equal("the disk is full", failure.Message);
        Assert.True(Volatile.Read(ref read) < 100_000, $"the reading went on to {read} inputs after the writer failed");
    }

    [Fact]
    public async Task Run_Cancelled_ThrowsOperationCanceled()
    {
        using CancellationTokenSource cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(
            token => Numbers(100_000, token),
            input => (int[])[input],
            (outputs, token) =>
            {
                foreach (int output in outputs)
                {
                    if (output == 10)
                    {
                        cancel.Cancel();
                    }
                }

                return Task.FromResult(0);
            },
            2,
            cancel.Token));
    }

    [Fact]
    public async Task Run_WriterReturnsBeforeTheLastOutput_IsReportedAsABugAndEnds()
    {
        InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(
            token => Numbers(1_000, token),
            input => (int[])[input],
            (outputs, token) => Task.FromResult(outputs.Take(3).Count()),
            2,
            Token));

        Assert.Contains("before the last output", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <see cref="ComputePipeline.RunAsync"/> on a thread of its own, failed after <see cref="Hang"/>: a writer that
    /// blocks runs inside the call, before it returns a task to wait for.
    /// </summary>
    private static Task<TResult> Run<TInput, TOutput, TResult>(
        Func<CancellationToken, IAsyncEnumerable<TInput>> read,
        Func<TInput, IEnumerable<TOutput>> compute,
        Func<IEnumerable<TOutput>, CancellationToken, Task<TResult>> write,
        int workers,
        CancellationToken cancellationToken) =>
        Task.Run(() => ComputePipeline.RunAsync(read, compute, write, workers, cancellationToken), CancellationToken.None).WaitAsync(Hang, Token);

    private static int Collect(IEnumerable<int> outputs, List<int> into)
    {
        foreach (int output in outputs)
        {
            into.Add(output);
        }

        return into.Count;
    }

    private static async IAsyncEnumerable<int> Numbers(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> NumbersThenFailure(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (int i in Numbers(count, cancellationToken))
        {
            yield return i;
        }

        throw new IOException($"the store went away after {count} inputs");
    }

    private static async IAsyncEnumerable<int> Counted(IAsyncEnumerable<int> numbers, Action counted)
    {
        await foreach (int i in numbers)
        {
            counted();
            yield return i;
        }
    }
}
