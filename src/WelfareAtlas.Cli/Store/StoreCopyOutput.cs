using WelfareAtlas.Storage.Transfer;

namespace WelfareAtlas.Cli.Store;

/// <summary>What <c>export-store</c> and <c>import-store</c> print: each table with its rows, then one summary line.</summary>
internal static class StoreCopyOutput
{
    public static void Write(TextWriter output, IReadOnlyList<CopiedTable> tables, object from, object to)
    {
        foreach (CopiedTable table in tables)
        {
            output.WriteLine(FormattableString.Invariant($"  {table.Table,-24} {table.Rows,12:N0} rows"));
        }

        output.WriteLine(FormattableString.Invariant($"Copied {tables.Count} tables ({tables.Sum(t => t.Rows):N0} rows) from {from} to {to}."));
    }
}
