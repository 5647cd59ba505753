import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes to the store made by other workstations, sync tools or editors, and says which paths changed.
///
/// On a local disk it uses inotify (changes arrive at once, no cost when
/// idle). On network shares, where inotify does not see other machines'
/// writes, and when inotify is unavailable or out of watches, it polls the
/// signatures (modification time, size, inode) of the store's folders and
/// of the files that change in place, every `interval` seconds. Every write
/// Wijkdesk and sync tools make renames a file into place, which changes the
/// folder's signature, so folders plus the few mutable files suffice.
public final class StoreWatcher: @unchecked Sendable {
    public enum Mode: String, Sendable { case inotify, polling }

    public let root: String
    public let interval: Double
    public private(set) var mode: Mode = .polling
    private let lock = NSLock()
    private var changes: Set<String> = []
    private var stopped = false
    private var thread: Thread?
    private var inotifyFD: Int32 = -1
    private var watches: [Int32: String] = [:]
    private var signatures: [String: FileSignature] = [:]

    private let allowInotify: Bool

    /// `polling: true` polls even where inotify would work (tests, and a setting for odd file systems).
    public init(root: String, interval: Double = 1.0, polling: Bool = false) {
        self.root = root
        self.interval = interval
        self.allowInotify = !polling
    }

    /// Starts watching on a background thread.
    public func start() {
        if allowInotify, !StoreWatcher.isNetworkFileSystem(root), startInotify() {
            mode = .inotify
        } else {
            mode = .polling
            signatures = scan()
        }
        let thread = Thread { [self] in self.run() }
        thread.name = "wijk-store-watcher"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// The paths (relative to the store) changed since the last call.
    public func takeChanges() -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        let taken = changes
        changes = []
        return taken
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func report(_ paths: some Sequence<String>) {
        lock.lock()
        changes.formUnion(paths)
        lock.unlock()
    }

    private func run() {
        while !isStopped {
            switch mode {
            case .inotify: readInotify()
            case .polling:
                Thread.sleep(forTimeInterval: interval)
                let now = scan()
                var changed: [String] = []
                for (path, signature) in now where signatures[path] != signature { changed.append(path) }
                for path in signatures.keys where now[path] == nil { changed.append(path) }
                signatures = now
                report(changed)
            }
        }
        if inotifyFD >= 0 { close(inotifyFD) }
    }

    // MARK: polling

    /// Signatures of every folder of the store and of the files that change in place.
    func scan() -> [String: FileSignature] {
        var result: [String: FileSignature] = [:]
        func add(_ relative: String) {
            if let signature = FileSystem.signature(relative.isEmpty ? root : root + "/" + relative) {
                result[relative] = signature
            }
        }
        add("")
        add(StoreLayout.infoFile)
        for folder in [StoreLayout.team, StoreLayout.resources, StoreLayout.requests, StoreLayout.presence] {
            add(folder)
            for name in FileSystem.list(root + "/" + folder) ?? [] where !name.hasPrefix(".") { add(folder + "/" + name) }
        }
        add(StoreLayout.households)
        for id in FileSystem.list(root + "/" + StoreLayout.households) ?? [] where !id.hasPrefix(".") {
            let dir = StoreLayout.households + "/" + id
            add(dir)
            for name in [StoreLayout.householdFile, StoreLayout.planFile, StoreLayout.budgetFile]
                + StoreLayout.householdFolders {
                add(dir + "/" + name)
            }
        }
        return result
    }

    // MARK: inotify

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
                                      | IN_DELETE_SELF | IN_ATTRIB)

    private func startInotify() -> Bool {
        inotifyFD = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard inotifyFD >= 0 else { return false }
        var ok = watch("")
        for folder in [StoreLayout.team, StoreLayout.resources, StoreLayout.requests, StoreLayout.presence,
                       StoreLayout.households] {
            ok = ok && (watch(folder) || !FileSystem.isDirectory(root + "/" + folder))
        }
        for id in FileSystem.list(root + "/" + StoreLayout.households) ?? [] where !id.hasPrefix(".") {
            ok = ok && watchHousehold(StoreLayout.households + "/" + id)
        }
        if !ok {
            close(inotifyFD)
            inotifyFD = -1
            watches = [:]
        }
        return ok
    }

    private func watch(_ relative: String) -> Bool {
        let wd = inotify_add_watch(inotifyFD, relative.isEmpty ? root : root + "/" + relative, StoreWatcher.mask)
        guard wd >= 0 else { return false }
        watches[wd] = relative
        return true
    }

    private func watchHousehold(_ dir: String) -> Bool {
        guard watch(dir) else { return !FileSystem.isDirectory(root + "/" + dir) }
        for sub in StoreLayout.householdFolders
        where FileSystem.isDirectory(root + "/" + dir + "/" + sub) {
            guard watch(dir + "/" + sub) else { return false }
        }
        return true
    }

    private func readInotify() {
        var pfd = pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, 500) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let n = buffer.withUnsafeMutableBytes { read(inotifyFD, $0.baseAddress, $0.count) }
        guard n > 0 else { return }
        var changed: [String] = []
        var offset = 0
        while offset + 16 <= n {
            let wd = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
            let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
            let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
            let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += 16 + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                changed.append("")  // events were lost: everything may have changed
                continue
            }
            guard let dir = watches[wd] else { continue }
            let path = dir.isEmpty ? name : (name.isEmpty ? dir : dir + "/" + name)
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                if dir == StoreLayout.households {
                    _ = watchHousehold(path)
                } else if dir.hasPrefix(StoreLayout.households + "/") || dir.isEmpty {
                    _ = watch(path)
                }
            }
            if mask & UInt32(IN_IGNORED) != 0 { watches[wd] = nil }
            changed.append(path)
        }
        report(changed)
    }

    /// Whether `path` is on NFS, SMB/CIFS, a FUSE mount or another file system where inotify misses
    /// remote changes; read from /proc/self/mountinfo (the mount with the longest matching mount point).
    static func isNetworkFileSystem(_ path: String) -> Bool {
        guard let real = realpath(path, nil) else { return true }
        let target = String(cString: real)
        free(real)
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        var best = ""
        var bestType = ""
        for line in table.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let left = halves[0].split(separator: " ")
            guard halves.count == 2, left.count > 4, let type = halves[1].split(separator: " ").first else { continue }
            let mountPoint = left[4].replacingOccurrences(of: "\\040", with: " ")
            let inside = target == mountPoint || target.hasPrefix(mountPoint == "/" ? "/" : mountPoint + "/")
            if inside && mountPoint.count >= best.count {
                best = mountPoint
                bestType = String(type)
            }
        }
        let network: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "davfs", "glusterfs"]
        return network.contains(bestType) || bestType.hasPrefix("fuse")
    }
}
