import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore

/// `wijk audit --verify` as a privacy officer runs it after somebody cut the trail short.
@Suite("wijk audit --verify names a trail cut short, with who witnessed it")
struct AuditCommandTests {
    @Test("Two records cut off one workstation's trail: named with the line, the witness and when; 1 probleem")
    func tailCut() throws {
        let store = try Binary.temporaryFolder() + "/demo"
        _ = try Binary.run(Binary.wijk, ["demo", "--store", store])
        for station in ["werkplek-1", "werkplek-1", "werkplek-1", "werkplek-2"] {
            let run = try Binary.run(Binary.wijk, ["report", "caseload", store], environment: ["WIJK_WORKSTATION": station])
            #expect(run.status == 0)
        }
        let whole = try Binary.run(Binary.wijk, ["audit", store, "--verify"])
        #expect(whole.status == 0 && whole.stdout == "audit-trail is heel: 4 gebeurtenissen\n", "\(whole.stdout)")
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: store + "/audit/werkplek-1").first)
        let path = store + "/audit/werkplek-1/" + month
        var blocks = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n\n")
            .filter { !$0.isEmpty }
        blocks.removeLast(2)
        try (blocks.joined(separator: "\n\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let lastLine = blocks.joined(separator: "\n\n").components(separatedBy: "\n").lastIndex { $0.hasPrefix("Time: ") }! + 1
        let cut = try Binary.run(Binary.wijk, ["audit", store, "--verify"])
        #expect(cut.status == 1)
        #expect(cut.stdout.hasPrefix(path + ":\(lastLine): 2 regels ontbreken na regel \(lastLine), gezien door werkplek-2 op "),
                "\(cut.stdout)")
        #expect(cut.stdout.hasSuffix(" UTC\n") && cut.stderr == "1 probleem\n")
    }
}
