import Testing
import WijkDomain

@Suite("Work spread over every core")
struct ParallelTests {
    @Test("Results come back in order, one per index, also for none")
    func inOrder() {
        #expect(Parallel.map(10_000) { $0 * 2 } == (0..<10_000).map { $0 * 2 })
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }
}
