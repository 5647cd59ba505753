import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
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
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(gui)/rest/db/scan?folder=wijk")!)
            request.httpMethod = "POST"
            request.setValue(apiKey, forHTTPHeaderField: "X-API-Key")
            request.timeoutInterval = 20
            let done = DispatchSemaphore(value: 0)
            URLSession.shared.dataTask(with: request) { _, _, _ in done.signal() }.resume()
            _ = done.wait(timeout: .now() + 25)
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
            }
    }

    /// The journal entries of h-1 that have arrived in `folder`.
    func journalEntries(_ folder: String) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/households/h-1/journal")) ?? [])
            .filter { $0.hasSuffix(".rec") && !StoreLayout.isIgnored($0) }.count
    }

    func household(_ folder: String) -> String {
        (try? String(contentsOfFile: folder + "/households/h-1/household.rec", encoding: .utf8)) ?? ""
    }

    @Test("Edits to one household on both sides while apart become a conflict copy, which wijk merges; nothing is lost",
          .timeLimit(.minutes(4)))
    func conflictCopyMerged() throws {
        guard let syncthing = Command.path(of: "syncthing") else {
            if Command.required { Issue.record("syncthing is not installed: make test installs it") }
            return
        }
        let base = try Binary.temporaryFolder()
        let port = Int.random(in: 20_000...50_000)
        let a = Instance(base, "a", listen: port, gui: port + 1)
        let b = Instance(base, "b", listen: port + 2, gui: port + 3)
        defer {
            a.stop()
            b.stop()
        }
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
            try instance.start()
        }
        // The first connection between two fresh instances can take half a minute (Syncthing's dial back-off).
        #expect(eventually(90) { household(b.folder).contains("De Vries") }, "the store reached b")

        // Apart: b is off; a changes the phone number, b the town, of the same household.
        b.stop()
        let stress = URL(fileURLWithPath: Binary.wijk).deletingLastPathComponent().appendingPathComponent("wijk-stress").path
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
}
