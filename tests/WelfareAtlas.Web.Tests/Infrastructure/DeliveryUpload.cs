using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>A steward's upload of a delivery through <c>POST /api/v1/imports</c>, as the tests that build their store from deliveries make it.</summary>
internal static class DeliveryUpload
{
    /// <summary>Uploads <paramref name="csv"/> with <paramref name="mapping"/> and returns the committed batch's id; fails the test unless it was created.</summary>
    public static async Task<long> PostAsync(HttpClient steward, string csv, string mapping, string fileName)
    {
        using MultipartFormDataContent form = new();
        ByteArrayContent file = new(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(mapping)), "mapping", "mapping.json");
        using HttpResponseMessage response = await steward.PostAsync("/api/v1/imports", form, TestContext.Current.CancellationToken);
        string body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("batchId").GetInt64();
    }
}
