import Foundation
import WijkDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the private copy of the shipped demo store that `wijk demo` opens, so the shipped files never change.
public enum DemoStore {
    /// What `prepare` did.
    public enum Outcome: Sendable, Equatable {
        case created, reused
    }

    /// Why the demo copy could not be made.
    public enum Failure: Error, Sendable, Equatable {
        /// The seeds folder is not a store.
        case seedsMissing(path: String)
        /// The target exists, is not empty and is not a store: never written over.
        case targetNotAStore(path: String)
        case io(path: String, reason: String)
    }

    /// Copies the store at `seeds` to `target` unless `target` already is a
    /// store (then it is reused as it is). The copy is made next to the
    /// target under a temporary name and renamed into place, so an
    /// interrupted copy is never mistaken for a demo store. Folders are
    /// created 0700 and files 0600.
    ///
    /// The demo was written around one day (`DemoDate` in its `wijkdesk.rec`);
    /// with `today` every date and time stamp in the copy, file names
    /// included, moves by the same number of days, so evaluations, overdue
    /// actions and "no contact for 30 days" mean the same on any day.
    public static func prepare(seeds: String, target: String, today: Day? = nil) throws(Failure) -> Outcome {
        if FileSystem.exists(target + "/" + StoreLayout.infoFile) { return .reused }
        guard FileSystem.exists(seeds + "/" + StoreLayout.infoFile) else { throw .seedsMissing(path: seeds) }
        if FileSystem.exists(target) {
            guard FileSystem.isDirectory(target), (FileSystem.list(target) ?? ["?"]).isEmpty else {
                throw .targetNotAStore(path: target)
            }
        }
        try makeParents(of: target)
        let temporary = target + ".making-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        do throws(Failure) {
            try copyTree(seeds, to: temporary, shift: shiftDays(seeds: seeds, today: today))
            try giveOwnId(temporary)
            if FileSystem.exists(target) { _ = rmdir(target) }  // an empty folder the user made
            do { try FileSystem.rename(temporary, to: target) } catch {
                throw .io(path: target, reason: error.message)
            }
        } catch {
            FileSystem.removeTree(temporary)
            throw error
        }
        return .created
    }

    /// Every copy is a store of its own: a fresh `StoreId` anchors its audit trail.
    private static func giveOwnId(_ root: String) throws(Failure) {
        let path = root + "/" + StoreLayout.infoFile
        do throws(FileError) {
            let bytes = try FileSystem.read(path, limit: 65_536)
            guard let sets = try? RecfileParser.parse(bytes: bytes) else { return }
            let updated = sets.updating("Store") { $0.setting("StoreId", to: AuditLog.newStoreId()) }
            try FileSystem.replaceAtomically(path, bytes: Array(RecfileWriter.format(updated).utf8))
        } catch {
            throw .io(path: path, reason: error.message)
        }
    }

    /// Days from the demo's own day to `today` (0 without either).
    static func shiftDays(seeds: String, today: Day?) -> Int {
        guard let today, let bytes = try? FileSystem.read(seeds + "/" + StoreLayout.infoFile, limit: 65_536),
              let record = (try? RecfileParser.parse(bytes: bytes))?.first?.records.first,
              let demoDay = record["DemoDate"].flatMap({ Day(iso: $0.trimmed) }) else { return 0 }
        return demoDay.days(until: today)
    }

    /// `text` with every ISO date (`2026-11-23`) and compact stamp date (`20261123T…Z`) `days` later.
    static func shifted(_ text: String, days: Int) -> String {
        guard days != 0 else { return text }
        let chars = Array(text.utf8)
        var i = 0
        func digits(_ from: Int, _ count: Int) -> Bool {
            from + count <= chars.count && chars[from..<from + count].allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        func boundary(_ at: Int) -> Bool { at < 0 || at >= chars.count || !(chars[at] >= 48 && chars[at] <= 57) }
        var out: [UInt8] = []
        while i < chars.count {
            // yyyy-mm-dd
            if boundary(i - 1), digits(i, 4), i + 10 <= chars.count, chars[i + 4] == 45, digits(i + 5, 2),
               chars[i + 7] == 45, digits(i + 8, 2), boundary(i + 10),
               let day = Day(iso: String(decoding: chars[i..<i + 10], as: UTF8.self)) {
                out += Array(day.adding(days: days).iso.utf8)
                i += 10
                continue
            }
            // yyyymmddThhmmssZ
            if boundary(i - 1), digits(i, 8), i + 16 <= chars.count, chars[i + 8] == 84, digits(i + 9, 6),
               chars[i + 15] == 90 {
                let d = String(decoding: chars[i..<i + 8], as: UTF8.self)
                let iso = d.prefix(4) + "-" + d.dropFirst(4).prefix(2) + "-" + d.suffix(2)
                if let day = Day(iso: iso) {
                    out += Array(day.adding(days: days).iso.replacingOccurrences(of: "-", with: "").utf8)
                    i += 8
                    continue
                }
            }
            out.append(chars[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func copyTree(_ source: String, to destination: String, shift: Int) throws(Failure) {
        do {
            try FileSystem.makeDirectory(destination)
        } catch {
            throw .io(path: destination, reason: error.message)
        }
        for name in (FileSystem.list(source) ?? []).sorted() where !name.hasPrefix(".") {
            let from = source + "/" + name
            let to = destination + "/" + shifted(name, days: shift)
            if FileSystem.isDirectory(from) {
                try copyTree(from, to: to, shift: shift)
            } else {
                do {
                    var bytes = try FileSystem.read(from, limit: RecfileParser.maxFileBytes)
                    if shift != 0 { bytes = Array(shifted(String(decoding: bytes, as: UTF8.self), days: shift).utf8) }
                    try FileSystem.createFile(to, bytes: bytes)
                } catch {
                    throw .io(path: to, reason: error.message)
                }
            }
        }
    }

    private static func makeParents(of path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        let parts = path.split(separator: "/").dropLast()
        for part in parts {
            prefix += "/" + part
            if !FileSystem.exists(prefix) {
                do { try FileSystem.makeDirectory(prefix) } catch { throw .io(path: prefix, reason: error.message) }
            }
        }
    }
}
