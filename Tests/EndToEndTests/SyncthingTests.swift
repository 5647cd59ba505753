import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// Two real Syncthing instances on loopback share one store; both sides edit the same household while apart.
@Suite("Two workstations syncing with Syncthing", .serialized)
struct SyncthingTests {
    /// One Syncthing instance: its home, folder, ports and process.
    final class Instance {
        let home: String
        let folder: String
        let listen: Int
        let gui: Int
        var id = ""
        var pid: pid_t = 0
        let apiKey = "wijk-test-key"

        init(_ base: String, _ name: String, listen: Int, gui: Int) {
            home = base + "/" + name + "-home"
            folder = base + "/" + name
            self.listen = listen
            self.gui = gui
        }

        func start() throws {
            pid = try Command.spawn(Command.path(of: "syncthing")!, ["serve", "--home=" + home, "--no-browser",
                                                                    "--no-restart", "--no-upgrade"],
                                    environment: ["STNODEFAULTFOLDER": "1"], stdout: home + "/log", stderr: home + "/log")
        }

        func stop() {
            guard pid > 0 else { return }
            kill(pid, SIGTERM)
            Command.wait(pid)
            pid = 0
        }

        /// Asks Syncthing to scan the folder now (returns when the scan is done).
        func scan() {
            post("/rest/db/scan?folder=wijk")
        }

        /// Stops (or with `resume`, restarts) exchanging with `device`, as two workstations apart would.
        func pause(_ device: String, resume: Bool = false) {
            post("/rest/system/" + (resume ? "resume" : "pause") + "?device=" + device)
        }

        /// Whether this instance has a live connection to `device` now.
        func connected(to device: String) -> Bool {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(gui)/rest/system/connections")!)
            request.setValue(apiKey, forHTTPHeaderField: "X-API-Key")
            request.timeoutInterval = 20
            nonisolated(unsafe) var body: Data?
            let done = DispatchSemaphore(value: 0)
            URLSession.shared.dataTask(with: request) { data, _, _ in body = data; done.signal() }.resume()
            _ = done.wait(timeout: .now() + 25)
            guard let body, let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let connections = json["connections"] as? [String: Any],
                  let state = connections[device] as? [String: Any] else { return false }
            return state["connected"] as? Bool ?? false
        }

