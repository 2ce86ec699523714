using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Amsp.Host.Tests.Platform;

/// <summary>Small helpers for the platform API tests.</summary>
public static class PlatformApi
{
    public static string SamplePath(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "models", file);

    public static MultipartFormDataContent FilePart(byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName, string path = "/api/models") =>
        client.PostAsync(path, FilePart(content, fileName));

    public static async Task<JsonElement> UploadSampleAsync(this HttpClient client, string file, string path = "/api/models")
    {
        var response = await client.UploadAsync(await File.ReadAllBytesAsync(SamplePath(file)), file, path);
        Assert.True(response.IsSuccessStatusCode, $"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(path, body)).OkJsonAsync(status);

    public static async Task<JsonElement> PutJsonAsync(this HttpClient client, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PutAsJsonAsync(path, body)).OkJsonAsync(status);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.GetAsync(path)).OkJsonAsync(status);

    public static Guid Id(this JsonElement element, string property = "id") => element.GetProperty(property).GetGuid();

    /// <summary>The field names of a 400 validation problem.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    public static object Address(string country = "DE") => new { street = "Hauptstraße 1", postalCode = "10115", city = "Berlin", country };
}
