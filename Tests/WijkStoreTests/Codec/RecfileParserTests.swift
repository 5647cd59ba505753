import Foundation
import Testing
import TestSupport
@testable import WijkStore

@Suite("Reading the recfile format")
struct RecfileParserTests {
    @Test("Descriptors start typed record sets and blank lines separate records")
    func sets() throws {
        let text = """
            %rec: Household
            %key: Id

            Id: h-1
            Name: De Vries

            %rec: Member

            Id: m-1
            Name: Anouk

            Id: m-2
            Name: Sem

            """
        let sets = try RecfileParser.parse(text)
        #expect(sets.map(\.type) == ["Household", "Member"])
        #expect(sets[0].records.count == 1)
        #expect(sets[0].records[0]["Name"] == "De Vries")
        #expect(sets[1].records.map { $0["Name"] } == ["Anouk", "Sem"])
        #expect(sets[1].records[1].line == 12)
        #expect(sets[1].records[1].field("Name")?.line == 13)
    }

    @Test("Continuation lines make multi-line values; one blank after the colon is not part of the value")
    func continuation() throws {
        let text = "Text: Eerste regel\n+ tweede regel\n+\n+  ingesprongen\nName:  twee spaties\nEmpty:\n"
        let record = try RecfileParser.parse(text)[0].records[0]
        #expect(record["Text"] == "Eerste regel\ntweede regel\n\n ingesprongen")
        #expect(record["Name"] == " twee spaties")
        #expect(record["Empty"] == "")
    }

    @Test("A backslash at the end of a line joins the next line")
    func backslash() throws {
        let record = try RecfileParser.parse("Text: een \\\nlange regel\nName: x\n")[0].records[0]
        #expect(record["Text"] == "een lange regel")
        #expect(record["Name"] == "x")
    }

    @Test("Comments are skipped, repeated fields are kept in order, CRLF is tolerated")
    func commentsAndRepeats() throws {
        let record = try RecfileParser.parse("# opmerking\r\nDomain: Finances\r\n# tussendoor\r\nDomain: Housing\r\n")[0]
            .records[0]
        #expect(record.values("Domain") == ["Finances", "Housing"])
    }

    @Test("Diacritics and wide characters in values survive")
    func unicode() throws {
        let record = try RecfileParser.parse("Name: Gül Yılmaz-Nguyễn 王芳\n")[0].records[0]
        #expect(record["Name"] == "Gül Yılmaz-Nguyễn 王芳")
    }

    @Test("What the writer writes, the parser reads back unchanged")
    func roundTrip() throws {
        let record = Record(fields: [Field(name: "Id", value: "j-1"),
                                     Field(name: "Text", value: "regel één\n\n  ingesprongen\nslot"),
                                     Field(name: "Empty", value: ""), Field(name: "Lead", value: " spatie")])
        let sets = [RecordSet(descriptor: Record(fields: [Field(name: "%rec", value: "JournalEntry")]),
                              records: [record, record])]
        let text = RecfileWriter.format(sets)
        let back = try RecfileParser.parse(text)
        #expect(back.count == 1)
        #expect(back[0].type == "JournalEntry")
        #expect(back[0].records.map { $0.fields.map(\.value) } == [record.fields.map(\.value), record.fields.map(\.value)])
    }

    @Test("Values with carriage returns and trailing backslashes survive a write and a read (found by fuzzing)")
    func awkwardValues() throws {
        // "\r\n" is one Character in Swift: the writer must still split the value there.
        let record = Record(fields: [Field(name: "Text", value: "eerste\r\r\ntweede\\\nC:\\\r\nslot")])
        let back = try RecfileParser.parse(RecfileWriter.format([RecordSet(descriptor: nil, records: [record])]))
        #expect(back[0].records[0]["Text"] == "eerste\ntweede\\ \nC:\\ \nslot")
        #expect(back[0].records[0].fields.count == 1)
    }

    @Test("Malformed input names the line and the problem", arguments: [
        ("Id: 1\nthis is not a field\n", 2, ProblemKind.expectedField),
        ("Id: 1\n\n+ orphan\n", 3, .continuationWithoutField),
        ("Id: 1\n1Name: x\n", 2, .badFieldName("1Name")),
        ("Id: 1\nNa-me: x\n", 2, .badFieldName("Na-me")),
        (": no name\n", 1, .expectedField),
        ("Id: 1\nName: a\u{0}b\n", 2, .binary),
    ])
    func malformed(text: String, line: Int, kind: ProblemKind) {
        #expect(throws: RecfileError(line: line, kind: kind)) { try RecfileParser.parse(text) }
    }

