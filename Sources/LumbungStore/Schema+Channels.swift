/// Web sessions of their own, and text messages: aliases, phones, inbound messages, the outbox.
extension Schema {
    /// Migration 7: web page sessions of their own, ended by signing out.
    static let webSessions = Migration(id: 7, name: "web page sessions of their own, ended by signing out", sql: """
        CREATE TABLE web_sessions (
            secret_hash TEXT PRIMARY KEY,
            token_id TEXT NOT NULL REFERENCES tokens(id),
            form_key TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            ended_at INTEGER
        ) WITHOUT ROWID;
        """)

    /// Migration 8: text messages: commodity aliases, phones, inbound messages handled once, the outbox.
    static let textMessages = Migration(id: 8, name: "text messages: commodity aliases, phones, inbound messages handled once, the outbox", sql: """
        CREATE TABLE commodity_aliases (
            alias TEXT PRIMARY KEY,
            commodity TEXT NOT NULL REFERENCES commodities(id),
            position INTEGER NOT NULL
        );
        CREATE INDEX commodity_aliases_by_commodity ON commodity_aliases(commodity, position);
        INSERT INTO commodity_aliases (alias, commodity, position)
            SELECT alias, commodity, position FROM (
                SELECT 'LPG' AS alias, 'lpg-3kg' AS commodity, 0 AS position UNION ALL SELECT 'GAS', 'lpg-3kg', 1
                UNION ALL SELECT 'ELPIJI', 'lpg-3kg', 2 UNION ALL SELECT 'BERAS', 'beras-medium', 0
                UNION ALL SELECT 'MINYAK', 'minyakita', 0 UNION ALL SELECT 'MINYAKITA', 'minyakita', 1
                UNION ALL SELECT 'GULA', 'gula-pasir', 0)
            WHERE commodity IN (SELECT id FROM commodities);

        CREATE TABLE phones (
            number TEXT PRIMARY KEY,
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            name TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX phones_by_outlet ON phones(outlet_id, number);

        CREATE TABLE text_messages_in (
            event_id TEXT PRIMARY KEY,
            sender TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'ignored')),
            reply TEXT,
            received_at INTEGER NOT NULL
        );
        CREATE INDEX text_messages_in_by_time ON text_messages_in(received_at);

        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            event_id TEXT NOT NULL REFERENCES text_messages_in(event_id),
            recipient TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            last_error TEXT
        );
        CREATE INDEX outbox_due ON outbox(next_attempt_at, seq) WHERE status = 'pending';
        CREATE INDEX outbox_by_status ON outbox(status, seq);
        CREATE INDEX outbox_by_event ON outbox(event_id);
        CREATE INDEX outbox_by_time ON outbox(created_at);
        """)
}
