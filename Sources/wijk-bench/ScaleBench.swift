import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// One store size, measured in a process of its own so its peak memory is its own: opening (from the snapshot
/// cache, and cold), the check against the disk, the floors (`cat`, bare reads), and keystrokes at 200×60.
@MainActor
enum ScaleBench {
    static let now = LocalTime(day: Day(year: 2026, month: 11, day: 23)!, hour: 10, minute: 0)
    static let version = Release.version
    static let wide = Size(columns: 200, rows: 60)

    static func run(households: Int, keysOnly: Bool = false) throws {
        let city = try Measure.cityStore(households)
        let label = "\(households.formatted()) households"
        if !keysOnly { try openings(city, households, label) }
        try keystrokes(city, households, label)
    }

    /// Opening the store, against the floors under it.
    static func openings(_ city: String, _ households: Int, _ label: String) throws {
        // The page cache warm, as on a workstation that opened the store before.
        _ = Measure.readEverything(city)
        let cat = Measure.shell("find '\(city)' -path '*/.wijk' -prune -o -type f -print0 | xargs -0 cat > /dev/null")
        var floor = (bytes: 0, files: 0)
        let bare = Measure.seconds { floor = Measure.readEverything(city) }

        // Each opening in a process of its own, as a workstation starts: its time and its peak memory are its own.
        // Cold: no cache, every file read (and recorded for the cache), the state built, the first frame drawn,
        // then the cache written. Warm: from the cache, then the check until confirmed.
        let colds = (0..<3).map { _ in opening(households, cold: true) }
        let cacheBytes = (try? FileManager.default.attributesOfItem(atPath: StoreCache.path(root: city))[.size] as? Int) ?? 0
        _ = opening(households, cold: false)  // takes in what the generator wrote a moment ago, if it did
        let warms = (0..<5).map { _ in opening(households, cold: false) }
        // The usual start: a colleague changed a household since this workstation's cache was written (its plan
        // rewritten in place, new times); the check finds it, reads it again and writes the cache.
        let plan = city + "/households/h-00001/plan.rec"
        let changed = (0..<3).map { _ -> (frame: Double, after: Double, memory: Double) in
            if let text = FileManager.default.contents(atPath: plan) { try? text.write(to: URL(fileURLWithPath: plan)) }
            return opening(households, cold: false)
        }
        let fromCache = Measure.median(warms.map(\.frame))
        let checked = Measure.median(warms.map { $0.frame + $0.after })
        let r = Measure.report
        r("\(label): cat of every file (find | xargs cat)", Measure.milliseconds(cat)
          + String(format: "  [%d files, %.1f MB]", floor.files, Double(floor.bytes) / 1e6))
        r("\(label): bare reads (open+read+close, one thread)", Measure.milliseconds(bare))
        let cold = Measure.median(colds.map(\.frame))
        r("\(label): first frame, cold (read every file), median of 3", Measure.milliseconds(cold)
          + String(format: "  [%.2f× bare reads, peak %.0f MB]", cold / bare, Measure.median(colds.map(\.memory))))
        r("\(label): cache written after a cold start, median of 3", Measure.milliseconds(Measure.median(colds.map(\.after)))
          + String(format: "  [%.1f MB]", Double(cacheBytes) / 1e6))
        r("\(label): first frame from the snapshot cache, median of 5", Measure.milliseconds(fromCache)
          + String(format: "  [%.3f× bare reads, peak %.0f MB]", fromCache / bare, Measure.median(warms.map(\.memory))))
        r("\(label): check against the disk, median of 5", Measure.milliseconds(Measure.median(warms.map(\.after))))
        r("\(label): changed since: first frame from cache, median of 3",
          Measure.milliseconds(Measure.median(changed.map(\.frame)))
          + String(format: "  [check, read again, cache written %.0f ms; peak %.0f MB]",
                   Measure.median(changed.map(\.after)) * 1000, Measure.median(changed.map(\.memory))))
        r("\(label): fully checked (first frame + check), median of 5", Measure.milliseconds(checked)
          + String(format: "  [%.2f× bare reads]", checked / bare))

    }

