/// A change counter for the bands, so that the price reports can keep the bands in force in memory.
extension Schema {
    /// Migration 21: `band_generation`, one row whose `generation` takes a new random value with every band
    /// inserted, changed or deleted, whoever writes it (the API, `lumbung` on the command line, another process,
    /// `sqlite3` by hand), inside the transaction of that write. A price report reads it inside its own write
    /// transaction and resolves the band in force from the bands it kept under the same value, else reads them
    /// again. A random value rather than a count, so that another database file put in place never repeats it.
    static let bandGeneration = Migration(
        id: 21, name: "band generation: a change counter moved by every change to the bands", sql: """
        CREATE TABLE band_generation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO band_generation (id, generation) VALUES (1, random());
        CREATE TRIGGER band_generation_after_band_insert AFTER INSERT ON bands BEGIN
            UPDATE band_generation SET generation = random();
        END;
        CREATE TRIGGER band_generation_after_band_update AFTER UPDATE ON bands BEGIN
            UPDATE band_generation SET generation = random();
        END;
        CREATE TRIGGER band_generation_after_band_delete AFTER DELETE ON bands BEGIN
            UPDATE band_generation SET generation = random();
        END;
        """)
}
