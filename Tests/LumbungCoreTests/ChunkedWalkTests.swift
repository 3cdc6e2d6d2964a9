import LumbungCore
import Testing

/// A chunked walk finds every candidate once, in key order, and stops after a short chunk.
struct ChunkedWalkTests {
    @Test(arguments: [0, 1, 3, 4, 5, 9])
    func everyCandidateIsWrittenOnceInOrder(_ count: Int) {
        let candidates = Array(1...max(count, 1)).prefix(count)
        var written: [Int] = []
        var finds = 0
        let changed = ChunkedWalk.run(from: 0, limit: 3, find: { after, limit in
            finds += 1
            return Array(candidates.filter { $0 > after }.prefix(limit))
        }, position: { $0 }, write: { chunk in
            written += chunk
            return chunk.filter { $0.isMultiple(of: 2) }.count
        })
        #expect(written == Array(candidates))
        #expect(changed == candidates.filter { $0.isMultiple(of: 2) }.count)
        #expect(finds == count / 3 + 1)
    }
}
