using System.Data.Common;

namespace WelfareAtlas.Storage.Engines;

/// <summary>DuckDB refused the rows of a <see cref="DuckDbColumnAppender"/>; a <see cref="DbException"/> as the row appender's errors are.</summary>
internal sealed class DuckDbAppendException(string message) : DbException(message);
