import Foundation
import Testing
import TestSupport
import WijkDomain
@testable import WijkUI

@Suite("The string table: every text in Dutch and English")
struct StringTableTests {
    /// Every `Text("…", "…")` written in the WijkUI sources, with the file and line it stands on.
    static let texts: [(place: String, nl: String, en: String)] = {
        let folder = Repository.path("Sources/WijkUI")
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }.sorted() ?? []
        return files.flatMap { file -> [(String, String, String)] in
            let source = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
            return TextLiterals.find(in: source).map { (file + ":" + String($0.line), $0.nl, $0.en) }
        }
    }()

    @Test("Arguments fill {1}, {2} … in one pass: braces in an argument are shown as they are")
    func argumentsFillIn() {
        let nl = Strings(.nl), en = Strings(.en)
        let text = Text("{2} na {1}, weer {1} {3} {x} {", "{1} then {2}")
        #expect(nl(text, "Jansen", "De Vries") == "De Vries na Jansen, weer Jansen {3} {x} {")
        #expect(en(text, "A", "B") == "A then B")
        #expect(nl(text) == "{2} na {1}, weer {1} {3} {x} {")
        // A name from the store with a placeholder in it is data, not part of the template.
        #expect(nl(.householdsFiltered, "{2}", "120") == "{2} van 120")
    }

    @Test("The sources hold the whole table, spread over the screens' folders")
    func tableIsFound() {
        #expect(Self.texts.count > 250)
        let folders = Set(Self.texts.map { $0.place.split(separator: "/").first.map(String.init) ?? "" })
        #expect(folders.isSuperset(of: ["App", "Caseload", "Plan", "Resources", "Team", "Session", "Forms", "Strings"]))
    }

    @Test("No text is missing in either language, and both fill in the same {1}, {2} …")
    func bothLanguages() {
        for text in Self.texts {
            #expect(!text.nl.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no Dutch at \(text.place)")
            #expect(!text.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no English at \(text.place)")
            #expect(TextLiterals.placeholders(text.nl) == TextLiterals.placeholders(text.en),
                    "different placeholders at \(text.place)")
        }
    }

    @Test("Texts chosen by a value have both languages for every value")
    func everyValue() {
        var all: [Text] = LifeDomain.allCases.map(Text.domain) + ZRMScore.allCases.map(Text.score)
        all += Household.Status.allCases.map(Text.householdStatus) + Signal.allCases.map(Text.signal)
        all += Signal.allCases.map(Text.signalLetter) + JournalEntry.Kind.allCases.map(Text.journalKind)
        all += Goal.Status.allCases.map(Text.goalStatus) + Action.Status.allCases.map(Text.actionStatus)
        all += Worker.Role.allCases.map(Text.role) + Household.Contact.allCases.map(Text.contact)
        all += Household.CloseReason.allCases.map(Text.closeReason) + Expense.Kind.allCases.map(Text.expenseKind)
        all += (1...7).map(Text.weekday)
        for text in all {
            #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(text)")
        }
        #expect(Strings(.en)(.domain(.finances)) == "Finances")
        #expect(Strings(.nl)(.saveFailed, "schijf vol") == "Niet opgeslagen: schijf vol")
    }
}

/// Reads `Text(…, …)` calls out of Swift source: string literals (plain, multi-line, joined with `+`).
enum TextLiterals {
    struct Found {
        var line: Int
        var nl: String
        var en: String
    }

    static func find(in source: String) -> [Found] {
        let chars = Array(source)
        var found: [Found] = []
        var i = 0
        while i < chars.count {
            guard matches(chars, i, "Text(\"") || matches(chars, i, "Text(\n") else { i += 1; continue }
            let line = chars[..<i].filter { $0 == "\n" }.count + 1
            var j = i + 5
            guard let nl = expression(chars, &j), skip(chars, &j, ","), let en = expression(chars, &j) else {
                i += 5
                continue
            }
            found.append(Found(line: line, nl: nl, en: en))
            i = j
        }
        return found
    }

    /// The `{1}`, `{2}` … in a text, and how many `\(…)` it fills in from code.
    static func placeholders(_ text: String) -> [String] {
        var result: [String] = []
        for n in 1...9 where text.contains("{\(n)}") { result.append("{\(n)}") }
        result.append("interpolations: \(text.components(separatedBy: "\\(").count - 1)")
        return result
    }

    private static func matches(_ chars: [Character], _ i: Int, _ word: String) -> Bool {
        let w = Array(word)
        return i + w.count <= chars.count && Array(chars[i..<(i + w.count)]) == w
    }

    private static func skipSpace(_ chars: [Character], _ j: inout Int) {
        while j < chars.count, chars[j].isWhitespace { j += 1 }
    }

    private static func skip(_ chars: [Character], _ j: inout Int, _ c: Character) -> Bool {
        skipSpace(chars, &j)
        guard j < chars.count, chars[j] == c else { return false }
        j += 1
        return true
    }

    /// String literals joined by `+`; nil when the argument is not made of literals only.
    private static func expression(_ chars: [Character], _ j: inout Int) -> String? {
        var text = ""
        repeat {
            skipSpace(chars, &j)
            guard let part = literal(chars, &j) else { return nil }
            text += part
            skipSpace(chars, &j)
        } while skip(chars, &j, "+")
        return text
    }

    private static func literal(_ chars: [Character], _ j: inout Int) -> String? {
        if matches(chars, j, "\"\"\"") {
            j += 3
            var text = ""
            while j < chars.count, !matches(chars, j, "\"\"\"") { text.append(chars[j]); j += 1 }
            j += 3
            return text
        }
        guard j < chars.count, chars[j] == "\"" else { return nil }
        j += 1
        var text = ""
        while j < chars.count, chars[j] != "\"" {
            if chars[j] == "\\", j + 1 < chars.count {
                text.append(chars[j])
                j += 1
            }
            text.append(chars[j])
            j += 1
        }
        j += 1
        return text
    }
}
