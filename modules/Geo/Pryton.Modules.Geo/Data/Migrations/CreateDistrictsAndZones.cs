using FluentMigrator;

namespace Pryton.Modules.Geo.Data.Migrations;

[Migration(202611252313, "geo: districts and zones")]
public sealed class CreateDistrictsAndZones : Migration
{
    private const string Owner = "geo";

    public override void Up()
    {
        Create.Table("districts").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_districts").Identity()
            .WithColumn("name").AsString(50).NotNullable()
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("created_at").AsDateTimeOffset().NotNullable();
        Execute.Sql("CREATE UNIQUE INDEX ux_districts_name ON geo.districts (lower(name))");

        Create.Table("zones").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_zones").Identity()
            .WithColumn("district_id").AsInt64().NotNullable()
                .ForeignKey("fk_zones_district_id", Owner, "districts", "id")
            .WithColumn("name").AsString(50).NotNullable()
            .WithColumn("latitude").AsDouble().NotNullable()
            .WithColumn("longitude").AsDouble().NotNullable()
            .WithColumn("radius_m").AsInt32().NotNullable()
            .WithColumn("is_default").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("is_active").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("description").AsString(500).Nullable()
            .WithColumn("created_at").AsDateTimeOffset().NotNullable();
        Execute.Sql("""
            ALTER TABLE geo.zones
              ADD CONSTRAINT ck_zones_radius_m CHECK (radius_m BETWEEN 1 AND 50000),
              ADD CONSTRAINT ck_zones_position CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180);
            -- At most one default zone per district.
            CREATE UNIQUE INDEX ux_zones_district_id_default ON geo.zones (district_id) WHERE is_default;
            """);
    }

    public override void Down()
    {
        Delete.Table("zones").InSchema(Owner);
        Delete.Table("districts").InSchema(Owner);
    }
}