    /// Keystrokes at 200×60 on the caseload of this size, and the memory of a process that has it open.
    static func keystrokes(_ city: String, _ households: Int, _ label: String) throws {
        let r = Measure.report
        let snapshot = try StoreReader.read(city)
        var state = AppState(snapshot: snapshot, viewer: snapshot.workers.first { $0.role == .coordinator },
                             storeLabel: city, now: now)
        func keys(_ list: [Key]) -> [Double] { Measure.keys(list, on: &state, size: wide, now: now) }
        _ = keys([.home])
        r("\(label): 200×60 scroll j, 3000 keys", Measure.summary(keys(Array(repeating: .down, count: 3000))))
        r("\(label): 200×60 scroll PgDn, 500 keys", Measure.summary(keys(Array(repeating: .pageDown, count: 500))))
        var typing: [Double] = []
        for _ in 0..<20 {
            _ = keys([.home, .character("/")])
            typing += keys("jansen".map { .character($0) })
            _ = keys([.escape])
        }
        r("\(label): 200×60 typing “jansen” as a filter, 20 times", Measure.summary(typing))
        if ProcessInfo.processInfo.environment["WIJK_BENCH_SPLIT"] != nil {
            var handles: [Double] = []
            var renders: [Double] = []
            for _ in 0..<20 {
                _ = keys([.home, .character("/")])
                for c in "jansen" {
                    handles.append(Measure.seconds { _ = state.handle(.character(c), size: wide, now: now) })
                    renders.append(Measure.seconds { _ = AppView.render(state, size: wide, now: now) })
                }
                _ = keys([.escape])
            }
            r("  of which handling", Measure.summary(handles))
            r("  of which rendering", Measure.summary(renders))
        }

        // A long plan: one household given 40 goals, 120 actions and 400 journal entries.
        var long = snapshot
        if var dossier = long.dossiers.first {
            let template = dossier
            dossier.goals = (0..<40).map { i in
                Goal(id: "g-\(i)", domain: LifeDomain.allCases[i % 13], text: "Doel \(i): rekeningen op tijd betaald",
                     status: .open)
            }
            dossier.actions = (0..<120).map { i in
                Action(id: "a-\(i)", goal: "g-\(i % 40)", text: "Actie \(i): aanmelden bij de schuldhulp", who: .regisseur,
                       due: now.day.adding(days: i), status: .open)
            }
            let entry = template.journal.first
            dossier.journal = (0..<400).map { i in
                JournalEntry(id: "j-\(i)", date: now.day.adding(days: -i), kind: .note,
                             author: entry?.author ?? "w-g001", text: "Gesprek \(i) over de voortgang van het plan.")
            }
            long.dossiers[0] = dossier
        }
        var plan = AppState(snapshot: long, viewer: long.workers.first { $0.role == .coordinator }, storeLabel: city, now: now)
        let first = long.dossiers[0].id
        func planKeys(_ list: [Key]) -> [Double] {
            list.map { key in
                Measure.seconds {
                    _ = plan.handle(key, size: wide, now: now)
                    _ = AppView.render(plan, size: wide, now: now)
                }
            }
        }
        _ = planKeys([.character("/")] + first.map { .character($0) } + [.enter, .enter])
        r("\(label): 200×60 j through a long plan (560 rows), 500 keys",
          Measure.summary(planKeys(Array(repeating: .down, count: 500))))
        r("\(label): peak memory (max RSS)", String(format: "%.0f MB  [%.1f KB per household]", Measure.peakMemoryMB(),
                                                     Measure.peakMemoryMB() * 1024 / Double(households)))
    }

    /// One opening of the store of `households` in a child process (`--open N [--cold]`): the first frame, what
    /// follows it (the check, or writing the cache after a cold start), and the child's peak memory.
    static func opening(_ households: Int, cold: Bool) -> (frame: Double, after: Double, memory: Double) {
        let task = Process()
        let pipe = Pipe()
        task.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        task.arguments = ["--open", String(households)] + (cold ? ["--cold"] : [])
        task.standardOutput = pipe
        try? task.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        task.waitUntilExit()
        let figures = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard figures.count == 3 else { fatalError("--open printed: \(output)") }
        return (figures[0], figures[1], figures[2])
    }

    /// The child's side of `opening`: prints `frame after memory` (seconds, seconds, MB).
    static func open(households: Int, cold: Bool) throws {
        let city = try Measure.cityStore(households)
        if cold { StoreCache.remove(root: city) }
        var start: StoreStart?
        let frame = try Measure.seconds { start = try firstFrame(city) }
        precondition(start!.fromCache != cold, cold ? "a cache was used" : "the cache was not used")
        var found: Set<String> = []
        let after = Measure.seconds { start!.check(root: city, version: version) { found = $0 } }
        // Files written within two seconds of a reading are read again (they could hide a second change): on a
        // store generated a moment ago that is all of them, once.
        if !cold && !found.isEmpty {
            FileHandle.standardError.write(Data("note: \(found.count) paths read again after the check\n".utf8))
        }
        print(frame, after, Measure.peakMemoryMB())
    }

    /// What happens before a person sees anything: the store opened (from the cache when there is one), the
    /// app state built, the first frame rendered.
    static func firstFrame(_ root: String) throws -> StoreStart {
        var start: StoreStart?
        let opened = try Measure.seconds { start = try StoreStart.open(root, version: version) }
        let viewer = start!.snapshot.workers.first { $0.role == .coordinator }
        var state: AppState?
        let built = Measure.seconds {
            state = AppState(snapshot: start!.snapshot, viewer: viewer, storeLabel: root, now: now)
        }
        if start!.fromCache { state!.beginChecking() }
        let drawn = Measure.seconds { _ = AppView.render(state!, size: wide, now: now) }
        if ProcessInfo.processInfo.environment["WIJK_BENCH_SPLIT"] != nil {
            FileHandle.standardError.write(Data(String(format: "  opened %.0f ms, state built %.0f ms, drawn %.0f ms, peak %.0f MB so far\n",
                                                       opened * 1000, built * 1000, drawn * 1000,
                                                       Measure.peakMemoryMB()).utf8))
        }
        return start!
    }
}
