import WijkDomain

/// One version of a store file as read from disk: its bytes, its records, its content hash and the version it came from.
///
/// Files that change (household, plan, budget…) end in a comment
/// `# wijk-parent: HASH` naming the version they were made from. Comments
/// are part of the recfile format, so the file stays valid; the chain of
/// parents lets two versions that a sync tool put side by side find their
/// common ancestor for a three-way merge.
public struct FileVersion: Sendable, Equatable {
    public static let parentPrefix = "# wijk-parent: "

    public var bytes: [UInt8]
    public var sets: [RecordSet]
    /// The first 16 hex characters of the SHA-256 of the content without the parent line.
    public var hash: String
    public var parent: String?

    /// Parses `bytes`; throws when they are not a valid recfile.
    public init(bytes: [UInt8]) throws(RecfileError) {
        self.bytes = bytes
        self.sets = try RecfileParser.parse(bytes: bytes)
        let (content, parent) = FileVersion.split(bytes)
        self.hash = FileVersion.hash(content)
        self.parent = parent
    }

    /// The bytes to write for `sets` made from the version with hash `parent`.
    public static func encode(_ sets: [RecordSet], parent: String?) -> [UInt8] {
        var text = RecfileWriter.format(Schema.current(sets))
        if let parent { text += (text.isEmpty ? "" : "\n") + parentPrefix + parent + "\n" }
        return Array(text.utf8)
    }

    static func hash(_ content: [UInt8]) -> String { String(SHA256.hex(content).prefix(16)) }

    /// The content without parent lines, and the parent named last.
    static func split(_ bytes: [UInt8]) -> ([UInt8], String?) {
        let prefix = Array(parentPrefix.utf8)
        var content: [UInt8] = []
        content.reserveCapacity(bytes.count)
        var parent: String?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            if line.starts(with: prefix) {
                parent = String(decoding: line.dropFirst(prefix.count), as: UTF8.self).trimmed
                // Also drop the blank line that separates the parent line from the records.
                if content.count >= 2, content[content.count - 1] == 0x0A, content[content.count - 2] == 0x0A {
                    content.removeLast()
                }
            } else {
                content += line
                if end < bytes.count { content.append(0x0A) }
            }
            start = end + 1
        }
        return (content, parent)
    }
}
