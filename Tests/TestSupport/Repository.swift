import Foundation

/// Where the checkout is, so tests find the shipped `seeds/`, `Themes/` and sources wherever their own file sits.
public enum Repository {
    /// The package root, found from this file's path (`Tests/TestSupport/Repository.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `path` (relative to the package root) as an absolute path.
    public static func path(_ path: String) -> String { root + "/" + path }
}
