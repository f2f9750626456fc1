namespace WelfareAtlas.Storage.Migrations;

/// <summary>One versioned schema change, read from an embedded <c>NNNN_name.sql</c> file.</summary>
/// <param name="Version">The number in the file name; migrations run in ascending order, each once.</param>
/// <param name="Name">The rest of the file name, for the record.</param>
/// <param name="Sql">The statements, run in one transaction.</param>
internal sealed record Migration(int Version, string Name, string Sql);
