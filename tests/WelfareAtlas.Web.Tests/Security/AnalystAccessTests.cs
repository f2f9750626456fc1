using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WelfareAtlas.Access;
using WelfareAtlas.Auditing;
using WelfareAtlas.Storage;
using WelfareAtlas.Storage.Auditing;

namespace WelfareAtlas.Web.Tests.Security;

/// <summary>The audience follows the caller's role, and every request served with unprotected data leaves an audit entry.</summary>
public sealed class AnalystAccessTests(SecurityWebFactory factory) : IClassFixture<SecurityWebFactory>
{
    private const string DataPath = "/api/v1/indicators/unemployed-jobseekers/data?type=district";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private AuditLog Log => new(factory.Services.GetRequiredService<AtlasStore>().DataSource, TimeProvider.System);

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Steward)]
    [InlineData(Role.Admin)]
    public async Task DataRequest_AnalystOrAbove_IsRecordedWithActorAndPath(Role role)
    {
        string key = await factory.KeyAsync(role);
        using HttpClient client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using HttpResponseMessage response = await client.GetAsync(DataPath, Cancel);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        AuditEntry entry = (await Log.ListAsync(1, Cancel)).Single();
        Assert.Equal(AuditAction.AnalystAccess.ToSlug(), entry.Action);
        Assert.Equal(DataPath, entry.Subject);
        Assert.StartsWith("key:", entry.Actor, StringComparison.Ordinal);
        Assert.True((await Log.VerifyAsync(Cancel)).Intact);
    }

    [Theory]
    [InlineData("/api/v1/imports")]
    [InlineData("/api/v1/imports/1")]
    public async Task ImportBatchRead_BySteward_IsRecorded(string path)
    {
        using HttpClient client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.KeyAsync(Role.Steward));

        using HttpResponseMessage response = await client.GetAsync(path, Cancel);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, response.StatusCode.ToString());
        AuditEntry entry = (await Log.ListAsync(1, Cancel)).Single();
        Assert.Equal((AuditAction.AnalystAccess.ToSlug(), path), (entry.Action, entry.Subject));
    }

    [Fact]
    public async Task DataRequest_Anonymous_LeavesNoEntry()
    {
        long before = (await Log.VerifyAsync(Cancel)).Verified;
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(DataPath, Cancel);
        using HttpResponseMessage areas = await client.GetAsync("/api/v1/areas?type=district", Cancel);

        Assert.Equal(HttpStatusCode.OK, areas.StatusCode);
        Assert.Equal(before, (await Log.VerifyAsync(Cancel)).Verified);
    }
}
