namespace WelfareAtlas.Web.Tests.Infrastructure;

/// <summary>The real app on Kestrel on a fresh store with Helsinki's areas and no demo data.</summary>
public sealed class LiveServer : RunningApp
{
    protected override bool LoadDemo => false;
}
