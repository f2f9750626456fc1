using System.Collections.Concurrent;
using System.Text;

namespace WelfareAtlas.Storage.Engines;

/// <summary>
/// Rewrites the store's <c>$name</c> parameters (DuckDB's syntax, which every repository writes) to Npgsql's
/// <c>@name</c>, once per distinct statement text. Quoted strings, quoted identifiers and comments are left as they are.
/// </summary>
/// <remarks>
/// PostgreSQL itself reads <c>$name</c> as the start of a dollar-quoted string, so the text must be rewritten before
/// Npgsql parses it. Positional <c>$1</c> is not used by the store and is left alone. The statement texts are the
/// repositories' constants, so the cache stays small; a text built at run time (table names of a store copy) is
/// bounded by the schema.
/// </remarks>
internal static class PostgresParameterSyntax
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The statement with every <c>$name</c> outside quotes and comments written as <c>@name</c>.</summary>
    public static string Rewrite(string sql) => sql.Contains('$', StringComparison.Ordinal) ? Cache.GetOrAdd(sql, RewriteUncached) : sql;

    private static string RewriteUncached(string sql)
    {
        StringBuilder result = new(sql.Length);
        int i = 0;
        while (i < sql.Length)
        {
            char c = sql[i];
            int end = c switch
            {
                '\'' or '"' => ClosingQuote(sql, i, c),
                '-' when At(sql, i + 1) == '-' => LineEnd(sql, i),
                '/' when At(sql, i + 1) == '*' => BlockCommentEnd(sql, i),
                _ => -1,
            };
            if (end >= 0)
            {
                result.Append(sql, i, end - i);
                i = end;
                continue;
            }

            if (c == '$' && (char.IsAsciiLetter(At(sql, i + 1)) || At(sql, i + 1) == '_') && !IsIdentifierPart(At(sql, i - 1)))
            {
                result.Append('@');
            }
            else
            {
                result.Append(c);
            }

            i++;
        }

        return result.ToString();
    }

    private static char At(string sql, int index) => index >= 0 && index < sql.Length ? sql[index] : '\0';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // A doubled quote inside is an escaped quote; an unterminated quote runs to the end, where the database reports it.
    private static int ClosingQuote(string sql, int start, char quote)
    {
        int i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (At(sql, i + 1) != quote)
                {
                    return i + 1;
                }

                i++;
            }

            i++;
        }

        return sql.Length;
    }

    private static int LineEnd(string sql, int start)
    {
        int newline = sql.IndexOf('\n', start);
        return newline < 0 ? sql.Length : newline;
    }

    private static int BlockCommentEnd(string sql, int start)
    {
        int close = sql.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return close < 0 ? sql.Length : close + 2;
    }
}
