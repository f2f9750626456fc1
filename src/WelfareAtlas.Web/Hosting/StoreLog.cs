namespace WelfareAtlas.Web.Hosting;

/// <summary>Log messages about the store.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Path} ready (created now: {Created})")]
    public static partial void Opened(ILogger logger, string path, bool created);
}
