import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// The write path under SIGKILL and under several processes at once, through the real code in `wijk-stress`.
@Suite("A store that never loses an acknowledged save", .serialized)
struct DurabilityTests {
    /// `make soak` sets `WIJK_SOAK`: the same tests at the size where rare faults show.
    static let soak = ProcessInfo.processInfo.environment["WIJK_SOAK"] != nil

    static let stress = URL(fileURLWithPath: Binary.wijk).deletingLastPathComponent().appendingPathComponent("wijk-stress").path

    /// The acknowledgement lines a stress process wrote.
    func acks(_ file: String) -> [[String]] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n")
            .map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }

    func household(_ store: String) throws -> Record {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store + "/households/h-1/household.rec"))
        let sets = try RecfileParser.parse(bytes: Array(bytes))
        return try #require(sets.first { $0.type == "Household" }?.records.first)
    }

    @Test("Killed with SIGKILL at 250 random moments (1,000 in make soak), every file still parses and every acknowledged save is there")
    func crash() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let ackFile = try Binary.temporaryFolder() + "/acks"
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        let runs = Self.soak ? 1000 : 250
        func ackBytes() -> Int { (try? FileManager.default.attributesOfItem(atPath: ackFile)[.size] as? Int) ?? 0 }
        for run in 1...runs {
            let before = ackBytes()
            let pid = try Command.spawn(Self.stress, [store, "h-1", ackFile, "--workstation", "ws1", "--worker", "w-ab",
                                                      "--field", "Phone", "--run", String(run)])
            // The random moment counts from the first acknowledged save, not from the spawn: on a loaded
            // machine starting the process takes longer than the whole window, and kills would all land there.
            let started = Date()
            while ackBytes() == before && Date().timeIntervalSince(started) < 5 { usleep(200) }
            usleep(UInt32.random(in: 0...25_000, using: &generator))
            kill(pid, SIGKILL)
            if Command.wait(pid) == 128 + SIGKILL { kills += 1 }
        }
        #expect(kills >= runs * 4 / 5)

        let snapshot = try StoreReader.read(store)
        #expect(snapshot.problems == [], "every file parses after the kills")
        let lines = acks(ackFile)
        /// `RUN-ROUND` as a pair that orders saves in time.
        func order(_ value: String) -> (Int, Int) {
            let parts = value.split(separator: "-").compactMap { Int($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
        }
        let acknowledged = lines.filter { $0.first == "own" && $0.count >= 3 }.map { $0[2] }
        #expect(acknowledged.count > 50, "the loop made progress between kills")
        // The file holds the last save that completed: the last acknowledged one, or a later one that was
        // saved and then killed before its acknowledgement was written. Never an earlier one.
        let phone = try household(store)["Phone"] ?? "0-0"
        if let last = acknowledged.last { #expect(order(phone) >= order(last), "file \(phone), last acknowledged \(last)") }
        // A kill in the middle of writing an acknowledgement leaves half a line, glued to the next run's first:
        // that half is no acknowledgement (its path does not end in .rec), and is not counted as one.
        let journals = lines.filter { $0.first == "journal" && $0.count > 1 && $0[1].hasSuffix(".rec") }.map { $0[1] }
        #expect(!journals.isEmpty)
        for path in journals {
            #expect(FileManager.default.fileExists(atPath: store + "/" + path), "acknowledged entry \(path) is there")
        }
        let onDisk = snapshot.dossiers.first?.journal.count ?? 0
        #expect(onDisk >= journals.count)
        let torn = try Command.recfixFailures(Command.recFiles(under: store)) ?? []
        #expect(torn == [])
        // The next start (the screen's session, once the killed writes are old enough to be nobody's) leaves no
        // temporary file behind.
        func temporaries() -> [String] {
            (FileManager.default.enumerator(atPath: store)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
        }
        let killedMidWrite = temporaries().count
        let later = Timestamp(seconds: Int64(Date().timeIntervalSince1970) + 3600)
        let swept = StoreWriter(root: store, workstation: "ws1").removeStaleTemporaries(now: later)
        #expect(temporaries() == [], "no temporary file left after the next start")
        #expect(swept == killedMidWrite)
        print("soak: \(runs) runs, \(kills) SIGKILLs, \(torn.count) torn files, \(acknowledged.count) acknowledged saves"
              + " and \(journals.count) acknowledged entries, all present; \(killedMidWrite) temporary files of killed"
              + " writes, \(temporaries().count) left after the next start")
    }

    @Test("wijk households merge killed with SIGKILL at 20 random moments (200 in make soak): after opening, all of it or none")
    func mergeKilled() throws {
        let runs = Self.soak ? 200 : 20
        let original = try Binary.temporaryFolder() + "/original"
        try FileManager.default.copyItem(atPath: Repository.path("seeds"), toPath: original)
        let pin = try Binary.temporaryFolder() + "/pin"
        try "1111\n".write(toFile: pin, atomically: true, encoding: .utf8)
        /// Every file but the workstation's own and the audit trail, by path.
        func files(_ root: String) -> [String: Data] {
            var files: [String: Data] = [:]
            for path in FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
            where !path.hasPrefix(".wijk") && !path.hasPrefix("audit") {
                var folder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &folder), !folder.boolValue {
                    files[path] = FileManager.default.contents(atPath: root + "/" + path)
                }
            }
            return files
        }
        let before = files(original)
        var generator = SystemRandomNumberGenerator()
        var none = 0, all = 0, cut = 0
        for _ in 0..<runs {
            let store = try Binary.temporaryFolder() + "/store"
            try FileManager.default.copyItem(atPath: original, toPath: store)
            let pid = try Command.spawn(Binary.wijk, ["households", "merge", store, "h-0039", "h-0010", "--as", "w-ab",
                                                      "--reason", "Dubbel", "--pin-stdin"], stdin: pin)
            let steps = store + "/.wijk/transaction/steps"
            let started = Date()
            while !FileManager.default.fileExists(atPath: steps) && Date().timeIntervalSince(started) < 5 { usleep(100) }
            usleep(UInt32.random(in: 0...15_000, using: &generator))
            kill(pid, SIGKILL)
            _ = Command.wait(pid)
            if FileManager.default.fileExists(atPath: steps) { cut += 1 }
            let snapshot = try StoreReader.read(store)
            #expect(snapshot.problems == [])
            let other = try #require(snapshot.dossiers.first { $0.id == "h-0010" })
            if other.household.mergedInto == nil {
                none += 1
                let now = files(store)
                let changed = Set(now.keys).union(before.keys).filter { now[$0] != before[$0] }.sorted()
                #expect(changed.isEmpty, "not merged: every file as it was, not \(changed)")
            } else {
                all += 1
                let kept = try #require(snapshot.dossiers.first { $0.id == "h-0039" })
                #expect(Set(files(store).keys.filter { $0.hasPrefix("households/h-0010/") })
                        .subtracting(["households/h-0010/household.rec"]).count == 1, "only the note is left there")
                #expect(kept.journal.count > 1 && !kept.goals.isEmpty)
            }
            #expect(!FileManager.default.fileExists(atPath: store + "/.wijk/transaction"))
        }
        #expect(none + all == runs)
        print("soak: \(runs) merges killed: \(cut) cut short in the middle and put back, \(none) not merged, \(all) merged whole")
    }

    @Test("Four processes editing one household at once: every acknowledged change is in the file or was reported")
    func concurrency() throws {
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        let folder = try Binary.temporaryFolder()
        let rounds = Self.soak ? 500 : 60
        let pids = try (1...4).map { k in
            try Command.spawn(Self.stress, [store, "h-1", folder + "/acks-\(k)", "--workstation", "ws\(k)",
                                            "--worker", "w-ab", "--field", "Stress\(k)", "--shared", "Shared",
                                            "--rounds", String(rounds)], stderr: folder + "/err-\(k)")
        }
        for pid in pids { #expect(Command.wait(pid) == 0) }

        let record = try household(store)
        var sharedWrites: [(value: String, base: String)] = []
        var conflicts = 0
        var journals: [String] = []
        for k in 1...4 {
            let lines = acks(folder + "/acks-\(k)")
            let own = lines.filter { $0.first == "own" }.map { $0[2] }
            #expect(own.count == rounds, "process \(k) had every round acknowledged")
            // Nobody else writes this field: it must hold the last acknowledged value.
            #expect(record["Stress\(k)"] == own.last, "own field of process \(k)")
            sharedWrites += lines.filter { $0.first == "shared" }.map { ($0[1], $0[2]) }
            conflicts += lines.filter { $0.first == "conflict" }.count
            journals += lines.filter { $0.first == "journal" }.map { $0[1] }
        }
        // Every acknowledged write of the shared field was made on top of the one before it: they form one
        // chain from the start to the value in the file. A write that overwrote another without having seen
        // it would break the chain.
        var next: [String: String] = [:]
        for write in sharedWrites {
            #expect(next[write.base] == nil, "two acknowledged writes both started from \(write.base)")
            next[write.base] = write.value
        }
        var chain: [String] = []
        var current = "-"
        while let value = next[current] {
            chain.append(value)
            current = value
        }
        #expect(chain.count == sharedWrites.count, "every acknowledged shared write is in the chain")
        #expect(record["Shared"] ?? "-" == current, "the file holds the end of the chain")
        #expect(conflicts > 0, "with four writers the shared field collided and was reported")
        for path in journals { #expect(FileManager.default.fileExists(atPath: store + "/" + path)) }
        let snapshot = try StoreReader.read(store)
        #expect(snapshot.problems == [])
        #expect(snapshot.dossiers.first?.journal.count == 4 * rounds)
        print("soak: 4 processes × \(rounds) rounds: \(journals.count) journal entries, \(sharedWrites.count) shared writes"
              + " in one chain, \(conflicts) surfaced as conflicts, 0 lost")
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
    }
}
