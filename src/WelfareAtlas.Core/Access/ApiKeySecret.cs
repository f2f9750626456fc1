using System.Security.Cryptography;
using System.Text;

namespace WelfareAtlas.Access;

/// <summary>
/// API keys for machine clients: 32 random bytes, base64url, prefixed <c>atlas_</c> so a leaked key is recognisable
/// in logs and secret scanners. The store keeps only the SHA-256 of a key: a key has 256 bits of entropy, so a fast
/// hash cannot be brute-forced, and a lookup by hash needs no per-key salt.
/// </summary>
public static class ApiKeySecret
{
    /// <summary>The prefix of every key.</summary>
    public const string Prefix = "atlas_";

    /// <summary>A new random key, shown once to whoever creates it.</summary>
    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="key"/>: SHA-256, lower-case hex.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
