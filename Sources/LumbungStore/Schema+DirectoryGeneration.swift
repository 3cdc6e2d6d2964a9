/// The directory's change counter, which lets a process keep outlet, cooperative and region names in memory.
extension Schema {
    /// Migration 16: `directory_generation`, one row whose `generation` goes up, inside the very transaction, with
    /// every change to a name, address or position the stock check lists: any update or deletion of an outlet,
    /// a cooperative or a region, and any new region (a new outlet or cooperative changes nothing already
    /// listed). Whoever writes (the server, `lumbung regions import`, another process) moves it, so a reader that
    /// finds it unchanged in its snapshot knows that the names it kept from an earlier snapshot still hold.
    static let directoryGeneration = Migration(
        id: 16, name: "directory generation: a counter moved by every change to listed names and places", sql: """
        CREATE TABLE directory_generation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO directory_generation (id, generation) VALUES (1, 0);
        CREATE TRIGGER directory_generation_after_outlet_update AFTER UPDATE ON outlets BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_outlet_delete AFTER DELETE ON outlets BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_cooperative_update AFTER UPDATE ON cooperatives BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_cooperative_delete AFTER DELETE ON cooperatives BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_region_insert AFTER INSERT ON regions BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_region_update AFTER UPDATE ON regions BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        CREATE TRIGGER directory_generation_after_region_delete AFTER DELETE ON regions BEGIN
            UPDATE directory_generation SET generation = generation + 1;
        END;
        """)
}
