using FluentMigrator.Runner.VersionTableInfo;

namespace Pryton.Kernel.Migrations;

/// <summary>
/// Each module keeps its migration journal in its own schema (<c>games.version_info</c>), so modules migrate
/// independently and the same migration number in two modules never collides.
/// </summary>
internal sealed class ModuleVersionTable(string schema) : IVersionTableMetaData
{
    // The runner creates the schema for this table itself; dropping the journal must not drop the module's data.
    public bool OwnsSchema => false;

    public string SchemaName => schema;

    public string TableName => "version_info";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "ux_version_info_version";

    public string AppliedOnColumnName => "applied_on";

    public bool CreateWithPrimaryKey => false;
}
