using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WelfareAtlas.Access;

/// <summary>
/// Passwords of local accounts, hashed with PBKDF2-HMAC-SHA256 and a random 16-byte salt; the stored text is
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (base64), so the work factor can rise without invalidating old hashes.
/// </summary>
/// <remarks>600 000 iterations is OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</remarks>
public static class PasswordHash
{
    /// <summary>The iterations of a new hash.</summary>
    public const int Iterations = 600_000;

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 12;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes <paramref name="password"/> with a fresh salt.</summary>
    public static string Create(string password, int iterations = Iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="stored"/>; a malformed stored text matches nothing.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        string[] parts = (stored ?? string.Empty).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            byte[] salt = Convert.FromBase64String(parts[2]);
            byte[] expected = Convert.FromBase64String(parts[3]);
            byte[] actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Why <paramref name="password"/> cannot be used, or <see langword="null"/> if it can.</summary>
    public static string? Weakness(string? password) =>
        string.IsNullOrWhiteSpace(password) ? "the password is empty"
        : password.Length < MinimumLength ? string.Create(CultureInfo.InvariantCulture, $"the password is shorter than {MinimumLength} characters")
        : null;
}
