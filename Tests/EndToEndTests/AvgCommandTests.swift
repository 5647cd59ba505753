import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk avg export` and `wijk retention` on a copy of the demo store, as a privacy officer would use them.
@Suite("The AVG: inzage and retention from the command line")
struct AvgCommandTests {
    /// A private copy of the shipped demo store.
    func demoCopy() throws -> String {
        let store = try Binary.temporaryFolder() + "/store"
        try FileManager.default.copyItem(atPath: Repository.path("seeds"), toPath: store)
        return store
    }

    /// Every file under `folder`, relative to it.
    func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test("An inzage of one demo household holds each of its journal texts, and nothing of any other household")
    func exportOneHousehold() throws {
        let store = try demoCopy()
        let out = try Binary.temporaryFolder() + "/inzage"
        let result = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-0002", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Inzage geschreven in " + out))
        let snapshot = try StoreReader.read(store)
        let mine = try #require(snapshot.dossiers.first { $0.id == "h-0002" })
        let report = try String(contentsOfFile: out + "/inzage.md", encoding: .utf8)
        for entry in mine.journal {
            let firstLine = String(entry.text.split(separator: "\n").first ?? "")
            #expect(report.contains(firstLine), "journal entry \(entry.id) missing")
        }
        for member in mine.members { #expect(report.contains(member.name)) }
        #expect(report.contains("| export | avg:h-0002 |"), "the export itself is in the audit section")

        let exported = files(under: out)
        #expect(exported.contains("bestanden/households/h-0002/household.rec"))
        #expect(exported.contains("bestanden/households/h-0002/plan.rec"))
        let texts = try exported.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }
        for other in snapshot.dossiers where other.id != "h-0002" {
            let h = other.household
            let marks = [other.id, h.street] + (h.phone.isEmpty ? [] : [h.phone])
            for text in texts {
                for mark in marks { #expect(!text.contains(mark), "\(other.id): \(mark) in the export") }
            }
        }
        for request in snapshot.requests where request.household != "h-0002" {
            for text in texts { #expect(!text.contains(request.question.prefix(40))) }
        }
        for path in exported { #expect(try mode(out + "/" + path) == 0o600, "\(path)") }
        #expect(try mode(out) == 0o700)
        #expect(try mode(out + "/bestanden/households/h-0002") == 0o700)

        let again = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-0002", "-o", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains(out) && again.stderr.contains("niet leeg"))
    }

    @Test("A household's linked help request is in its inzage, file and all")
    func exportWithRequest() throws {
        let store = try demoCopy()
        let snapshot = try StoreReader.read(store)
        let request = try #require(snapshot.requests.first { $0.household != nil })
        let id = try #require(request.household)
        let out = try Binary.temporaryFolder() + "/inzage"
        let result = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", id, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOfFile: out + "/inzage.md", encoding: .utf8)
        #expect(report.contains(String(request.question.split(separator: "\n").first ?? "")))
        #expect(files(under: out).contains("bestanden/requests/" + request.id + ".rec"))
        let others = snapshot.requests.filter { $0.household != id }.map(\.id)
        for path in files(under: out) { for other in others { #expect(!path.contains(other)) } }
    }

    @Test("One member's inzage holds that member, not the others, and not the household's shared files")
    func exportOneMember() throws {
        let store = try demoCopy()
        let out = try Binary.temporaryFolder() + "/lid"
        let result = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-0002", "--member", "m-3",
                                                  "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let dossier = try #require(try StoreReader.read(store).dossiers.first { $0.id == "h-0002" })
        let report = try String(contentsOfFile: out + "/inzage.md", encoding: .utf8)
        let member = try #require(dossier.members.first { $0.id == "m-3" })
        #expect(report.contains(member.name))
        for other in dossier.members where other.id != "m-3" {
            #expect(!report.contains(other.name), "\(other.name) in m-3's inzage")
            if !other.bsn.isEmpty { #expect(!report.contains(other.bsn)) }
        }
        #expect(!files(under: out).contains("bestanden/households/h-0002/household.rec"))
    }

    @Test("An unknown household or member is named, exit 1, and nothing is written")
    func unknownIds() throws {
        let store = try demoCopy()
        let out = try Binary.temporaryFolder() + "/niets"
        let household = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-9999", "-o", out])
        #expect(household.status == 1)
        #expect(household.stderr.contains("h-9999"))
        let member = try Binary.run(Binary.wijk, ["avg", "export", store, "--household", "h-0001", "--member", "m-9",
                                                  "-o", out])
        #expect(member.status == 1)
        #expect(member.stderr.contains("m-9"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let missing = try Binary.run(Binary.wijk, ["avg", "export", store])
        #expect(missing.status == 2 && missing.stderr.contains("--household"))
    }

    /// The demo copy with `h-0030` closed long enough ago to be past its 15 years.
    func storeWithOneDue() throws -> String {
        let store = try demoCopy()
        let path = store + "/households/h-0030/household.rec"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Status: closed\n", with: "Status: closed\nClosed: 2009-03-01\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return store
    }

    @Test("wijk retention lists the household past its end date by id, law and end date, never by name")
    func listDue() throws {
        let store = try storeWithOneDue()
        let result = try Binary.run(Binary.wijk, ["retention", store])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Huishouden  Afgesloten  Wet") == true)
        #expect(lines.contains { $0.hasPrefix("h-0030") && $0.contains("01-03-2009") && $0.contains("01-03-2024") })
        #expect(lines.count == 3, "one household: the header, one row, the summary")
        #expect(!result.stdout.contains("Visser"))
    }

    @Test("A beheerder's purge removes exactly that household, leaves check and audit clean, and records it")
    func purge() throws {
        let store = try storeWithOneDue()
        let before = Set(try StoreReader.read(store).dossiers.map(\.id))
        let result = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-0030", "--as", "w-fd", "--pin-stdin"],
                                    input: "4444\n")
        #expect(result.status == 0, "\(result.stderr)")
        let removed = try #require(result.stdout.split(separator: " ").dropFirst(3).first.flatMap { Int($0) })
        #expect(removed >= 3)
        let after = Set(try StoreReader.read(store).dossiers.map(\.id))
        #expect(before.subtracting(after) == ["h-0030"] && after.isSubset(of: before))
        #expect(!FileManager.default.fileExists(atPath: store + "/households/h-0030"))
        let check = try Binary.run(Binary.wijk, ["check", store])
        #expect(check.status == 0, "\(check.stdout)")
        let verify = try Binary.run(Binary.wijk, ["audit", store, "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        let trail = try Binary.run(Binary.wijk, ["audit", store, "--household", "h-0030"])
        #expect(trail.stdout.contains("w-fd") && trail.stdout.contains("change")
                && trail.stdout.contains("vernietigd na bewaartermijn: \(removed) bestanden"))
        #expect(try Command.recfixFailures(Command.recFiles(under: store)) ?? [] == [])
    }

    @Test("A wrong PIN, a medewerker, or a household not yet due: refused, nothing removed")
    func purgeRefused() throws {
        let store = try storeWithOneDue()
        let outsideTrail = { self.files(under: store).filter { !$0.hasPrefix("audit/") && !$0.hasPrefix(".wijk/") } }
        let count = outsideTrail().count
        let wrong = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-0030", "--as", "w-fd", "--pin-stdin"],
                                   input: "0000\n")
        #expect(wrong.status == 1 && wrong.stderr.contains("pincode"))
        #expect(try Binary.run(Binary.wijk, ["audit", store]).stdout.contains("  sign-in-failed  h-0030  failed"),
                "a wrong PIN at a destruction is in the trail")
        let medewerker = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-0030", "--as", "w-ev",
                                                      "--pin-stdin"], input: "3333\n")
        #expect(medewerker.status == 1 && medewerker.stderr.contains("beheerder"))
        let early = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-0011", "--as", "w-fd", "--pin-stdin"],
                                   input: "4444\n")
        #expect(early.status == 1 && early.stderr.contains("h-0011") && early.stderr.contains("bewaard tot"))
        let unknown = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-9999", "--as", "w-fd", "--pin-stdin"],
                                     input: "4444\n")
        #expect(unknown.status == 1 && unknown.stderr.contains("h-9999"))
        let noWorker = try Binary.run(Binary.wijk, ["retention", store, "--purge", "h-0030"])
        #expect(noWorker.status == 2 && noWorker.stderr.contains("--as"))
        #expect(FileManager.default.fileExists(atPath: store + "/households/h-0030/household.rec"))
        #expect(outsideTrail().count == count)
    }

    @Test("A bad retention period in wijkdesk.rec is named by wijk check")
    func badSetting() throws {
        let store = try demoCopy()
        let info = try String(contentsOfFile: store + "/wijkdesk.rec", encoding: .utf8)
        try (info + "RetentionWmoYears: 0\n").write(toFile: store + "/wijkdesk.rec", atomically: true, encoding: .utf8)
        let check = try Binary.run(Binary.wijk, ["check", store])
        #expect(check.status == 1)
        #expect(check.stdout.contains("wijkdesk.rec") && check.stdout.contains("RetentionWmoYears"), "\(check.stdout)")
    }
}
