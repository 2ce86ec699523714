using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amsp.Domain.Identity;
using Amsp.Host.Platform.Demo;
using Amsp.Host.Tests.Infrastructure;

namespace Amsp.Host.Tests.Platform;

public sealed class OrganizationsApiTests(AmspHostFixture host) : IClassFixture<AmspHostFixture>
{
    [Fact]
    public async Task An_admin_registers_an_organization_and_changes_it()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var created = await admin.PostJsonAsync("/api/organizations",
            new { kind = "AmCentre", legalName = "Layer Works AB", address = PlatformApi.Address("SE"), vatId = "SE556677889901" }, HttpStatusCode.Created);
        Assert.Equal("AmCentre", created.GetProperty("kind").GetString());
        var id = created.Id();
        var changed = await admin.PutJsonAsync($"/api/organizations/{id}",
            new { kind = "AmCentre", legalName = "Layer Works Sweden AB", address = PlatformApi.Address("SE") });
        Assert.Equal("Layer Works Sweden AB", changed.GetProperty("legalName").GetString());
        var all = await admin.GetJsonAsync("/api/organizations?search=Layer");
        Assert.Equal(1, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_organization_data_is_400_naming_each_field()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var problem = await (await admin.PostAsJsonAsync("/api/organizations",
            new { legalName = "", address = new { street = "x", postalCode = "1", city = "y", country = "germany" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["address.country", "kind", "legalName"], problem.ErrorFields().Order());
    }

    [Fact]
    public async Task Members_see_their_own_organizations_only()
    {
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var mine = await customer.GetJsonAsync("/api/organizations");
        Assert.Equal([DemoData.AcmeId], mine.GetProperty("items").EnumerateArray().Select(o => o.Id()));
        await customer.GetJsonAsync($"/api/organizations/{DemoData.AcmeId}");
        await (await customer.GetAsync($"/api/organizations/{DemoData.GlobexId}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await customer.PostAsJsonAsync("/api/organizations", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_invited_person_joins_with_the_roles_of_the_invitation_and_the_link_works_once()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var invitation = await admin.PostJsonAsync($"/api/organizations/{DemoData.CentreId}/invitations",
            new { email = "new.inspector@example.com", roles = new[] { "QualityInspector" } });
        var token = invitation.GetProperty("token").GetString()!;
        Assert.Contains(token, invitation.GetProperty("link").GetString());

        using var anonymous = host.CreateClient();
        var accept = new { token, password = "Inspector-Password-1", displayName = "New Inspector" };
        var accepted = await anonymous.PostJsonAsync("/api/invitations/accept", accept);
        Assert.True(accepted.GetProperty("accountCreated").GetBoolean());
        await (await anonymous.PostAsJsonAsync("/api/invitations/accept", accept)).AssertProblemAsync(HttpStatusCode.NotFound);

        using var inspector = await host.CreateClientAsAsync("new.inspector@example.com", "Inspector-Password-1");
        var me = await inspector.GetJsonAsync("/api/auth/me");
        Assert.Equal(["QualityInspector"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(DemoData.CentreId, me.GetProperty("memberships")[0].Id("organizationId"));
        var listed = await admin.GetJsonAsync($"/api/organizations/{DemoData.CentreId}/invitations");
        Assert.Contains(listed.EnumerateArray(), i => i.GetProperty("acceptedAt").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task A_role_that_does_not_fit_the_organization_is_refused()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        var problem = await (await admin.PostAsJsonAsync($"/api/organizations/{DemoData.AcmeId}/invitations",
            new { email = "someone@example.com", roles = new[] { "Manufacturer" } })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["roles"], problem.ErrorFields());
    }

    [Fact]
    public async Task Roles_given_and_taken_away_count_at_once_for_a_token_already_issued()
    {
        using var admin = await host.CreateClientAsAsync(AmspRoles.Admin);
        using var customer = await host.CreateClientAsAsync(AmspRoles.Customer);
        var me = await customer.GetJsonAsync("/api/auth/me");
        var person = me.GetProperty("id").GetString();
        await admin.PutJsonAsync($"/api/organizations/{DemoData.AcmeId}/members/{person}", new { roles = new[] { "Customer", "Designer" } });
        Assert.Contains("Designer", (await customer.GetJsonAsync("/api/auth/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await customer.GetJsonAsync("/api/design-requests");

        await admin.PutJsonAsync($"/api/organizations/{DemoData.AcmeId}/members/{person}", new { roles = new[] { "Customer" } });
        var people = await admin.GetJsonAsync($"/api/people/{person}");
        Assert.Equal(["Customer"], people.GetProperty("memberships")[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var members = await admin.GetJsonAsync($"/api/organizations/{DemoData.AcmeId}/members");
        Assert.Contains(members.EnumerateArray(), m => m.GetProperty("personId").GetString() == person);
    }
}
