using Amsp.Integration.Erp.Amqp;

namespace Amsp.Integration.Tests.Erp.Amqp;

public sealed class AmqpSettingsTests
{
    [Fact]
    public void Good_settings_have_no_errors_and_defaults_name_the_dead_letters_after_the_queue()
    {
        Assert.Empty(AmqpSettings.Validate("""{"uri":"amqps://erp@mq.example.com/prod","commandQueue":"erp.commands"}"""));
        var settings = System.Text.Json.JsonSerializer.Deserialize<AmqpSettings>("""{"uri":"amqp://h","commandQueue":"q"}""", System.Text.Json.JsonSerializerOptions.Web)!;
        Assert.Equal(("q.dead-letter", "q.dead-letter"), (settings.DeadLetterExchangeName, settings.DeadLetterQueueName));
    }

    [Theory]
    [InlineData("", "needs settings")]
    [InlineData("[1]", "not valid")]
    [InlineData("""{"uri":"http://h"}""", "amqp:// or amqps://")]
    [InlineData("""{"uri":"amqp://u:pw@h"}""", "must not carry a password")]
    [InlineData("""{"uri":"amqp://h","exchnage":"x"}""", "not valid")]
    [InlineData("""{"uri":"amqp://h","exchange":"amq.topic"}""", "reserved by the broker")]
    [InlineData("""{"uri":"amqp://h","confirmTimeoutSeconds":0}""", "confirmTimeoutSeconds")]
    [InlineData("""{"uri":"amqp://h","maxCommandBytes":10}""", "maxCommandBytes")]
    [InlineData("""{"uri":"amqp://h","maxDeliveries":0}""", "maxDeliveries")]
    [InlineData("""{"uri":"amqp://h","prefetch":1000}""", "prefetch")]
    public void Bad_settings_say_what_is_wrong(string json, string expected) =>
        Assert.Contains(AmqpSettings.Validate(json), e => e.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void A_command_is_checked_for_size_before_it_is_parsed()
    {
        var body = "{\"command\":\"confirm\"" + new string(' ', 300) + "}";
        Assert.Null(ErpCommandMessage.Parse(System.Text.Encoding.UTF8.GetBytes(body), 256, out var reason));
        Assert.Equal($"The command is {body.Length} bytes; at most 256 are accepted.", reason);
    }
}