    @Test("Invalid UTF-8 is refused with its line")
    func invalidUTF8() {
        var bytes = Array("Id: 1\nName: ".utf8)
        bytes += [0xC3, 0x28, 0x0A]  // Latin-1 é as a lone lead byte
        #expect(throws: RecfileError(line: 2, kind: .notUTF8)) { try RecfileParser.parse(bytes: bytes) }
    }

    @Test("A file larger than the limit is refused without reading it as records")
    func tooLarge() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: RecfileParser.maxFileBytes + 1)
        #expect(throws: RecfileError(line: 0, kind: .tooLarge(limitBytes: RecfileParser.maxFileBytes))) {
            try RecfileParser.parse(bytes: bytes)
        }
    }

    @Test("Empty files and files of only comments have no records")
    func empty() throws {
        #expect(try RecfileParser.parse("").isEmpty)
        #expect(try RecfileParser.parse("# niets\n\n\n").isEmpty)
    }

    @Test("Random bytes never crash the parser", arguments: 0..<20)
    func fuzz(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet = Array("Id: x\n+%#\\ é王\u{0}:\r\tNaam".utf8) + [0xFF, 0xC3]
        for _ in 0..<200 {
            let count = Int.random(in: 0..<300, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            _ = try? RecfileParser.parse(bytes: bytes)
        }
    }

    @Test("Every demo file cut short at any of 40 places either reads or names a line inside the file")
    func truncatedCorpus() throws {
        let seeds = Repository.path("seeds")
        let files = Command.recFiles(under: seeds).prefix(120)
        #expect(files.count > 50)
        var generator = SplitMix(seed: 7)
        for file in files {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            for _ in 0..<40 {
                let cut = Int.random(in: 0...bytes.count, using: &generator)
                do {
                    _ = try RecfileParser.parse(bytes: Array(bytes[..<cut]))
                } catch {
                    #expect(error.line >= 0 && error.line <= lines, "\(file) cut at \(cut): \(error)")
                }
            }
        }
    }

    @Test("A value at the size limit reads, one byte more is refused on its line, also when built from + lines; the parser stays linear in the file size")
    func hugeValue() throws {
        let limit = RecfileParser.maxValueBytes
        let atLimit = "Id: x\nText: " + String(repeating: "x", count: limit) + "\n"
        #expect(try RecfileParser.parse(atLimit)[0].records[0]["Text"]?.count == limit)
        #expect(throws: RecfileError(line: 2, kind: .valueTooLong(field: "Text", limitBytes: limit))) {
            try RecfileParser.parse("Id: x\nText: " + String(repeating: "x", count: limit + 1) + "\n")
        }
        let lines = String(repeating: "+ " + String(repeating: "y", count: 1023) + "\n", count: limit / 1024 + 1)
        #expect(throws: RecfileError(line: 3, kind: .valueTooLong(field: "Text", limitBytes: limit))) {
            try RecfileParser.parse("Id: x\n\nText: begin\n" + lines)
        }
        let nearFileLimit = String(repeating: "Text: " + String(repeating: "x", count: 1000) + "\n",
                                   count: RecfileParser.maxFileBytes / 1007 - 1)
        #expect(try RecfileParser.parse(nearFileLimit)[0].records[0].values("Text").count == RecfileParser.maxFileBytes / 1007 - 1)
        let many = String(repeating: "Domain: Finances\n", count: 100_000)
        #expect(try RecfileParser.parse(many)[0].records[0].values("Domain").count == 100_000)
    }

    @Test("A byte-order mark and CRLF line ends are read past, each named once with its line")
    func toleratedFaults() throws {
        var tolerated: [RecfileError] = []
        let sets = try RecfileParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("%rec: Goal\n\nId: g-1\r\nText: a\r\n".utf8),
                                           tolerated: &tolerated)
        #expect(sets[0].type == "Goal")
        #expect(sets[0].records[0]["Text"] == "a")
        #expect(tolerated == [RecfileError(line: 1, kind: .byteOrderMark), RecfileError(line: 3, kind: .crlfLineEnds)])
    }
}
