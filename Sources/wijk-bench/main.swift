import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// Benchmarks for Wijkdesk: time to first frame and per-keystroke render time, printed as a table.
///
///     wijk-bench [--households N] [--store DIR]
///
/// Uses the demo store in seeds/ and a generated city-sized store (made in
/// a temporary folder, or reused from DIR when it already holds a store).
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let householdCount = Int(option("--households") ?? "") ?? 10_000
let now = LocalTime(day: Day(year: 2026, month: 11, day: 23)!, hour: 10, minute: 0)
let size = Size(columns: 80, rows: 24)

func seconds(_ body: () throws -> Void) rethrows -> Double { try Measure.seconds(body) }
func milliseconds(_ s: Double) -> String { Measure.milliseconds(s) }
func median(_ values: [Double]) -> Double { Measure.median(values) }
func report(_ label: String, _ value: String) { Measure.report(label, value) }
func summary(_ times: [Double]) -> String { Measure.summary(times) }

// A store size measured on its own (a child of the run below, for its own peak memory).
if let households = option("--open").flatMap({ Int($0) }) {
    try ScaleBench.open(households: households, cold: arguments.contains("--cold"))
    exit(0)
}
if arguments.contains("--matching") {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    MatchingBench.run(root: root, dossiers: try StoreReader.read(try option("--store") ?? Measure.cityStore(householdCount)).dossiers)
    exit(0)
}
if arguments.contains("--reports") {
    var snapshot = try StoreReader.read(try option("--store") ?? Measure.cityStore(householdCount))
    snapshot.requests = ReportsBench.requests(snapshot.dossiers.map(\.household), now: now)
    ReportsBench.run(snapshot, city: "", now: now)
    exit(0)
}
if let scale = option("--scale").flatMap({ Int($0) }) {
    try ScaleBench.run(households: scale, keysOnly: arguments.contains("--keys-only"))
    exit(0)
}

/// Read, build the app state and render the first 80×24 frame: what happens before a person sees anything.
func firstFrame(_ root: String) throws -> (Double, StoreSnapshot) {
    var snapshot: StoreSnapshot?
    let time = try seconds {
        let read = try StoreReader.read(root)
        let viewer = read.workers.first { $0.role == .coordinator }
        let state = AppState(snapshot: read, viewer: viewer, storeLabel: root, now: now)
        _ = AppView.render(state, size: size, now: now)
        snapshot = read
    }
    return (time, snapshot!)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
print("Wijkdesk benchmarks (\(ProcessInfo.processInfo.activeProcessorCount) cores, release build expected)\n")

// 1. The demo store.
let seeds = root + "/seeds"
var demoTimes: [Double] = []
var demo: StoreSnapshot?
for _ in 0..<7 {
    let (time, snapshot) = try firstFrame(seeds)
    demoTimes.append(time)
    demo = snapshot
}
report("demo store: first frame (read + state + render), median of 7",
       milliseconds(median(demoTimes)) + "  [\(demo!.dossiers.count) households, \(demo!.filesRead) files]")

// 2. Opening at three sizes, each in a process of its own: from the snapshot cache, cold, the floors, and
// keystrokes at 200×60.
let scales = (option("--scales") ?? "1000,10000,30000").split(separator: ",").compactMap { Int($0) }
for scale in scales {
    print("")
    let task = Process()
    task.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    task.arguments = ["--scale", String(scale)]
    try task.run()
    task.waitUntilExit()
    if task.terminationStatus != 0 { print("scale \(scale): exit status \(task.terminationStatus)") }
}
print("")

// The 10,000-household store for the rest: writes, the watcher, the inbox, the kaart, the meeting, reports.
let city = try option("--store") ?? Measure.cityStore(householdCount)
let (cityTime, snapshot) = try firstFrame(city)
report("city store: first frame, read whole without the cache (80×24)", milliseconds(cityTime)
       + "  [\(snapshot.dossiers.count) households, \(snapshot.filesRead) files]")

MatchingBench.run(root: root, dossiers: snapshot.dossiers)

// 3. Keystrokes on the 10,000-household caseload.
var state = AppState(snapshot: snapshot, viewer: snapshot.workers.first { $0.role == .coordinator },
                     storeLabel: city, now: now)
/// The time of each key, handled and rendered, on `app` (the caseload's state unless given).
@MainActor func keystrokes(_ keys: [Key], on app: inout AppState) -> [Double] {
    Measure.keys(keys, on: &app, size: size, now: now)
}
@MainActor func keystrokes(_ keys: [Key]) -> [Double] { keystrokes(keys, on: &state) }
report("scroll: j (handle + render), 3000 keys", summary(keystrokes(Array(repeating: .down, count: 3000))))
report("scroll: PgDn (handle + render), 500 keys", summary(keystrokes(Array(repeating: .pageDown, count: 500))))
_ = keystrokes([.home, .character("/")])
report("filter: typing “jansen” over 10,000 households", summary(keystrokes("jansen".map { .character($0) })))
_ = keystrokes([.escape, .character("2")])
report("plan pane: j through a household's plan, 200 keys", summary(keystrokes(Array(repeating: .down, count: 200))))

// 4. The write path on the city store.
let writer = StoreWriter(root: city, workstation: "bench")
let householdPath = "households/h-00042/household.rec"
var saveTimes: [Double] = []
for i in 0..<200 {
    let base = try writer.read(householdPath)!
    let ours = base.sets.map { set in
        RecordSet(descriptor: set.descriptor, records: set.records.map { set.type == "Household" ? $0.setting("Phone", to: "050 \(i)") : $0 })
    }
    // As the app saves: who and when in the trailer, so the file's history is kept and pruned too.
    let saved = FileVersion.Saved(time: now.instant, workstation: "bench", worker: "w-g001")
    saveTimes.append(try seconds { _ = try writer.save(householdPath, base: base, ours: ours, saved: saved) })
}
report("save a household (read-merge-write, fsync, rename; the history kept and pruned), 200 saves", summary(saveTimes))
var random = SystemRandomNumberGenerator()
var appendTimes: [Double] = []
var appended: [String] = []
for i in 0..<200 {
    let stamp = Stamp.make(at: Timestamp(seconds: 1_795_000_000 + Int64(i)), worker: "w-g001", workstation: "bench", using: &random)
    let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: "w-g001", text: "Benchmark")
    let path = "households/h-00042/journal/" + stamp + ".rec"
    appendTimes.append(try seconds {
        try writer.create(path, [Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)])])
    })
    appended.append(path)
}
report("append a journal entry (new file, fsync, link), 200 entries", summary(appendTimes))
// The generated store is reused by the next run: take the entries out again, so every run measures the same store.
for path in appended { unlink(city + "/" + path) }

