using FluentMigrator;

namespace Pryton.Modules.Registration.Data.Migrations;

[Migration(202611260030, "registration: versioned game rules, seeded with version 1")]
public sealed class CreateRules : Migration
{
    public override void Up()
    {
        Execute.Sql("""
            CREATE TABLE registration.rules (
                version integer NOT NULL CONSTRAINT pk_rules PRIMARY KEY,
                text_ru text NOT NULL,
                text_en text NULL,
                published_at timestamptz NOT NULL,
                published_by bigint NULL);
            """);
        Insert.IntoTable("rules").InSchema("registration").Row(new
        {
            version = 1,
            text_ru = RulesRu,
            text_en = RulesEn,
            published_at = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero),
        });
    }

    public override void Down() => Execute.Sql("DROP TABLE registration.rules");

    private const string RulesRu = """
        <b>Правила автопряток</b>

        1. Играем по правилам дорожного движения. Никаких гонок, опасных манёвров и парковки там, где нельзя.
        2. Водители прячут машину в зоне игры за время пряток и присылают фото места. Выезжать из зоны нельзя.
        3. Искатели ждут в точке сбора, пока идут прятки, и не следят за водителями.
        4. Найденную машину подтверждают фото с номером; водитель может подтвердить находку сам.
        5. Во время игры держите включённой трансляцию геопозиции в чате с ботом.
        6. Уважайте жителей и других игроков: не шумите, не мешайте проезду, не заходите на закрытую территорию.
        7. Если что-то случилось — нажмите «SOS», организаторы получат вашу позицию сразу.
        """;

    private const string RulesEn = """
        <b>Car hide-and-seek rules</b>

        1. Obey traffic rules. No racing, no dangerous manoeuvres, no parking where it is not allowed.
        2. Drivers hide their car inside the game zone during the hiding phase and send a photo of the spot. Do not leave the zone.
        3. Seekers wait at the meeting point during the hiding phase and do not follow the drivers.
        4. A found car is proven by a photo showing its plate; the driver may confirm the find himself.
        5. Keep live location sharing on in the chat with the bot during the game.
        6. Respect residents and other players: no noise, do not block traffic, do not enter closed property.
        7. If something happens, press SOS: the organisers get your position at once.
        """;
}
