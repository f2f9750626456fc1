namespace WelfareAtlas.Web.Localisation;

/// <summary>The texts of signing in and out, in one language.</summary>
internal sealed partial record AccessTexts
{
    public required string SignIn { get; init; }

    public required string SignInIntro { get; init; }

    public required string UserName { get; init; }

    public required string Password { get; init; }

    public required string SignInFailed { get; init; }

    public required string SignInWithOrganisation { get; init; }

    public required string SignOut { get; init; }

    public required string SignOutQuestion { get; init; }

    /// <summary>"Signed in as {0} ({1})": the name and the role's name.</summary>
    public required string SignedInAs { get; init; }

    /// <summary>The roles' names, by <c>Roles.ToSlug</c>.</summary>
    public required IReadOnlyDictionary<string, string> RoleNames { get; init; }

    public static AccessTexts Finnish { get; } = new()
    {
        SignIn = "Kirjaudu",
        SignInIntro = "Kirjautuminen on analyytikoille, tiedonhallitsijoille ja ylläpitäjille. Julkiset tiedot näkyvät kaikille ilman kirjautumista.",
        UserName = "Käyttäjätunnus",
        Password = "Salasana",
        SignInFailed = "Käyttäjätunnus tai salasana on väärin.",
        SignInWithOrganisation = "Kirjaudu organisaation tunnuksella",
        SignOut = "Kirjaudu ulos",
        SignOutQuestion = "Haluatko kirjautua ulos?",
        SignedInAs = "Kirjautunut: {0} ({1})",
        RoleNames = new Dictionary<string, string> { ["public"] = "julkinen", ["analyst"] = "analyytikko", ["steward"] = "tiedonhallitsija", ["admin"] = "ylläpitäjä" },
    };

    public static AccessTexts Swedish { get; } = new()
    {
        SignIn = "Logga in",
        SignInIntro = "Inloggningen är för analytiker, dataförvaltare och administratörer. Offentliga uppgifter syns för alla utan inloggning.",
        UserName = "Användarnamn",
        Password = "Lösenord",
        SignInFailed = "Användarnamnet eller lösenordet är fel.",
        SignInWithOrganisation = "Logga in med organisationens konto",
        SignOut = "Logga ut",
        SignOutQuestion = "Vill du logga ut?",
        SignedInAs = "Inloggad: {0} ({1})",
        RoleNames = new Dictionary<string, string> { ["public"] = "offentlig", ["analyst"] = "analytiker", ["steward"] = "dataförvaltare", ["admin"] = "administratör" },
    };

    public static AccessTexts English { get; } = new()
    {
        SignIn = "Sign in",
        SignInIntro = "Signing in is for analysts, data stewards and administrators. Public data are open to everyone without signing in.",
        UserName = "User name",
        Password = "Password",
        SignInFailed = "The user name or the password is wrong.",
        SignInWithOrganisation = "Sign in with your organisation's account",
        SignOut = "Sign out",
        SignOutQuestion = "Do you want to sign out?",
        SignedInAs = "Signed in as {0} ({1})",
        RoleNames = new Dictionary<string, string> { ["public"] = "public", ["analyst"] = "analyst", ["steward"] = "data steward", ["admin"] = "administrator" },
    };
}
