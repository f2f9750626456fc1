using WelfareAtlas.Storage.Tests.Access;
using WelfareAtlas.Storage.Tests.Auditing;
using WelfareAtlas.Storage.Tests.Batches;
using WelfareAtlas.Storage.Tests.Cells;
using WelfareAtlas.Storage.Tests.Concurrency;
using WelfareAtlas.Storage.Tests.Disclosure;
using WelfareAtlas.Storage.Tests.Forecasts;
using WelfareAtlas.Storage.Tests.Indicators;
using WelfareAtlas.Storage.Tests.Migrations;
using WelfareAtlas.Storage.Tests.Profiles;
using WelfareAtlas.Storage.Tests.Situation;
using WelfareAtlas.Storage.Tests.Stores;
using WelfareAtlas.Storage.Tests.Transfer;

namespace WelfareAtlas.Storage.Tests;

/// <summary>The storage suite bound to DuckDB, which always runs (a fresh data directory per test).</summary>
/// <remarks>One line per suite class, nested so each provider's bindings stay in one file; <see cref="OnPostgres"/> mirrors it.</remarks>
public static class OnDuckDb
{
    public sealed class AtlasStoreTests : AtlasStoreTests<DuckDbTestStore>;

    public sealed class AreaRepositoryTests : AreaRepositoryTests<DuckDbTestStore>;

    public sealed class IndicatorRepositoryTests : IndicatorRepositoryTests<DuckDbTestStore>;

    public sealed class ProfileRepositoryTests : ProfileRepositoryTests<DuckDbTestStore>;

    public sealed class ImportBatchRepositoryTests : ImportBatchRepositoryTests<DuckDbTestStore>;

    public sealed class BatchConcurrencyTests : BatchConcurrencyTests<DuckDbTestStore>;

    public sealed class ComputeConcurrencyTests : ComputeConcurrencyTests<DuckDbTestStore>;

    public sealed class ComputeRunnerTests : ComputeRunnerTests<DuckDbTestStore>;

    public sealed class DisclosureInputRepositoryTests : DisclosureInputRepositoryTests<DuckDbTestStore>;

    public sealed class SnapshotTests : SnapshotTests<DuckDbTestStore>;

    public sealed class CellSnapshotTests : CellSnapshotTests<DuckDbTestStore>;

    public sealed class ForecastRepositoryTests : ForecastRepositoryTests<DuckDbTestStore>;

    public sealed class RevisionRepositoryTests : RevisionRepositoryTests<DuckDbTestStore>;

    public sealed class StoreCopyTests : StoreCopyTests<DuckDbTestStore>;

    public sealed class AuditLogTests : AuditLogTests<DuckDbTestStore>;

    public sealed class AccessRepositoryTests : AccessRepositoryTests<DuckDbTestStore>;

    public sealed class ObservationKeysMigrationTests : ObservationKeysMigrationTests<DuckDbTestStore>;

    public sealed class CellKeysMigrationTests : CellKeysMigrationTests<DuckDbTestStore>;

    public sealed class StaleIndicatorsMigrationTests : StaleIndicatorsMigrationTests<DuckDbTestStore>;

    public sealed class ProfileAgeBandsMigrationTests : ProfileAgeBandsMigrationTests<DuckDbTestStore>;
}
