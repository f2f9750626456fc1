namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>The web app as a user first starts it: the store is created with Helsinki's areas and the demo deliveries.</summary>
public sealed class AtlasDemoWebFactory : AtlasWebFactory
{
    protected override bool LoadDemo => true;
}
