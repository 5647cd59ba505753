/// A file that leaves the store (an export a person asked for with `-o`): written whole or not at all.
public enum ExportFile {
    /// Replaces or creates `path` atomically (a temporary file, flushed, renamed), owner-only.
    public static func write(_ path: String, bytes: [UInt8]) throws(StoreWriteError) {
        do throws(FileError) {
            try FileSystem.replaceAtomically(path, bytes: bytes)
        } catch {
            throw .io(path: path, reason: error.message)
        }
    }
}
