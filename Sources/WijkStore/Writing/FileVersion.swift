import WijkDomain

/// One version of a store file as read from disk: its bytes, its records, its content hash and the versions it
/// came from.
///
/// Files that change (household, plan, budget…) end in comment lines naming the versions they were made from,
/// so two versions a sync tool put side by side can find the version both started from for a three-way
/// merge, however many saves each side made apart and whichever workstation wrote them:
///
///     # wijk-parent: 3fa2c1d09e8b7a65 [9c0d…]      the version(s) it was made from; two for a merge
///     # wijk-ancestors: 1b2c… 77aa… …             up to 30 earlier ones, nearest first
///     # wijk-saved: 2026-12-08T10:15:00Z werkplek-1 w-ab   when, where and by whom
///
/// Comments are part of the recfile format, so the file stays valid. The content hash leaves these lines out:
/// the same records made on two workstations are the same version.
public struct FileVersion: Sendable, Equatable {
    public static let parentPrefix = "# wijk-parent: "
    public static let ancestorsPrefix = "# wijk-ancestors: "
    public static let savedPrefix = "# wijk-saved: "
    /// How many ancestors a file names beyond its parents: enough for a month of daily saves on each side
    /// apart; further back the history folder (`VersionHistory`) is asked.
    public static let ancestorLimit = 30

    /// When, where and by whom a version was saved.
    public struct Saved: Sendable, Equatable {
        public var time: Timestamp
        public var workstation: String
        /// The worker's id; empty when a command without a worker saved it (a merge, an import).
        public var worker: String

        public init(time: Timestamp, workstation: String, worker: String = "") {
            self.time = time
            self.workstation = workstation
            self.worker = worker
        }

        var line: String {
            FileVersion.savedPrefix + time.iso + " " + FileVersion.word(workstation)
                + (worker.isEmpty ? "" : " " + FileVersion.word(worker))
        }

        init?(line: String) {
            let words = line.split(separator: " ").map(String.init)
            guard let first = words.first, let time = Timestamp(iso: first), words.count >= 2 else { return nil }
            self.init(time: time, workstation: words[1], worker: words.count > 2 ? words[2] : "")
        }
    }

    public var bytes: [UInt8]
    public var sets: [RecordSet]
    /// The first 16 hex characters of the SHA-256 of the content without the trailer lines.
    public var hash: String
    /// The versions it was made from: one for a save, two for a merge, none for a new file.
    public var parents: [String]
    /// Earlier versions beyond the parents, nearest first (at most `ancestorLimit`).
    public var ancestors: [String]
    public var saved: Saved?

    /// The first parent: the version it was saved over.
    public var parent: String? { parents.first }

    /// Every version this one names as coming from, nearest first.
    public var lineage: [String] { parents + ancestors }

    /// Parses `bytes`; throws when they are not a valid recfile.
    public init(bytes: [UInt8]) throws(RecfileError) {
        self.bytes = bytes
        self.sets = try RecfileParser.parse(bytes: bytes)
        let trailer = FileVersion.split(bytes)
        self.hash = FileVersion.hash(trailer.content)
        self.parents = trailer.parents
        self.ancestors = trailer.ancestors.filter { !trailer.parents.contains($0) }
        self.saved = trailer.saved
    }

    /// The bytes to write for `sets` made from the version with hash `parent`.
    public static func encode(_ sets: [RecordSet], parent: String?) -> [UInt8] {
        encode(sets, parents: parent.map { [$0] } ?? [], ancestors: [], saved: nil)
    }

    /// The bytes to write for `sets` made from `parents` (nearest first), with their lineage and who saved it.
    public static func encode(_ sets: [RecordSet], from parents: [FileVersion], saved: Saved?) -> [UInt8] {
        let hashes = unique(parents.map(\.hash))
        var lineage: [String] = []
        // Interleaved, so a merge's ancestry keeps the nearest of both sides rather than all of one.
        let lists = parents.map(\.lineage)
        for i in 0..<(lists.map(\.count).max() ?? 0) {
            for list in lists where i < list.count { lineage.append(list[i]) }
        }
        let ancestors = Array(unique(lineage).filter { !hashes.contains($0) }.prefix(ancestorLimit))
        return encode(sets, parents: hashes, ancestors: ancestors, saved: saved)
    }

    static func encode(_ sets: [RecordSet], parents: [String], ancestors: [String], saved: Saved?) -> [UInt8] {
        var text = RecfileWriter.format(Schema.current(sets))
        var trailer: [String] = []
        if !parents.isEmpty { trailer.append(parentPrefix + parents.joined(separator: " ")) }
        if !ancestors.isEmpty { trailer.append(ancestorsPrefix + ancestors.joined(separator: " ")) }
        if let saved { trailer.append(saved.line) }
        if !trailer.isEmpty { text += (text.isEmpty ? "" : "\n") + trailer.joined(separator: "\n") + "\n" }
        return Array(text.utf8)
    }

    static func hash(_ content: [UInt8]) -> String { String(SHA256.hex(content).prefix(16)) }

    /// A name as one word of a trailer line.
    static func word(_ text: String) -> String {
        let word = String(text.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init))
        return word.isEmpty ? "-" : word
    }

    private static func unique(_ hashes: [String]) -> [String] {
        var seen = Set<String>()
        return hashes.filter { seen.insert($0).inserted }
    }

    /// A file's content without its trailer lines, and what those lines say.
    struct Trailer {
        var content: [UInt8] = []
        var parents: [String] = []
        var ancestors: [String] = []
        var saved: Saved?
    }

    static func split(_ bytes: [UInt8]) -> Trailer {
        let prefixes = [parentPrefix, ancestorsPrefix, savedPrefix].map { Array($0.utf8) }
        var trailer = Trailer()
        trailer.content.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            if let kind = prefixes.firstIndex(where: { line.starts(with: $0) }) {
                let value = String(decoding: line.dropFirst(prefixes[kind].count), as: UTF8.self)
                let words = value.split(separator: " ").map(String.init).filter { $0.allSatisfy(\.isHexDigit) && !$0.isEmpty }
                switch kind {
                case 0: trailer.parents = words
                case 1: trailer.ancestors = words
                default: trailer.saved = Saved(line: value.trimmed)
                }
                // Also drop the blank line that separates the trailer from the records.
                if trailer.content.count >= 2, trailer.content[trailer.content.count - 1] == 0x0A,
                   trailer.content[trailer.content.count - 2] == 0x0A {
                    trailer.content.removeLast()
                }
            } else {
                trailer.content += line
                if end < bytes.count { trailer.content.append(0x0A) }
            }
            start = end + 1
        }
        return trailer
    }
}
