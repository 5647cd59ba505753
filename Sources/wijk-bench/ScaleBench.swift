import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// One store size, measured in a process of its own so its peak memory is its own: opening (from the snapshot
/// cache, and cold), the check against the disk, the floors (`cat`, bare reads), and keystrokes at 200×60.
@MainActor
enum ScaleBench {
    static let now = LocalTime(day: Day(year: 2026, month: 11, day: 23)!, hour: 10, minute: 0)
    static let version = "bench"
    static let wide = Size(columns: 200, rows: 60)

    static func run(households: Int) throws {
        let city = try Measure.cityStore(households)
        let label = "\(households.formatted()) households"
        // The page cache warm, as on a workstation that opened the store before.
        _ = Measure.readEverything(city)
        let cat = Measure.shell("find '\(city)' -path '*/.wijk' -prune -o -type f -print0 | xargs -0 cat > /dev/null")
        var floor = (bytes: 0, files: 0)
        let bare = Measure.seconds { floor = Measure.readEverything(city) }

        // Cold: no cache, every file read (and recorded for the cache), the state built, the first frame drawn.
        var colds: [Double] = []
        var saves: [Double] = []
        var start: StoreStart?
        for _ in 0..<3 {
            StoreCache.remove(root: city)
            colds.append(try Measure.seconds { start = try firstFrame(city) })
            saves.append(Measure.seconds { start!.check(root: city, version: version) { _ in } })
        }
        let cacheBytes = (try? FileManager.default.attributesOfItem(atPath: StoreCache.path(root: city))[.size] as? Int) ?? 0

        // Warm: from the cache; then the check (stat every file, list the changed folders) until confirmed.
        var cached: [Double] = []
        var checks: [Double] = []
        for _ in 0..<5 {
            cached.append(try Measure.seconds { start = try firstFrame(city) })
            precondition(start!.fromCache, "the cache was not used")
            var found: Set<String> = []
            checks.append(Measure.seconds { start!.check(root: city, version: version) { found = $0 } })
            precondition(found.isEmpty, "the store changed under the benchmark: \(found.prefix(3))")
        }
        let snapshot = start!.snapshot
        let fromCache = Measure.median(cached)
        let checked = fromCache + Measure.median(checks)
        let r = Measure.report
        r("\(label): cat of every file (find | xargs cat)", Measure.milliseconds(cat)
          + String(format: "  [%d files, %.1f MB]", floor.files, Double(floor.bytes) / 1e6))
        r("\(label): bare reads (open+read+close, one thread)", Measure.milliseconds(bare))
        r("\(label): first frame, cold (read every file), median of 3", Measure.milliseconds(Measure.median(colds))
          + String(format: "  [%.2f× bare reads]", Measure.median(colds) / bare))
        r("\(label): cache written after a cold start, median of 3", Measure.milliseconds(Measure.median(saves))
          + String(format: "  [%.1f MB]", Double(cacheBytes) / 1e6))
        r("\(label): first frame from the snapshot cache, median of 5", Measure.milliseconds(fromCache)
          + String(format: "  [%.3f× bare reads]", fromCache / bare))
        r("\(label): check against the disk, median of 5", Measure.milliseconds(Measure.median(checks)))
        r("\(label): fully checked (first frame + check)", Measure.milliseconds(checked)
          + String(format: "  [%.2f× bare reads]", checked / bare))

        // Keystrokes at 200×60 on the caseload of this size.
        var state = AppState(snapshot: snapshot, viewer: snapshot.workers.first { $0.role == .coordinator },
                             storeLabel: city, now: now)
        func keys(_ list: [Key]) -> [Double] {
            list.map { key in
                Measure.seconds {
                    _ = state.handle(key, size: wide, now: now)
                    _ = AppView.render(state, size: wide, now: now)
                }
            }
        }
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

    /// What happens before a person sees anything: the store opened (from the cache when there is one), the
    /// app state built, the first frame rendered.
    static func firstFrame(_ root: String) throws -> StoreStart {
        let start = try StoreStart.open(root, version: version)
        let viewer = start.snapshot.workers.first { $0.role == .coordinator }
        var state = AppState(snapshot: start.snapshot, viewer: viewer, storeLabel: root, now: now)
        if start.fromCache { state.beginChecking() }
        _ = AppView.render(state, size: wide, now: now)
        return start
    }
}
