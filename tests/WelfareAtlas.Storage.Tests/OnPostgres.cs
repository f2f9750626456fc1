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

/// <summary>The storage suite bound to PostgreSQL: a fresh schema per test in the database of <c>ATLAS_TEST_POSTGRES</c>; skipped without it, failed under CI.</summary>
/// <remarks>One line per suite class, nested so each provider's bindings stay in one file; it mirrors <see cref="OnDuckDb"/>.</remarks>
public static class OnPostgres
{
    public sealed class AtlasStoreTests : AtlasStoreTests<PostgresTestStore>;

    public sealed class AreaRepositoryTests : AreaRepositoryTests<PostgresTestStore>;

    public sealed class IndicatorRepositoryTests : IndicatorRepositoryTests<PostgresTestStore>;

    public sealed class ProfileRepositoryTests : ProfileRepositoryTests<PostgresTestStore>;

    public sealed class ImportBatchRepositoryTests : ImportBatchRepositoryTests<PostgresTestStore>;

    public sealed class BatchConcurrencyTests : BatchConcurrencyTests<PostgresTestStore>;

    public sealed class ComputeConcurrencyTests : ComputeConcurrencyTests<PostgresTestStore>;

    public sealed class ComputeRunnerTests : ComputeRunnerTests<PostgresTestStore>;

    public sealed class DisclosureInputRepositoryTests : DisclosureInputRepositoryTests<PostgresTestStore>;

    public sealed class SnapshotTests : SnapshotTests<PostgresTestStore>;

    public sealed class CellSnapshotTests : CellSnapshotTests<PostgresTestStore>;

    public sealed class ForecastRepositoryTests : ForecastRepositoryTests<PostgresTestStore>;

    public sealed class RevisionRepositoryTests : RevisionRepositoryTests<PostgresTestStore>;

    public sealed class StoreCopyTests : StoreCopyTests<PostgresTestStore>;

    public sealed class AuditLogTests : AuditLogTests<PostgresTestStore>;

    public sealed class AccessRepositoryTests : AccessRepositoryTests<PostgresTestStore>;

    public sealed class ObservationKeysMigrationTests : ObservationKeysMigrationTests<PostgresTestStore>;

    public sealed class CellKeysMigrationTests : CellKeysMigrationTests<PostgresTestStore>;

    public sealed class StaleIndicatorsMigrationTests : StaleIndicatorsMigrationTests<PostgresTestStore>;

    public sealed class ProfileAgeBandsMigrationTests : ProfileAgeBandsMigrationTests<PostgresTestStore>;
}
