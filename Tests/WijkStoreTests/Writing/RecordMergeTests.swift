import Testing
import TestSupport
@testable import WijkStore

@Suite("Merging two versions of a file field by field")
struct RecordMergeTests {
    func sets(_ text: String) -> [RecordSet] { try! RecfileParser.parse(text) }

    let base = """
        %rec: Household

        Id: h-1
        Name: De Vries
        Phone: 050 1
        Email: a@example.org

        %rec: Member

        Id: m-1
        Name: Anouk

        Id: m-2
        Name: Sem

        """

    @Test("Different fields changed on each side are both kept")
    func differentFields() {
        let ours = base.replacingOccurrences(of: "Phone: 050 1", with: "Phone: 050 2")
        let theirs = base.replacingOccurrences(of: "Email: a@example.org", with: "Email: b@example.org")
        let result = RecordMerge.merge(base: sets(base), ours: sets(ours), theirs: sets(theirs))
        #expect(result.conflicts == [])
        #expect(result.sets[0].records[0]["Phone"] == "050 2")
        #expect(result.sets[0].records[0]["Email"] == "b@example.org")
    }

    @Test("The same field changed differently is a conflict and keeps the value on disk until decided")
    func sameField() {
        let ours = base.replacingOccurrences(of: "Phone: 050 1", with: "Phone: 050 2")
        let theirs = base.replacingOccurrences(of: "Phone: 050 1", with: "Phone: 050 3")
        let result = RecordMerge.merge(base: sets(base), ours: sets(ours), theirs: sets(theirs))
        #expect(result.conflicts == [FieldConflict(type: "Household", key: "Id:h-1", field: "Phone",
                                                   base: "050 1", ours: "050 2", theirs: "050 3")])
        #expect(result.sets[0].records[0]["Phone"] == "050 3")
        let resolved = RecordMerge.resolve(result.sets, [(result.conflicts[0], "050 2")])
        #expect(resolved[0].records[0]["Phone"] == "050 2")
    }

    @Test("The same change on both sides is no conflict")
    func sameChange() {
        let changed = base.replacingOccurrences(of: "Phone: 050 1", with: "Phone: 050 9")
        #expect(RecordMerge.merge(base: sets(base), ours: sets(changed), theirs: sets(changed)).conflicts == [])
    }

    @Test("Members added on both sides are both kept; a member removed on one side and untouched on the other goes")
    func records() {
        let ours = base + "\nId: m-3\nName: Lotte\n"
        let theirs = base.replacingOccurrences(of: "\nId: m-2\nName: Sem\n", with: "") + "\nId: m-4\nName: Bram\n"
        let result = RecordMerge.merge(base: sets(base), ours: sets(ours), theirs: sets(theirs))
        #expect(result.conflicts == [])
        #expect(result.sets[1].records.map { $0["Name"] } == ["Anouk", "Bram", "Lotte"])
    }

    @Test("A record removed on one side but changed on the other is kept and asked about")
    func removedAndChanged() {
        let ours = base.replacingOccurrences(of: "Name: Sem", with: "Name: Sem de Vries")
        let theirs = base.replacingOccurrences(of: "\nId: m-2\nName: Sem\n", with: "")
        let result = RecordMerge.merge(base: sets(base), ours: sets(ours), theirs: sets(theirs))
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts[0].field == "")
        #expect(result.conflicts[0].theirs == nil)
        #expect(result.sets[1].records.map { $0["Name"] } == ["Anouk", "Sem de Vries"])
    }

    @Test("Without a common ancestor, fields on one side only are added and every differing value is asked about")
    func twoWay() {
        let ours = base.replacingOccurrences(of: "Phone: 050 1", with: "Phone: 050 2") + "\nId: m-3\nName: Lotte\n"
        let theirs = base.replacingOccurrences(of: "Email: a@example.org", with: "Email: b@example.org\nNotes: x")
        let result = RecordMerge.merge(base: nil, ours: sets(ours), theirs: sets(theirs))
        #expect(result.conflicts.map(\.field).sorted() == ["Email", "Phone"])
        #expect(result.sets[0].records[0]["Notes"] == "x")
        #expect(result.sets[1].records.count == 3)
    }

    @Test("A repeated field merges as one list")
    func repeated() {
        let b = "%rec: Resource\n\nId: r\nDomain: Finances\nName: X\n"
        let o = "%rec: Resource\n\nId: r\nDomain: Finances\nDomain: Housing\nName: X\n"
        let t = "%rec: Resource\n\nId: r\nDomain: Finances\nName: Y\n"
        let result = RecordMerge.merge(base: sets(b), ours: sets(o), theirs: sets(t))
        #expect(result.conflicts == [])
        #expect(result.sets[0].records[0].values("Domain") == ["Finances", "Housing"])
        #expect(result.sets[0].records[0]["Name"] == "Y")
    }
}

@Suite("Versions of a file")
struct FileVersionTests {
    @Test("The parent line is a recfile comment: it does not change the content hash or the records")
    func parentLine() throws {
        let sets = try RecfileParser.parse("%rec: Budget\n\nAmount: 10.00\n")
        let plain = try FileVersion(bytes: FileVersion.encode(sets, parent: nil))
        let child = try FileVersion(bytes: FileVersion.encode(sets, parent: plain.hash))
        #expect(child.parent == plain.hash)
        #expect(child.hash == plain.hash)
        #expect(child.sets == plain.sets)
        #expect(String(decoding: child.bytes, as: UTF8.self).hasSuffix("\n# wijk-parent: \(plain.hash)\n"))
    }
}
