using WelfareAtlas.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(DemoLiveServer))]

namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel with the demo loaded as on a user's first start (the demo import and the first compute
/// run take a while, so the whole test assembly shares one).
/// </summary>
public sealed class DemoLiveServer : RunningApp
{
    protected override bool LoadDemo => true;
}
