/// A walk through candidates in key order, a chunk at a time: each chunk is found (on a reader), then
/// re-checked and written (in one short write transaction), so a long walk never holds the writer for long.
public enum ChunkedWalk {
    /// Finds up to `limit` candidates after `start` with `find`, hands each chunk to `write` (which returns
    /// how many it changed), and goes on after the chunk's last candidate (`position`) until a chunk comes
    /// back short. Returns the total changed.
    public static func run<Position, Candidate>(from start: Position, limit: Int, find: (Position, Int) throws -> [Candidate],
                                                 position: (Candidate) -> Position,
                                                 write: ([Candidate]) throws -> Int) rethrows -> Int {
        var after = start
        var changed = 0
        while true {
            let chunk = try find(after, limit)
            guard let last = chunk.last else { return changed }
            changed += try write(chunk)
            guard chunk.count == limit else { return changed }
            after = position(last)
        }
    }
}
