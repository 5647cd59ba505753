import WijkDomain
import WijkStore

extension ResourceSheet.Vocabulary {
    /// The words the screens use, Dutch first (written on export), English too (read on import).
    public static let standard = ResourceSheet.Vocabulary(
        kinds: words(Resource.Kind.allCases) { [Text.resourceKind($0), Text.resourceKindShort($0)] },
        routes: words(Resource.Route.allCases) { [Text.resourceRoute($0)] },
        domains: words(LifeDomain.allCases) { [Text.domain($0)] })

    private static func words<C: Hashable>(_ cases: [C], _ texts: (C) -> [Text]) -> [C: [String]] {
        Dictionary(uniqueKeysWithValues: cases.map { c in (c, texts(c).map(\.nl) + texts(c).map(\.en)) })
    }
}
