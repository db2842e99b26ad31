using B2B2C.Sdk.Catalog.Tests.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace B2B2C.Sdk.Catalog.Tests;

public sealed class CatalogMappingB2B2CBuilderExtensionsTests
{
    [Fact]
    public void AddCatalogMapping_ValidSpec_RegistersOneMapper()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddCatalogMapping(MappingTestData.Spec, MappingTestData.Schema).AddCatalogMapping(MappingTestData.Spec, MappingTestData.Schema));
        using ServiceProvider provider = services.BuildServiceProvider();

        CatalogMapper mapper = provider.GetRequiredService<CatalogMapper>();

        Assert.Same(mapper, provider.GetRequiredService<CatalogMapper>());
        Assert.Equal("acme-to-test", mapper.Spec.Id);
        Assert.True(mapper.Map(MappingTestData.Resistor()).IsValid);
    }

    [Fact]
    public void AddCatalogMapping_Keyed_RegistersOnePerSupplier()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddCatalogMapping("acme", MappingTestData.Spec, MappingTestData.Schema)
            .AddCatalogMapping("globex", MappingTestData.Spec with { Id = "globex-to-test" }, MappingTestData.Schema));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal("globex-to-test", provider.GetRequiredKeyedService<CatalogMapper>("globex").Spec.Id);
        Assert.Equal("acme-to-test", provider.GetRequiredKeyedService<CatalogMapper>("acme").Spec.Id);
    }

    [Fact]
    public void AddCatalogMapping_BrokenSpec_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();
        MappingSpec broken = MappingTestData.Spec with { Rules = [] };

        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(
            () => services.AddB2B2C(b => b.AddCatalogMapping(broken, MappingTestData.Schema)));

        Assert.Contains(exception.Diagnostics, d => d.Code == MappingDiagnosticCodes.RequiredAttributeUnfilled);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(CatalogMapper));
    }
}
