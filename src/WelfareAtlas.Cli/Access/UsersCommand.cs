using System.CommandLine;
using System.Globalization;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Cli.CommandLine;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Access;

namespace WelfareAtlas.Cli.Access;

/// <summary><c>atlas users add|list|remove</c>: local accounts for the sign-in page.</summary>
internal static class UsersCommand
{
    /// <summary>The environment variable a script can give the new password in, instead of standard input.</summary>
    public const string PasswordVariable = "ATLAS_PASSWORD";

    public static Command Create(CliContext context)
    {
        Command command = new("users", "Add, list and remove local accounts (sign-in with name and password).");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Remove(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        Argument<string> name = new("name") { Description = "The sign-in name: letters a–z, digits, '.', '_', '-', '@'." };
        Option<string> role = RoleOption();
        Command command = new("add", $"Add an account, or give an existing one a new role and password. The password is read from ${PasswordVariable}, else from the first line of standard input.") { name, role };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string user = parseResult.GetValue(name)!;
            if (UserRepository.InvalidName(user) is { } nameError)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, nameError + ".");
            }

            Role chosen = ParseRole(parseResult.GetValue(role)!);
            string? password = context.Environment(PasswordVariable) ?? await Console.In.ReadLineAsync(cancellationToken);
            if (PasswordHash.Weakness(password) is { } weakness)
            {
                return CliContext.Fail(parseResult, ExitCodes.InvalidInput, weakness + $"; give it in ${PasswordVariable} or on standard input.");
            }

            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            bool existed = await new UserRepository(store.DataSource, TimeProvider.System).AddAsync(user, chosen, PasswordHash.Create(password!), CliContext.Actor, cancellationToken);
            parseResult.InvocationConfiguration.Output.WriteLine(existed
                ? $"Updated user {user.Trim().ToLowerInvariant()}: role {chosen.ToSlug()}, new password."
                : $"Added user {user.Trim().ToLowerInvariant()} with role {chosen.ToSlug()}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        Command command = new("list", "List the accounts with their roles.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("name\trole\tsince");
            foreach (StoredUser user in await new UserRepository(store.DataSource, TimeProvider.System).ListAsync(cancellationToken))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{user.Name}\t{user.Role.ToSlug()}\t{user.CreatedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        Argument<string> name = new("name") { Description = "The account's sign-in name." };
        Command command = new("remove", "Remove an account; its signed-in sessions end when their cookie next needs the account.") { name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string user = parseResult.GetValue(name)!.Trim().ToLowerInvariant();
            await using AtlasStore store = await AtlasStore.OpenAsync(context.ResolveStore(parseResult), TimeProvider.System, cancellationToken);
            if (!await new UserRepository(store.DataSource, TimeProvider.System).RemoveAsync(user, CliContext.Actor, cancellationToken))
            {
                return CliContext.Fail(parseResult, ExitCodes.NotFound, $"no user {user}.");
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Removed user {user}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The required <c>--role</c> option, limited to the assignable roles.</summary>
    internal static Option<string> RoleOption()
    {
        Option<string> option = new("--role") { Description = "analyst (unprotected data), steward (imports, publication) or admin (users, keys).", Required = true };
        option.AcceptOnlyFromAmong([.. Roles.Assignable.Select(r => r.ToSlug())]);
        return option;
    }

    internal static Role ParseRole(string slug) => Roles.TryParse(slug, out Role role) ? role : Role.Analyst;
}
