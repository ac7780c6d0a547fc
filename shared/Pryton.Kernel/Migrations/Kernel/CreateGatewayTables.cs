using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611252330, "kernel: chats, conversations and the outbound queue")]
public sealed class CreateGatewayTables : Migration
{
    public override void Up()
    {
        // Every chat the bot has seen: language, blocked state, and which command each reply-keyboard label means.
        Execute.Sql("""
            CREATE TABLE kernel.chats (
                chat_id bigint NOT NULL CONSTRAINT pk_chats PRIMARY KEY,
                user_id bigint NULL,
                kind varchar(16) NOT NULL,
                username varchar(64) NULL,
                language varchar(2) NOT NULL,
                language_chosen boolean NOT NULL DEFAULT false,
                language_code varchar(16) NULL,
                reply_commands jsonb NULL,
                blocked_at timestamptz NULL,
                first_seen_at timestamptz NOT NULL,
                last_seen_at timestamptz NOT NULL);

            -- One open dialog per chat; the draft is the flow's own record as JSON.
            CREATE TABLE kernel.conversations (
                chat_id bigint NOT NULL CONSTRAINT pk_conversations PRIMARY KEY,
                module varchar(20) NOT NULL,
                flow varchar(64) NOT NULL,
                step varchar(64) NOT NULL,
                data jsonb NOT NULL,
                updated_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL);
            CREATE INDEX ix_conversations_expires_at ON kernel.conversations (expires_at);

            -- Everything the bot sends, written in the transaction of the change that caused it.
            CREATE TABLE kernel.outbound (
                id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_outbound PRIMARY KEY,
                chat_id bigint NOT NULL,
                priority integer NOT NULL DEFAULT 0,
                coalesce_key varchar(100) NULL,
                payload jsonb NOT NULL,
                status varchar(10) NOT NULL DEFAULT 'pending'
                    CONSTRAINT ck_outbound_status CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
                attempts integer NOT NULL DEFAULT 0,
                created_at timestamptz NOT NULL,
                not_before timestamptz NOT NULL,
                sent_at timestamptz NULL,
                message_id integer NULL,
                error varchar(500) NULL);
            CREATE INDEX ix_outbound_pending ON kernel.outbound (chat_id, id) WHERE status = 'pending';
            CREATE UNIQUE INDEX ux_outbound_chat_id_coalesce_key ON kernel.outbound (chat_id, coalesce_key)
                WHERE status = 'pending' AND coalesce_key IS NOT NULL;
            CREATE INDEX ix_outbound_created_at ON kernel.outbound (created_at) WHERE status <> 'pending';
            """);
    }

    public override void Down()
    {
        Execute.Sql("DROP TABLE kernel.outbound; DROP TABLE kernel.conversations; DROP TABLE kernel.chats;");
    }
}
