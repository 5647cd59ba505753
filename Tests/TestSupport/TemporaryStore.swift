import Foundation
import WijkStore

/// A store folder in the system's temporary directory, filled from a path → text table, removed afterwards.
public final class TemporaryStore {
    public let root: String

    public init(_ files: [String: String] = [:], info: Bool = true) throws {
        root = NSTemporaryDirectory() + "wijk-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if info { try write(StoreLayout.infoFile, TemporaryStore.info) }
        for (path, text) in files { try write(path, text) }
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    public func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public static let info = "%rec: Store\n\nFormat: 1\nTeam: Testteam\n"

    public static func household(_ id: String, name: String = "De Vries", extra: String = "",
                          members: String = "Id: m-1\nName: Anouk de Vries\nBorn: 1985-04-12\n") -> String {
        """
        %rec: Household
        %key: Id

        Id: \(id)
        Name: \(name)
        Street: Stationsweg 1
        Postcode: 9791 AB
        City: Ten Boer
        Regisseur: w-ab
        Status: active
        Start: 2026-01-05
        Evaluation: 2026-12-01
        \(extra)
        %rec: Member

        \(members)
        """
    }

    public static func journal(_ id: String, date: String = "2026-11-20", text: String = "Huisbezoek.",
                        extra: String = "") -> String {
        "%rec: JournalEntry\n\nId: \(id)\nDate: \(date)\nType: homevisit\nAuthor: w-ab\n\(extra)Text: \(text)\n"
    }
}
