import Foundation
import WijkDomain

/// A copy a sync tool left beside a file after a conflict, and the file it belongs to.
///
/// Syncthing: `NAME.sync-conflict-20261123-101530-ABCDEFG.EXT`;
/// Nextcloud/ownCloud: `NAME (conflicted copy [USER ]2026-11-23 101530).EXT`
/// (older clients `NAME_conflict-20261123-101530.EXT`); Dropbox:
/// `NAME (USER's conflicted copy 2026-11-23).EXT`.
public struct ConflictCopy: Sendable, Equatable {
    /// The copy, relative to the store.
    public var path: String
    /// The file it is a version of, relative to the store.
    public var original: String

    public init?(path: String) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
        let name = String(path.split(separator: "/").last ?? "")
        guard let original = ConflictCopy.originalName(of: name) else { return nil }
        self.path = path
        self.original = folder + original
    }

    /// The name of the file a conflict copy named `name` belongs to, nil when it is no conflict copy.
    public static func originalName(of name: String) -> String? {
        let patterns = [
            #"^(.+)\.sync-conflict-[0-9]{8}-[0-9]{6}-[A-Za-z0-9]+(\.[^.]+)?$"#,
            #"^(.+) \([^()]*conflicted copy[^()]*\)(\.[^.]+)?$"#,
            #"^(.+)_conflict-[0-9]{8}-[0-9]{6}(\.[^.]+)?$"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) else { continue }
            let base = Range(match.range(at: 1), in: name).map { String(name[$0]) } ?? ""
            let ext = Range(match.range(at: 2), in: name).map { String(name[$0]) } ?? ""
            return base + ext
        }
        return nil
    }
}
