import WijkDomain

/// The files in a store that hold one household's data: its folder, its help requests and the conflict copies
/// of them kept in the archive. What an export copies and a purge removes.
public enum HouseholdFiles {
    /// Store-relative paths of every file under `households/ID/`, sorted.
    public static func folder(root: String, household id: String) -> [String] {
        files(root: root, under: StoreLayout.households + "/" + id)
    }

    /// Store-relative paths of the files in `requests/` whose help request is linked to household `id`.
    public static func requests(root: String, household id: String) -> [String] {
        let folder = StoreLayout.requests
        let names = (FileSystem.list(root + "/" + folder) ?? []).filter { !StoreLayout.isIgnored($0) }.sorted()
        return names.map { folder + "/" + $0 }.filter { path in
            guard let bytes = try? FileSystem.read(root + "/" + path, limit: RecfileParser.maxFileBytes),
                  let sets = try? RecfileParser.parse(bytes: bytes) else { return false }
            return sets.filter { $0.type == "HelpRequest" || $0.type == nil }.flatMap(\.records)
                .contains { $0["Household"]?.trimmed == id }
        }
    }

    /// Store-relative paths of the conflict copies of the household's files and requests that a merge moved to
    /// `archive/conflicts/DAY/WORKSTATION/`, where they keep their store path.
    public static func archived(root: String, household id: String, requests: [String]) -> [String] {
        let base = StoreLayout.archive + "/conflicts"
        let folder = StoreLayout.households + "/" + id
        let requestNames = Set(requests.map { FileSystem.name(of: $0) })
        var found: [String] = []
        for day in (FileSystem.list(root + "/" + base) ?? []).sorted() {
            for station in (FileSystem.list(root + "/" + base + "/" + day) ?? []).sorted() {
                let here = base + "/" + day + "/" + station
                found += files(root: root, under: here + "/" + folder)
                found += files(root: root, under: here + "/" + StoreLayout.requests).filter { path in
                    requestNames.contains { FileSystem.name(of: path).hasPrefix(String($0.dropLast(4))) }
                }
            }
        }
        return found
    }

    /// Every regular file under `folder` (store-relative), hidden ones too, sorted.
    static func files(root: String, under folder: String) -> [String] {
        guard let names = FileSystem.list(root + "/" + folder) else { return [] }
        return names.sorted().flatMap { name -> [String] in
            let path = folder + "/" + name
            return FileSystem.isDirectory(root + "/" + path) ? files(root: root, under: path) : [path]
        }
    }
}
