import Foundation
import WijkDomain
import WijkStore

/// A tool for the store's crash and concurrency tests: saves and appends in a loop through the real write path,
/// writing one acknowledgement line per save that returned, straight to a file (no buffering), so a test that
/// kills the process knows exactly which saves were acknowledged.
///
///     wijk-stress STORE HOUSEHOLD ACKFILE --workstation NAME --worker ID --field NAME [--shared NAME] [--rounds N] [--run K]
///
/// Each round sets `--field` to `RUN-ROUND` (`--run`) (and every third round `--shared` to `WORKSTATION-ROUND`), saves the
/// household file against the version it read, and appends a journal entry. Lines written to ACKFILE:
///     own FIELD VALUE                a save with this value returned
///     shared VALUE BASE              the shared field went from BASE to VALUE in a save that returned
///     conflict VALUE                 the shared field collided; the disk's value was kept, nothing lost silently
///     journal PATH                   this journal entry was created
/// Without --rounds it runs until killed.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
guard arguments.count >= 4, let workstation = option("--workstation"), let worker = option("--worker"),
      let field = option("--field") else {
    FileHandle.standardError.write(Data("usage: wijk-stress STORE HOUSEHOLD ACKFILE --workstation NAME --worker ID --field NAME [--shared NAME] [--rounds N]\n".utf8))
    exit(2)
}
let root = arguments[1]
let household = arguments[2]
let ackPath = arguments[3]
let shared = option("--shared")
let rounds = Int(option("--rounds") ?? "") ?? Int.max
/// Prefix of the values written, so runs after a kill never repeat a value.
let run = option("--run").map { $0 + "-" } ?? ""
let path = StoreLayout.households + "/" + household + "/" + StoreLayout.householdFile
let writer = StoreWriter(root: root, workstation: workstation)
let ack = open(ackPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
var random = SystemRandomNumberGenerator()

func acknowledge(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(ack, $0.baseAddress, $0.count) }
}

func set(_ sets: [RecordSet], _ changes: [(String, String)]) -> [RecordSet] {
    sets.map { set in
        guard set.type == "Household" else { return set }
        var set = set
        set.records[0] = set.records[0].setting(changes.map { ($0.0, Optional($0.1)) })
        return set
    }
}

var round = 0
while round < rounds {
    round += 1
    do {
        var base = try writer.read(path)!
        let baseShared = base.sets.first { $0.type == "Household" }?.records.first?[shared ?? ""] ?? "-"
        var changes = [(field, run + String(round))]
        let sharedValue = workstation + "-" + String(round)
        if let shared, round % 3 == 0 { changes.append((shared, sharedValue)) }
        var ours = set(base.sets, changes)
        var wroteShared = shared != nil && round % 3 == 0
        while true {
            let saved = FileVersion.Saved(time: Timestamp(seconds: Int64(Date().timeIntervalSince1970)),
                                          workstation: workstation, worker: worker)
            switch try writer.save(path, base: base, ours: ours, saved: saved) {
            case .saved:
                acknowledge("own \(field) \(run)\(round)")
                if wroteShared { acknowledge("shared \(sharedValue) \(baseShared)") }
            case .conflicts(let merged, let conflicts, let disk):
                // The shared field collided: keep what is on disk (as a person might), report it, save the rest.
                for conflict in conflicts { acknowledge("conflict \(conflict.ours ?? "-")") }
                ours = RecordMerge.resolve(merged, conflicts.map { ($0, $0.theirs) })
                base = disk!
                wroteShared = false
                continue
            }
            break
        }
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        let stamp = Stamp.make(at: now, worker: worker, workstation: workstation, using: &random)
        let entry = JournalEntry(id: stamp, date: now.day, kind: .note, author: worker,
                                 text: "Stresstest \(workstation) ronde \(round)")
        let journalPath = StoreLayout.households + "/" + household + "/" + StoreLayout.journal + "/" + stamp + ".rec"
        try writer.create(journalPath, [Schema.set("JournalEntry", [StoreEncoder.journalEntry(entry)])])
        acknowledge("journal \(journalPath)")
    } catch {
        FileHandle.standardError.write(Data("wijk-stress: \(error)\n".utf8))
        exit(1)
    }
}
