import Foundation
import Testing
import TestSupport
@testable import WijkUI

@Suite("Themes from plain-text files")
struct ThemeTests {
    static let themesFolder = Repository.path("Themes")
    @Test("Every shipped theme parses and styles every element", arguments: ["default", "monochrome", "high-contrast", "colorblind"])
    func shippedThemes(name: String) throws {
        let text = try String(contentsOfFile: Self.themesFolder + "/" + name + ".theme", encoding: .utf8)
        let theme = try Theme.parse(text, name: name)
        #expect(theme.spec(for: .selected).attributes.contains(.reverse))
    }

    @Test("The monochrome file matches the built-in fallback used for NO_COLOR")
    func monochromeMatchesBuiltIn() throws {
        let text = try String(contentsOfFile: Self.themesFolder + "/monochrome.theme", encoding: .utf8)
        let parsed = try Theme.parse(text, name: "monochrome")
        for style in Style.allCases {
            #expect(parsed.spec(for: style) == Theme.monochrome.spec(for: style), "style \(style)")
        }
    }

    @Test("Attributes, colours and backgrounds are read; mistakes name their line")
    func parsing() throws {
        let theme = try Theme.parse("# c\nwarning = bold bright-yellow on 236\n\nselected = blue\n", name: "t")
        #expect(theme.spec(for: .warning) == StyleSpec(foreground: .index(11), background: .index(236), attributes: [.bold]))
        #expect(theme.spec(for: .selected).attributes == [.reverse])
        #expect(throws: ThemeError(line: 2, kind: .unknownWord("purple"))) {
            try Theme.parse("normal = default\nwarning = purple\n", name: "t")
        }
        #expect(throws: ThemeError(line: 1, kind: .unknownStyle("fancy"))) { try Theme.parse("fancy = red", name: "t") }
        #expect(throws: ThemeError(line: 1, kind: .expectedAssignment)) { try Theme.parse("warning red", name: "t") }
    }

    @Test("On 8-colour terminals bright colours become bold basic ones and 256 colours the nearest basic one")
    func downgrade() {
        #expect(ThemeColor.index(11).downgraded(toColors: 8) == (.index(3), true))
        #expect(ThemeColor.index(208).downgraded(toColors: 8).color == .index(3))
        #expect(ThemeColor.index(25).downgraded(toColors: 8).color == .index(4))
        #expect(ThemeColor.index(208).downgraded(toColors: 256) == (.index(208), false))
        #expect(ThemeColor.terminalDefault.downgraded(toColors: 8) == (.terminalDefault, false))
    }
}
