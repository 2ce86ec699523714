using Amsp.Integration.Erp;
using RabbitMQ.Client;

namespace Amsp.Integration.Tests.Erp.Amqp;

/// <summary>
/// The RabbitMQ server named by <c>AMSP_TEST_AMQP</c> (<c>amqp://user:password@127.0.0.1:5672/</c>; .ci/run starts one on
/// loopback). Without it the AMQP tests are skipped locally, and fail on CI.
/// </summary>
public static class RabbitMqServer
{
    public const string Variable = "AMSP_TEST_AMQP";

    public static Uri Address()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"{Variable} is not set: CI must provide a RabbitMQ server.");
            Skip.If(true, $"{Variable} is not set: start rabbitmq-server and set it to run these tests (README, 'Tests').");
        }
        return new Uri(value!);
    }

    /// <summary>A connector to the test broker, its password moved from the address to the secret as in production.</summary>
    public static ConnectorEndpoint Connector(object settings, Guid? organization = null)
    {
        var uri = Address();
        var parts = uri.UserInfo.Split(':', 2);
        var withoutPassword = new UriBuilder(uri) { Password = "" }.Uri.ToString();
        var json = System.Text.Json.JsonSerializer.Serialize(settings, System.Text.Json.JsonSerializerOptions.Web).Replace("\"@uri\"", $"\"{withoutPassword}\"", StringComparison.Ordinal);
        return new ConnectorEndpoint(Guid.NewGuid(), organization ?? Guid.NewGuid(), ConnectorKinds.Amqp, "erp-test", json,
            parts.Length == 2 ? [Uri.UnescapeDataString(parts[1])] : []);
    }

    /// <summary>A plain client connection for the test's own consumer or publisher.</summary>
    public static Task<IConnection> ConnectAsync() => new ConnectionFactory { Uri = Address() }.CreateConnectionAsync();

    /// <summary>Names unique to one test, so tests never see each other's messages.</summary>
    public static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid():N}";
}
