using System.ComponentModel.DataAnnotations;

namespace WelfareAtlas.Web.Alerts;

/// <summary>
/// Alert e-mail (configuration section <c>Alerts</c>; environment variables <c>Alerts__SmtpHost</c> and so on). Without
/// <see cref="SmtpHost"/> nothing is sent: messages wait in the store's outbox until a server is configured.
/// </summary>
public sealed class AlertOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Alerts";

    /// <summary>The SMTP server's host name; <see langword="null"/> or empty: delivery off.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP server's port (25, or 587 for submission with STARTTLS).</summary>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 25;

    /// <summary>Whether to use STARTTLS.</summary>
    public bool SmtpEnableSsl { get; set; }

    /// <summary>The user name for SMTP authentication; none when empty.</summary>
    public string? SmtpUserName { get; set; }

    /// <summary>The password for SMTP authentication (give it by environment variable or a secret store, not in a file).</summary>
    public string? SmtpPassword { get; set; }

    /// <summary>The sender address.</summary>
    [Required(AllowEmptyStrings = false)]
    [EmailAddress]
    public string From { get; set; } = "atlas@localhost";

    /// <summary>The address the app is reached at, for the links in messages (confirm, unsubscribe, the alerts page).</summary>
    [Required(AllowEmptyStrings = false)]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>
    /// Confirmation e-mails one address can be sent in 24 hours: a form that mails anyone must not become a way to
    /// flood somebody's inbox. Beyond it a subscription is refused (429 on the API) until the oldest ages out.
    /// </summary>
    [Range(1, 100)]
    public int ConfirmationsPerAddressPerDay { get; set; } = 3;

    /// <summary>How often the delivery looks for new alerts and due messages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per message before it is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; doubled after each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The SMTP client's timeout for one message.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