// 5. Noticing and taking in a change made elsewhere.
var watcherStart = 0.0
let watcher = StoreWatcher(root: city)
watcherStart = seconds { watcher.start() }
report("watcher start (\(watcher.mode.rawValue))", milliseconds(watcherStart))
var noticeTimes: [Double] = []
for i in 0..<20 {
    let base = try writer.read(householdPath)!
    let ours = base.sets.map { set in
        RecordSet(descriptor: set.descriptor, records: set.records.map { set.type == "Household" ? $0.setting("Email", to: "x\(i)@example.org") : $0 })
    }
    _ = watcher.takeChanges()
    let start = DispatchTime.now().uptimeNanoseconds
    _ = try writer.save(householdPath, base: base, ours: ours)
    while !watcher.takeChanges().contains(where: { $0.hasPrefix("households/h-00042") }) { usleep(200) }
    noticeTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
watcher.stop()
report("external change noticed (save on disk → watcher reports it), 20 changes", summary(noticeTimes))
var reloadTimes: [Double] = []
for _ in 0..<50 {
    reloadTimes.append(seconds { state.reload([householdPath], size: size, now: now) })
}
report("reload one changed household into the open 10,000-household app, 50 times", summary(reloadTimes))

// 6. The coordinator's inbox at city scale: 300 open requests, each compared with all 10,000 households.
var inboxSnapshot = snapshot
let households = inboxSnapshot.dossiers.map(\.household)
inboxSnapshot.requests = ReportsBench.requests(households, now: now)
var inboxState = AppState(snapshot: inboxSnapshot, viewer: inboxSnapshot.workers.first { $0.role == .coordinator },
                          storeLabel: city, now: now)
@MainActor func inboxKeys(_ keys: [Key]) -> [Double] { keystrokes(keys, on: &inboxState) }
report("inbox: baseline, j in the caseload with 300 requests waiting, 500 keys",
       summary(inboxKeys(Array(repeating: .down, count: 500))))
var openTimes: [Double] = []
for _ in 0..<20 {
    openTimes += inboxKeys([.character("4")])
    _ = inboxKeys([.escape])
}
report("inbox: 4 opens it (300 requests, ordered by norm), 20 times", summary(openTimes))
_ = inboxKeys([.character("4")])
report("inbox: j through 300 requests, 299 keys", summary(inboxKeys(Array(repeating: .down, count: 299))))
_ = inboxKeys([.home])
var requestTimes: [Double] = []
var matchTimes: [Double] = []
var assignTimes: [Double] = []
for _ in 0..<20 {
    requestTimes += inboxKeys([.enter])      // the request in full, with the households it may be about
    matchTimes += inboxKeys([.character("k")])
    _ = inboxKeys([.escape])
    assignTimes += inboxKeys([.character("h")])
    _ = inboxKeys([.escape, .escape, .down])
}
report("inbox: Enter on a request (matched against 10,000 households)", summary(requestTimes))
report("inbox: k, the households it may be about", summary(matchTimes))
report("inbox: h, regisseurs ranked (120 workers, caseloads of 10,000)", summary(assignTimes))
_ = inboxKeys([.escape])

// 7. The sociale kaart at 500 resources: filtering, suggestions, the type-ahead; and a 5,000-row import.
_ = keystrokes([.escape, .escape, .character("3")])
report("sociale kaart: baseline, j through 500 resources, 200 keys", summary(keystrokes(Array(repeating: .down, count: 200))))
_ = keystrokes([.home, .character("/")])
report("sociale kaart: typing “buurt” as a filter, per key", summary(keystrokes("buurt".map { .character($0) })))
_ = keystrokes([.escape, .character("1"), .home, .enter])
var suggestTimes: [Double] = []
for _ in 0..<20 {
    suggestTimes += keystrokes([.character("V")])
    _ = keystrokes([.escape])
}
report("plan: V, what fits among 500 resources, 20 times", summary(suggestTimes))
_ = keystrokes([.character("A"), .tab])
report("action form: type-ahead “sport” over 500 resources, per key", summary(keystrokes("sport".map { .character($0) })))
_ = keystrokes([.ctrl("u"), .escape, .character("j")])

let sheetResources = (0..<5_000).map { i in
    Resource(id: String(format: "r-sheet-%05d", i), name: "Voorziening \(i)", organisation: "Organisatie \(i % 300)",
             kind: Resource.Kind.allCases[i % 5], category: "aanbod", domains: [LifeDomain.allCases[i % 13]],
             minimumAge: i % 7 == 0 ? 12 : nil, maximumAge: i % 7 == 0 ? 23 : nil, address: "Straat \(i), 9791 AB Ten Boer",
             area: i % 3 == 0 ? "Ten Boer" : "", phone: "050 \(3000000 + i)", hours: "ma–vr 9:00–17:00", costs: "gratis",
             route: .selfReferral, waitWeeks: i % 10, description: "Omschrijving van voorziening \(i); met een puntkomma.",
             checked: Day(year: 2026, month: 10, day: 1))
}
let words = ResourceSheet.Vocabulary.standard
var sheetBytes: [UInt8] = []
let exportTime = seconds { sheetBytes = CSV.spreadsheet(ResourceSheet.rows(sheetResources, words)) }
report("5,000-row sheet: baseline, export to CSV bytes", milliseconds(exportTime) + String(format: "  [%.1f MB]", Double(sheetBytes.count) / 1e6))
let importRoot = NSTemporaryDirectory() + "wijk-bench-import-" + String(getpid())
try? FileManager.default.removeItem(atPath: importRoot)
try StoreInit.create(at: importRoot, team: "Bench", coordinator: "Bench", initials: "BB")
let importWriter = StoreWriter(root: importRoot, workstation: "bench")
var parsed: ResourceSheet.Read?
let parseTime = try seconds { parsed = ResourceSheet.read(try CSVReader.read(sheetBytes), words, today: now.day) }
var planned: [ResourceImport.Step] = []
let planTime = try seconds {
    planned = try ResourceImport.plan(parsed!.rows, existing: [], writer: importWriter, force: false, today: now.day)
}
let applyTime = try seconds { try ResourceImport.apply(planned, writer: importWriter) }
report("5,000-row sheet: read and check every row", milliseconds(parseTime) + "  [\(parsed!.problems.count) problems]")
report("5,000-row sheet: plan against an empty store", milliseconds(planTime))
report("5,000-row sheet: write 5,000 files (fsync each)", milliseconds(applyTime)
       + String(format: "  [%.0f rows/s whole import]", 5000 / (parseTime + planTime + applyTime)))
let imported = try StoreReader.read(importRoot).resources
var again: [ResourceImport.Step] = []
let againTime = try seconds {
    again = try ResourceImport.plan(parsed!.rows, existing: imported, writer: importWriter, force: false, today: now.day)
}
report("5,000-row sheet: the same sheet again (all unchanged), plan", milliseconds(againTime)
       + "  [\(again.filter { $0.outcome == .unchanged }.count) unchanged]")
try? FileManager.default.removeItem(atPath: importRoot)

// 8. The team meeting on the city store: the agenda over 10,000 households, an item on screen, the next one.
let meetingRoot = NSTemporaryDirectory() + "wijk-bench-meeting-" + String(getpid())
try? FileManager.default.removeItem(atPath: meetingRoot)
try FileManager.default.createDirectory(atPath: meetingRoot + "/meetings", withIntermediateDirectories: true)
var meetingSnapshot = snapshot
meetingSnapshot.root = meetingRoot
var meetingState = AppState(snapshot: meetingSnapshot, viewer: meetingSnapshot.workers.first { $0.role == .coordinator },
                            storeLabel: meetingRoot, writer: StoreWriter(root: meetingRoot, workstation: "bench"), now: now)
@MainActor func meetingKeys(_ keys: [Key]) -> [Double] { keystrokes(keys, on: &meetingState) }
report("meeting: baseline, j in the caseload, 200 keys", summary(meetingKeys(Array(repeating: .down, count: 200))))
let agendaTime = meetingKeys([.character("M")])[0]
let agendaItems = StoreReader.read(.meetings, in: meetingRoot).meetings?.first?.items.count ?? 0
report("meeting: M proposes the agenda over 10,000 households (and saves it)", milliseconds(agendaTime) + "  [\(agendaItems) items]")
report("meeting: j on the agenda, 200 keys", summary(meetingKeys(Array(repeating: .down, count: 200))))
report("meeting: Enter on the first item (what the projector hides worked out)", summary(meetingKeys([.home, .enter])))
report("meeting: n to the next item, 100 keys", summary(meetingKeys(Array(repeating: .character("n"), count: 100))))
report("meeting: r, the item's details and back, 100 keys", summary(meetingKeys(Array(repeating: .character("r"), count: 100))))
_ = meetingKeys([.character("b")])
report("meeting: typing a decision, 60 keys", summary(meetingKeys("Besproken met de moeder en de school, 06-12345678. Volgende w".map { .character($0) })))
_ = meetingKeys([.escape, .character("j")])
try? FileManager.default.removeItem(atPath: meetingRoot)

// 9. The reports over the city store (with the inbox's 300 requests).
ReportsBench.run(inboxSnapshot, city: city, now: now)
// wijk merge looks for conflict copies: every folder listed, against this workstation's cache (left by the
// openings above and the writes since), each median of 5 in this process.
let listedAll = median((0..<5).map { _ in seconds { _ = StoreReader.conflictCopies(in: city) } })
var usedCache = true
let withCache = median((0..<5).map { _ in seconds {
    usedCache = usedCache && StoreCache.conflictCopies(root: city, version: ScaleBench.version) != nil
} })
report("conflict copies: baseline, every folder listed, median of 5", milliseconds(listedAll))
report("conflict copies: with the cache, changed folders listed, median of 5", milliseconds(withCache)
       + String(format: "  [%.2f× listing all%@]", withCache / listedAll, usedCache ? "" : "; NO CACHE USED"))
let wijkBinary = root + "/.build/release/wijk"
if FileManager.default.isExecutableFile(atPath: wijkBinary) {
    /// One run of `wijk arguments`, its output dropped.
    func wijk(_ arguments: [String]) -> Double {
        seconds {
            let task = Process()
            task.executableURL = URL(fileURLWithPath: wijkBinary)
            task.arguments = arguments
            task.standardOutput = FileHandle.nullDevice
            task.standardError = FileHandle.nullDevice
            try? task.run()
            task.waitUntilExit()
        }
    }
    // The check against its floor in the same minute, taken in turns: the disk's noise on this machine is larger
    // than the difference between them.
    let cat = "find '\(city)' -path '*/.wijk' -prune -o -type f -print0 | xargs -0 cat > /dev/null"
    var cats: [Double] = [], checks: [Double] = []
    for _ in 0..<3 {
        cats.append(Measure.shell(cat))
        checks.append(wijk(["check", city]))
    }
    report("city store: baseline, cat of every file, median of 3", milliseconds(median(cats)))
    report("city store: wijk check (every file read and validated), median of 3", milliseconds(median(checks))
           + String(format: "  [%.2f× cat]", median(checks) / median(cats)))
    for (label, arguments) in [("wijk audit --verify (the audit trail only)", ["audit", "--verify", city]),
                               ("wijk merge (the conflict copies only)", ["merge", city]),
                               ("wijk report zrm (read, audit, work out, print)", ["report", "zrm", city]),
                               ("wijk report budget --csv (read, audit, work out, write)", ["report", "budget", city, "--csv"]),
                               ("wijk report outcomes (read, audit, work out, print)", ["report", "outcomes", city]),
                               ("wijk report wijkbeeld --csv (read, audit, work out, write)", ["report", "wijkbeeld", city, "--csv"])] {
        report("city store: " + label + ", median of 3", milliseconds(median((0..<3).map { _ in wijk(arguments) })))
    }
}

report("peak memory (max RSS), the rest of the bench", String(format: "%.0f MB", Measure.peakMemoryMB()))
