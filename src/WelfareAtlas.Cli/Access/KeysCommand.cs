using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Cli.Access;

/// <summary><c>atlas keys add|list|revoke</c>: API keys for machine clients (header <c>X-Api-Key</c>).</summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        Command command = new("keys", "Create, list and revoke API keys for machine clients (sent in the X-Api-Key header).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Revoke(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        Argument<string> name = new("name") { Description = "What the key is for (the client's name)." };
        Option<string> role = UsersCommand.RoleOption();
        Command command = new("add", "Create a key; it is printed once and only its hash is kept.") { name, role };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string purpose = parseResult.GetValue(name)!;
            if (string.IsNullOrWhiteSpace(purpose))
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, "give the key a name that says what it is for.");
            }

            Role chosen = UsersCommand.ParseRole(parseResult.GetValue(role)!);
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            (StoredApiKey key, string secret) = await new ApiKeyRepository(store.DataSource, TimeProvider.System).AddAsync(purpose, chosen, CliContext.Actor, cancellationToken);
            string id = key.Id.ToString(CultureInfo.InvariantCulture);
            parseResult.InvocationConfiguration.Error.WriteLine($"Created key {id} ({key.Name}, {chosen.ToSlug()}). Store it now: it cannot be shown again.");
            parseResult.InvocationConfiguration.Output.WriteLine(secret);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        Command command = new("list", "List the keys (never the keys themselves).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("id\tname\trole\tcreated\trevoked");
            foreach (StoredApiKey key in await new ApiKeyRepository(store.DataSource, TimeProvider.System).ListAsync(cancellationToken))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key.Id}\t{key.Name}\t{key.Role.ToSlug()}\t{key.CreatedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{(key.RevokedAt is { } revoked ? revoked.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        Argument<long> id = new("id") { Description = "The key's id (atlas keys list)." };
        Command command = new("revoke", "Revoke a key: it stops working at once.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            long keyId = parseResult.GetValue(id);
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            if (!await new ApiKeyRepository(store.DataSource, TimeProvider.System).RevokeAsync(keyId, CliContext.Actor, cancellationToken))
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"no working key {keyId}."));
            }

            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Revoked key {keyId}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
