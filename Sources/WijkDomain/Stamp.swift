/// Names for files that only grow (journal entries, assessments, expenses): no two workstations can make the same one.
///
/// `20261123T101530Z-ab-ws2-k3x9m2qa`: UTC time of writing, the worker id
/// without `w-`, the workstation, and eight random base-32 characters. Eight, not four: one program writing
/// many entries in a second (an import, the stress tool) made two the same among a million tails.
public enum Stamp {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    public static func make(at time: Timestamp, worker: String, workstation: String,
                            using random: inout some RandomNumberGenerator) -> String {
        let who = worker.hasPrefix("w-") ? String(worker.dropFirst(2)) : worker
        let tail = String((0..<8).map { _ in alphabet[Int(random.next() % 32)] })
        return time.compact + "-" + safe(who) + "-" + safe(workstation) + "-" + tail
    }

    /// A workstation or worker name made safe for a file name: lower case
    /// letters, digits and `-`, at most 20 characters.
    public static func safe(_ name: String) -> String {
        let cleaned = name.lowercased().map { c -> Character in
            (c.isASCII && (c.isLetter || c.isNumber)) ? c : "-"
        }
        let trimmed = String(cleaned.prefix(20)).trimmingDashes
        return trimmed.isEmpty ? "x" : trimmed
    }
}

extension String {
    var trimmingDashes: String {
        var s = Substring(self)
        while s.first == "-" { s.removeFirst() }
        while s.last == "-" { s.removeLast() }
        return String(s)
    }
}
