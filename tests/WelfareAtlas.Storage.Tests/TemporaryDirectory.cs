namespace WelfareAtlas.Storage.Tests;

/// <summary>A fresh directory under the system's temp folder, removed with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("atlas-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
