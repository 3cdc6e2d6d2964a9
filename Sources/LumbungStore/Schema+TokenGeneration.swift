/// A generation for who may call.
extension Schema {
    /// Migration 22: `token_generation` takes a new random value with every change to a token or to an assistant
    /// token's cooperatives, so that the callers read for writes can be kept under that value (with the outlets
    /// they write to, under `directory_generation`) instead of being looked up on every request.
    static let tokenGeneration = Migration(
        id: 22, name: "a generation that moves with every change to the tokens", sql: """
        CREATE TABLE token_generation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO token_generation (id, generation) VALUES (1, random());
        CREATE TRIGGER token_generation_after_token_insert AFTER INSERT ON tokens BEGIN
            UPDATE token_generation SET generation = random();
        END;
        CREATE TRIGGER token_generation_after_token_update AFTER UPDATE ON tokens BEGIN
            UPDATE token_generation SET generation = random();
        END;
        CREATE TRIGGER token_generation_after_token_delete AFTER DELETE ON tokens BEGIN
            UPDATE token_generation SET generation = random();
        END;
        CREATE TRIGGER token_generation_after_binding_insert AFTER INSERT ON token_cooperatives BEGIN
            UPDATE token_generation SET generation = random();
        END;
        CREATE TRIGGER token_generation_after_binding_update AFTER UPDATE ON token_cooperatives BEGIN
            UPDATE token_generation SET generation = random();
        END;
        CREATE TRIGGER token_generation_after_binding_delete AFTER DELETE ON token_cooperatives BEGIN
            UPDATE token_generation SET generation = random();
        END;
        """)
}