        private func post(_ path: String) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(gui)" + path)!)
            request.httpMethod = "POST"
            request.setValue(apiKey, forHTTPHeaderField: "X-API-Key")
            request.timeoutInterval = 20
            let done = DispatchSemaphore(value: 0)
            URLSession.shared.dataTask(with: request) { _, _, _ in done.signal() }.resume()
            _ = done.wait(timeout: .now() + 25)
        }
    }

    /// Two started instances, `a` holding the fixture store and `b` an empty folder, once the store reached `b`.
    struct Pair {
        let base: String
        let a: Instance
        let b: Instance
        let stress: String

        func stop() {
            a.stop()
            b.stop()
        }
    }

    static func config(_ me: Instance, _ a: Instance, _ b: Instance) -> String {
        """
        <configuration version="36">
          <folder id="wijk" label="wijk" path="\(me.folder)" type="sendreceive" rescanIntervalS="3600"
                  fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
            <device id="\(a.id)"></device>
            <device id="\(b.id)"></device>
            <maxConflicts>10</maxConflicts>
          </folder>
          <device id="\(a.id)" name="a" compression="metadata" introducer="false"><address>tcp://127.0.0.1:\(a.listen)</address></device>
          <device id="\(b.id)" name="b" compression="metadata" introducer="false"><address>tcp://127.0.0.1:\(b.listen)</address></device>
          <gui enabled="true" tls="false"><address>127.0.0.1:\(me.gui)</address><apikey>\(me.apiKey)</apikey></gui>
          <options>
            <listenAddress>tcp://127.0.0.1:\(me.listen)</listenAddress>
            <globalAnnounceEnabled>false</globalAnnounceEnabled>
            <localAnnounceEnabled>false</localAnnounceEnabled>
            <relaysEnabled>false</relaysEnabled>
            <natEnabled>false</natEnabled>
            <urAccepted>-1</urAccepted>
            <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
            <reconnectionIntervalS>1</reconnectionIntervalS>
            <startBrowser>false</startBrowser>
            <crashReportingEnabled>false</crashReportingEnabled>
          </options>
        </configuration>
        """
    }

    /// Polls `condition` every 100 ms for at most `seconds`.
    func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(100_000)
        }
        return condition()
    }

    func conflictCopies(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter { path in
                // Syncthing's own temporary files (.syncthing.*.tmp) are not copies; the archive keeps merged ones.
                let name = path.split(separator: "/").last.map(String.init) ?? path
                return name.contains(".sync-conflict-") && !StoreLayout.isIgnored(name) && !path.hasPrefix("archive/")
                    && !path.hasPrefix(StoreLayout.history + "/")
            }
    }

    /// The journal entries of h-1 that have arrived in `folder`.
    func journalEntries(_ folder: String) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/households/h-1/journal")) ?? [])
            .filter { $0.hasSuffix(".rec") && !StoreLayout.isIgnored($0) }.count
    }

    func copyText(_ folder: String, _ copy: String) -> String {
        (try? String(contentsOfFile: folder + "/" + copy, encoding: .utf8)) ?? ""
    }

    /// The conflict copies `wijk merge` moved into the store's archive.
    func archivedCopies(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder + "/archive/conflicts")?.compactMap { $0 as? String } ?? [])
            .filter { path in
                // A copy archived a second time (it came back from the other device) gets a numeric suffix.
                let name = path.split(separator: "/").last.map(String.init) ?? path
                return name.contains(".sync-conflict-") && !name.hasPrefix(".")
            }
    }

    /// Every synced file's path and content: what both sides must agree on at the end.
    func syncedTree(_ folder: String) -> [String: Data] {
        var tree: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            let parts = path.split(separator: "/").map(String.init)
            if [".stfolder", ".stignore", ".wijk", ".stversions"].contains(parts[0]) { continue }
            if parts.last!.hasPrefix(".syncthing.") || StoreLayout.isIgnored(parts.last!) { continue }
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &directory), !directory.boolValue
            else { continue }
            tree[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
        return tree
    }

    func household(_ folder: String) -> String {
        (try? String(contentsOfFile: folder + "/households/h-1/household.rec", encoding: .utf8)) ?? ""
    }

    /// Starts two instances on loopback ports with the fixture store in `a`, and waits until it reached `b`.
    /// Nil when Syncthing is not installed (an issue when the end-to-end tests are required).
    func startPair() throws -> Pair? {
        guard let syncthing = Command.path(of: "syncthing") else {
            if Command.required { Issue.record("syncthing is not installed: make test installs it") }
            return nil
        }
        let base = try Binary.temporaryFolder()
        let port = Int.random(in: 20_000...50_000)
        let a = Instance(base, "a", listen: port, gui: port + 1)
        let b = Instance(base, "b", listen: port + 2, gui: port + 3)
        let pair = Pair(base: base, a: a, b: b, stress: URL(fileURLWithPath: Binary.wijk).deletingLastPathComponent()
                            .appendingPathComponent("wijk-stress").path)
        for instance in [a, b] {
            _ = try Command.run(syncthing, ["generate", "--home=" + instance.home, "--no-default-folder"])
            instance.id = try Command.run(syncthing, ["--home=" + instance.home, "--device-id"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(instance.id.count > 50)
        }
        let store = try FixtureStore.make(households: [("h-1", "De Vries", "Stationsweg 12", "Ten Boer")])
        try FileManager.default.copyItem(atPath: store, toPath: a.folder)
        try FileManager.default.createDirectory(atPath: b.folder, withIntermediateDirectories: true)
        for instance in [a, b] {
            try FileManager.default.createDirectory(atPath: instance.folder + "/.stfolder", withIntermediateDirectories: true)
            // The workstation's own version cache and lock are never synced (README: .stignore).
            try ".wijk\n".write(toFile: instance.folder + "/.stignore", atomically: true, encoding: .utf8)
            try Self.config(instance, a, b).write(toFile: instance.home + "/config.xml", atomically: true, encoding: .utf8)
            do { try instance.start() } catch { pair.stop(); throw error }
        }
        // The first connection between two fresh instances can take half a minute (Syncthing's dial back-off).
        guard eventually(90, { household(b.folder).contains("De Vries") }) else {
            Issue.record("the store did not reach b")
            pair.stop()
            return nil
        }
        return pair
    }

    @Test("Edits to one household on both sides while apart become a conflict copy, which wijk merges; nothing is lost",
          .timeLimit(.minutes(4)))
    func conflictCopyMerged() throws {
        guard let pair = try startPair() else { return }
        defer { pair.stop() }
        let (base, a, b, stress) = (pair.base, pair.a, pair.b, pair.stress)

        // Apart: b is off; a changes the phone number, b the town, of the same household.
        b.stop()
        #expect(try Command.run(stress, [a.folder, "h-1", base + "/acks-a", "--workstation", "werkplek-a", "--worker",
                                         "w-ab", "--field", "Phone", "--rounds", "1", "--run", "a"]).status == 0)
        a.scan()
        #expect(try Command.run(stress, [b.folder, "h-1", base + "/acks-b", "--workstation", "werkplek-b", "--worker",
                                         "w-mk", "--field", "City", "--rounds", "1", "--run", "b"]).status == 0)
        try b.start()

        #expect(eventually(90) { !conflictCopies(a.folder).isEmpty || !conflictCopies(b.folder).isEmpty },
                "Syncthing made a conflict copy")
        let side = conflictCopies(a.folder).isEmpty ? b : a
        let merged = try Command.run(Binary.wijk, ["merge", side.folder])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        #expect(merged.stdout.contains("samengevoegd"))

        for instance in [a, b] {
            // The household file and the two journal entries are separate files and arrive each in their own time.
            #expect(eventually(90) {
                let text = household(instance.folder)
                return text.contains("Phone: a-1") && text.contains("City: b-1") && conflictCopies(instance.folder).isEmpty
                    && journalEntries(instance.folder) == 2
            }, "both changes reached \(instance.folder), the copy is archived:\n\(household(instance.folder))\n\(conflictCopies(instance.folder))\nmerge ran on \(side.folder): \(merged.stdout)")
            let snapshot = try StoreReader.read(instance.folder)
            #expect(snapshot.problems == [])
            #expect(snapshot.dossiers.first?.journal.count == 2, "both journal entries are on both sides")
            #expect(try Command.recfixFailures(Command.recFiles(under: instance.folder)) ?? [] == [])
        }
    }

    /// Rounds apart: 20 in `make test`, 100 in `make soak`, or `WIJK_SYNC_ROUNDS`.
    static let rounds = Int(ProcessInfo.processInfo.environment["WIJK_SYNC_ROUNDS"] ?? "")
        ?? (ProcessInfo.processInfo.environment["WIJK_SOAK"] != nil ? 100 : 20)

    @Test("Rounds apart with 3–10 saves on each side of different fields and journal entries: merged by itself, every edit kept, both sides the same; every third round one field changed on both sides waits for a person, alone",
          .timeLimit(.minutes(60)))
    func roundsApart() throws {
        guard let pair = try startPair() else { return }
        defer { pair.stop() }
        let (base, a, b, stress) = (pair.base, pair.a, pair.b, pair.stress)
        let started = Date()
        var random = SystemRandomNumberGenerator()
        var (saves, entries, copies, byThemselves, waited, returned, lost) = (0, 0, 0, 0, 0, 0, 0)
        /// `count` saves of `field` on `side` through the real write path, each with a journal entry.
        func edit(_ side: Instance, _ field: String, _ count: Int, _ run: String) throws {
            let (workstation, worker) = side === a ? ("werkplek-a", "w-ab") : ("werkplek-b", "w-mk")
            let result = try Command.run(stress, [side.folder, "h-1", base + "/acks-" + workstation, "--workstation", workstation,
                                                  "--worker", worker, "--field", field, "--rounds", String(count), "--run", run])
            #expect(result.status == 0, "\(result.stderr)")
            saves += count
            entries += count
        }
        for round in 1...Self.rounds {
            a.pause(b.id)
            b.pause(a.id)
            guard eventually(30, { !a.connected(to: b.id) && !b.connected(to: a.id) }) else {
                Issue.record("round \(round): the two sides did not come apart")
                return
            }
            let (fieldA, fieldB) = round % 2 == 0 ? ("Phone", "Email") : ("Street", "City")
            let (countA, countB) = (Int.random(in: 3...10, using: &random), Int.random(in: 3...10, using: &random))
            try edit(a, fieldA, countA, "a-\(round)")
            try edit(b, fieldB, countB, "b-\(round)")
            // Every third round b also changes a's field: the one collision a person must decide.
            let collides = round % 3 == 0
            if collides { try edit(b, fieldA, 1, "x-\(round)") }
            a.scan()
            b.scan()
            a.pause(b.id, resume: true)
            b.pause(a.id, resume: true)

            let valueA = fieldA + ": a-\(round)-\(countA)\n"
            let valueB = fieldB + ": b-\(round)-\(countB)\n"
            let collided = fieldA + ": x-\(round)-1\n"
            var chosen = valueA
            let converged = { (folder: String) -> Bool in
                let text = household(folder)
                return text.contains(chosen) && text.contains(valueB) && conflictCopies(folder).isEmpty
                    && journalEntries(folder) == entries
            }
            let deadline = Date().addingTimeInterval(180)
            // Converged, and still so a moment later: Syncthing makes a conflict copy on each device on its own, so
            // one merged and archived on one side can come back from the other once; it is merged again then.
            let settled = { converged(a.folder) && converged(b.folder) && { sleep(2); return converged(a.folder) && converged(b.folder) }() }
            while !settled() && Date() < deadline {
                // Merge where the household and a copy hold both sides' last saves between them, or where the
                // household already does and a copy came back.
                let ready = [a, b].lazy.compactMap { side -> (Instance, [String])? in
                    let found = conflictCopies(side.folder)
                    let text = household(side.folder) + found.map { copyText(side.folder, $0) }.joined()
                    return !found.isEmpty && text.contains(valueA) && text.contains(valueB) ? (side, found) : nil
                }.first
                guard let (side, found) = ready else {
                    usleep(100_000)
                    continue
                }
                copies += found.count
                // The household already holds both: the copy came back from the other device after it was merged.
                let again = household(side.folder).contains(chosen) && household(side.folder).contains(valueB)
                let workstation = side === a ? "werkplek-a" : "werkplek-b"
                let merged = try Command.run(Binary.wijk, ["merge", side.folder], environment: ["WIJK_WORKSTATION": workstation])
                // In a round with a collision every copy holding the other value waits; a copy that came back after
                // the choice merges by itself.
                if collides && merged.status == 1 {
                    let lines = merged.stdout.split(separator: "\n").filter { $0.contains("kies zelf") }
                    let named = ["Phone": "Telefoon", "Street": "Straat en nr."][fieldA]!
                    #expect(lines.count == 1 && lines[0].hasSuffix("kies zelf voor " + named + " (open wijk en druk op c)"),
                            "round \(round): only the field changed on both sides waits: \(merged.stdout)")
                    // The person at c: the newer value, as the window says which that is.
                    let writer = StoreWriter(root: side.folder, workstation: workstation)
                    let report = ConflictMerge(writer: writer).run(found, at: Timestamp(seconds: Int64(Date().timeIntervalSince1970)))
                    for pending in report.pending {
                        #expect(pending.conflicts.map(\.field) == [fieldA], "round \(round): \(pending.conflicts)")
                        #expect(pending.conflicts.allSatisfy { $0.hasBase && $0.oursSaved != nil && $0.theirsSaved != nil },
                                "round \(round): the base and who saved each side are known")
                        let choices = pending.conflicts.map { ($0, $0.theirsIsNewer == true ? $0.theirs : $0.ours) }
                        chosen = fieldA + ": " + (choices.first?.1 ?? "") + "\n"
                        guard case .saved = try ConflictMerge(writer: writer).resolve(pending, choices: choices, at:
                            Timestamp(seconds: Int64(Date().timeIntervalSince1970)), by: "w-ab") else {
                            Issue.record("round \(round): the choice met another change")
                            continue
                        }
                        waited += 1
                    }
                    #expect([valueA, collided].contains(chosen), "round \(round): one of the two values was chosen")
                } else {
                    #expect(merged.status == 0, "round \(round): \(merged.stdout)\(merged.stderr)")
                    let count = merged.stdout.split(separator: "\n").filter { $0.contains("samengevoegd") }.count
                    if again || collides { returned += count } else { byThemselves += count }
                }
                // The copy's removal reaches the other side in its own time; merging it there too would archive it twice.
                let names = Set(found.map { $0.split(separator: "/").last! })
                _ = eventually(60) {
                    [a, b].allSatisfy { side in conflictCopies(side.folder).allSatisfy { !names.contains($0.split(separator: "/").last!) } }
                }
            }
            guard settled() else {
                lost += 1
                Issue.record("""
                    round \(round): the two sides did not converge (wanted \(chosen)\(valueB))
                    a: \(household(a.folder)) \(conflictCopies(a.folder)) \(journalEntries(a.folder)) entries
                    b: \(household(b.folder)) \(conflictCopies(b.folder)) \(journalEntries(b.folder)) entries
                    """)
                return
            }
        }
        // The archive's copies, the history and the audit records travel as files of their own.
        #expect(eventually(120) { syncedTree(a.folder) == syncedTree(b.folder) }, "both sides hold the same files")
        for side in [a, b] {
            #expect(archivedCopies(side.folder).count == byThemselves + waited + returned,
                    "every merged copy is in \(side.folder)'s archive")
            let snapshot = try StoreReader.read(side.folder)
            #expect(snapshot.problems == [])
            #expect(snapshot.dossiers.first?.journal.count == entries)
            let history = FileManager.default.enumerator(atPath: side.folder + "/" + StoreLayout.history)?.compactMap { $0 as? String } ?? []
            #expect(!history.contains { $0.contains(".sync-conflict-") }, "the history never conflicts: a name per content")
            #expect(try Command.recfixFailures(Command.recFiles(under: side.folder)) ?? [] == [])
            let after = try Command.run(Binary.wijk, ["merge", side.folder])
            #expect(after.status == 0 && after.stdout.contains("geen conflictkopieën"), "\(after.stdout)\(after.stderr)")
        }
        print(String(format: "soak: syncthing %d rounds apart, %d saves and %d journal entries, %d conflict copies: %d merged by themselves, %d waited for a person (one field each), %d came back once merged and were merged again, lost 0, both sides the same (%d files), %.0f s",
                     Self.rounds, saves, entries, copies, byThemselves, waited, returned, syncedTree(a.folder).count,
                     Date().timeIntervalSince(started)))
        #expect(lost == 0)
    }
}
