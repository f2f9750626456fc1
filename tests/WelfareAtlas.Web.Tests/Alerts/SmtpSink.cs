using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace WelfareAtlas.Web.Tests.Alerts;

/// <summary>
/// A local SMTP server that speaks enough of RFC 5321 for System.Net.Mail (EHLO, MAIL, RCPT, DATA, RSET, QUIT) and
/// keeps what it receives; it can refuse the first <see cref="RefuseNext"/> messages with a transient error.
/// </summary>
public sealed partial class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;

    public SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The port it listens on (loopback).</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The messages accepted, in order.</summary>
    public ConcurrentQueue<SinkMessage> Messages { get; } = [];

    /// <summary>How many of the next messages to refuse at DATA with 451 (a transient failure the sender must retry).</summary>
    public int RefuseNext { get; set; }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            using StreamReader reader = new(stream, Encoding.ASCII);
            await using StreamWriter writer = new(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink ESMTP");
            string? from = null;
            List<string> recipients = [];
            while (await reader.ReadLineAsync() is { } line)
            {
                string verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 sink");
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with .");
                        StringBuilder data = new();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        if (RefuseNext > 0)
                        {
                            RefuseNext--;
                            await writer.WriteLineAsync("451 try again later");
                        }
                        else
                        {
                            Messages.Enqueue(SinkMessage.Parse(from ?? string.Empty, [.. recipients], data.ToString()));
                            await writer.WriteLineAsync("250 queued");
                        }

                        break;
                    case "RSET":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    private static string Address(string line) => AngleAddress().Match(line) is { Success: true } match ? match.Groups[1].Value : line;

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AngleAddress();
}
