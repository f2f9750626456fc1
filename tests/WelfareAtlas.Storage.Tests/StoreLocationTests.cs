namespace WelfareAtlas.Storage.Tests;

/// <summary>Where a store lives, and how it is described in messages and logs: never with a password.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    // As psql and pg_dump take it (docs/operations.md's backup lines).
    [InlineData("host=127.0.0.1 port=55477 dbname=atlas user=atlas password=SuperSecret99")]
    // The password first: Npgsql would read the rest into it and connect to localhost.
    [InlineData("password=SuperSecret99 host=db.example dbname=atlas")]
    // Quoted values, as libpq allows.
    [InlineData("host='db.example' password='Super Secret99'")]
    public void Postgres_LibpqForm_IsRefusedWithNpgsqlsKeysAndWithoutAValue(string connectionString)
    {
        StoreLocationException error = Assert.Throws<StoreLocationException>(() => StoreLocation.Postgres(connectionString));

        Assert.Contains("libpq", error.Message, StringComparison.Ordinal);
        Assert.Contains(StoreLocation.ExpectedForm, error.Message, StringComparison.Ordinal);
        Assert.Contains("password → Password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret99", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("db.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_ValueWithAnEqualsSign_IsRefusedWithoutRepeatingIt()
    {
        // Npgsql's form with one separator forgotten: the database's name would swallow the password.
        StoreLocationException error = Assert.Throws<StoreLocationException>(() => StoreLocation.Postgres("Host=db;Database=atlas Password=SuperSecret99;Username=atlas"));

        Assert.DoesNotContain("SuperSecret99", error.Message, StringComparison.Ordinal);
        Assert.Contains(StoreLocation.ExpectedForm, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db.example;Port=5433;Database=atlas;Username=atlas;Password=SuperSecret99", "PostgreSQL database 'atlas' on db.example:5433")]
    [InlineData("Host=db.example;Database=atlas;Search Path=atlas_copy,public", "PostgreSQL database 'atlas' on db.example:5432, schema atlas_copy")]
    // A host with a space in it is no host name: not shown, whatever it holds.
    [InlineData("Host=db.example SuperSecret99;Database=atlas", "PostgreSQL database 'atlas' on (not shown):5432")]
    public void ToString_PostgreSQL_NamesTheDatabaseButNeverThePassword(string connectionString, string expected)
    {
        string described = StoreLocation.Postgres(connectionString).ToString();

        Assert.Equal(expected, described);
        Assert.DoesNotContain("SuperSecret99", described, StringComparison.Ordinal);
    }
}
