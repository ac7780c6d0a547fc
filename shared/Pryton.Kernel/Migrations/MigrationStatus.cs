namespace Pryton.Kernel.Migrations;

/// <summary>One migration of one module and whether it is applied.</summary>
public sealed record MigrationStatus(string Module, long Version, string Description, bool Applied);
