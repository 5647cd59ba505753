import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// One household, one plan from the command line: `wijk check` naming households that may be one, `wijk
/// intake` naming the known ones, `wijk households merge` making two one.
@Suite("One household, one plan on the command line")
struct HouseholdsCommandTests {
    func demoCopy() throws -> String {
        let store = try Binary.temporaryFolder() + "/store"
        try FileManager.default.copyItem(atPath: Repository.path("seeds"), toPath: store)
        return store
    }

    /// h-0002 copied as h-0099, as a second intake of the same family would make it.
    func withCopy(keepingBSN: Bool) throws -> String {
        let store = try demoCopy()
        var text = try String(contentsOfFile: store + "/households/h-0002/household.rec", encoding: .utf8)
            .replacingOccurrences(of: "Id: h-0002", with: "Id: h-0099")
        if !keepingBSN { text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("BSN:") }.joined(separator: "\n") + "\n" }
        try FileManager.default.createDirectory(atPath: store + "/households/h-0099", withIntermediateDirectories: true)
        try text.write(toFile: store + "/households/h-0099/household.rec", atomically: true, encoding: .utf8)
        return store
    }

    @Test("wijk check names a copied household and the original by id: a shared BSN fails, a shared address warns")
    func checkNamesDuplicates() throws {
        let store = try withCopy(keepingBSN: true)
        let result = try Binary.run(Binary.wijk, ["check", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains(store + "/households/h-0002/household.rec:1: BSN: ")
                || result.stdout.contains(store + "/households/h-0002/household.rec:1: een gezinslid met dit BSN staat ook in h-0099"),
                "\(result.stdout)")
        #expect(result.stdout.contains("h-0099/household.rec:1: waarschuwing: zelfde adres als h-0002"))
        #expect(result.stdout.contains("h-0002/household.rec:1: waarschuwing: zelfde adres als h-0099"))

        let addressOnly = try withCopy(keepingBSN: false)
        let warned = try Binary.run(Binary.wijk, ["check", addressOnly, "--lang", "en"])
        #expect(warned.status == 0, "warnings do not fail a check: \(warned.stdout)")
        #expect(warned.stdout.contains("h-0099/household.rec:1: warning: same address as h-0002"))
        #expect(warned.stderr.contains("2 warnings"))
    }

    @Test("wijk intake names the known household for a sound-alike at the address written another way, and not for a near miss")
    func intakeNamesKnown() throws {
        let store = try demoCopy()
        let known = try Binary.run(Binary.wijk, ["intake", store, "--name", "Fam. Al Hasan", "--street", "Zwanenstraat 11-A",
                                                 "--postcode", "9791vm", "--question", "Hulp bij formulieren.", "--by", "w-ab"])
        #expect(known.status == 0, "\(known.stderr)")
        #expect(known.stdout.contains("Mogelijk al bekend: h-0022 KW actief (zelfde adres, zelfde naam)"), "\(known.stdout)")
        let miss = try Binary.run(Binary.wijk, ["intake", store, "--name", "Fam. Hassink", "--street", "Zwanenstraat 13",
                                                "--postcode", "9791 VM", "--question", "Hulp bij formulieren.", "--by", "w-ab"])
        #expect(miss.status == 0, "\(miss.stderr)")
        #expect(!miss.stdout.contains("Mogelijk al bekend"), "\(miss.stdout)")
    }

    @Test("wijk households merge moves everything, leaves check clean, and the inzage of the one kept holds both")
    func mergeFromTheCommandLine() throws {
        let store = try demoCopy()
        let before = try StoreReader.read(store)
        let other = try #require(before.dossiers.first { $0.id == "h-0010" })
        let refused = try Binary.run(Binary.wijk, ["households", "merge", store, "h-0039", "h-0010", "--as", "w-ev",
                                                   "--reason", "Dubbel", "--pin-stdin"], input: "3333\n")
        #expect(refused.status == 1 && refused.stderr.contains("geen coördinator"), "\(refused.stderr)")
        let wrongPin = try Binary.run(Binary.wijk, ["households", "merge", store, "h-0039", "h-0010", "--as", "w-ab",
                                                    "--reason", "Dubbel", "--pin-stdin"], input: "9999\n")
        #expect(wrongPin.status == 1)
        #expect(try StoreReader.read(store).dossiers.map(\.household) == before.dossiers.map(\.household))

        let result = try Binary.run(Binary.wijk, ["households", "merge", store, "h-0039", "h-0010", "--as", "w-ab",
                                                  "--reason", "Zelfde gezin, twee keer aangemeld", "--pin-stdin"],
                                    input: "1111\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("h-0010 samengevoegd met h-0039: "), "\(result.stdout)")
        let check = try Binary.run(Binary.wijk, ["check", store])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])

        let out = try Binary.temporaryFolder() + "/inzage"
        let export = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-0039", "-o", out])
        #expect(export.status == 0, "\(export.stderr)")
        let report = try String(contentsOfFile: out + "/inzage.md", encoding: .utf8)
        let kept = try #require(before.dossiers.first { $0.id == "h-0039" })
        for entry in kept.journal + other.journal {
            let firstLine = String(entry.text.split(separator: "\n").first ?? "")
            #expect(report.contains(firstLine), "journal entry \(entry.id) missing")
        }
        for member in kept.members + other.members { #expect(report.contains(member.name)) }
        for goal in kept.goals + other.goals { #expect(report.contains(goal.text)) }
        #expect(report.contains("Zelfde gezin, twee keer aangemeld"))

        let audit = try Binary.run(Binary.wijk, ["audit", store, "--household", "h-0010"])
        #expect(audit.stdout.contains("move"), "\(audit.stdout)")
        let again = try Binary.run(Binary.wijk, ["households", "merge", store, "h-0002", "h-0010", "--as", "w-ab",
                                                 "--reason", "x", "--pin-stdin"], input: "1111\n")
        #expect(again.status == 1 && again.stderr.contains("h-0010 is al samengevoegd"), "\(again.stderr)")
    }
}
