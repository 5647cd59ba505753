import Testing
import WijkDomain
@testable import WijkStore

@Suite("CSV as spreadsheets read it, without formulas from the store")
struct CSVTests {
    @Test("Fields with a comma, a quote or a line break are quoted, quotes doubled")
    func quoting() {
        #expect(CSV.line(["a", "b,c", "say \"hi\"", "two\nlines", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",")
    }

    @Test("A field a spreadsheet would run as a formula starts with a quote mark; negative numbers stay numbers")
    func formulas() {
        #expect(CSV.line(["=HYPERLINK(\"x\")", "+31 6", "@SUM(A1)", "-2", "-x"])
                == "\"'=HYPERLINK(\"\"x\"\")\",'+31 6,'@SUM(A1),-2,'-x")
    }

    @Test("Figures have a point and at most one decimal")
    func numbers() {
        #expect([CSV.number(2.5), CSV.number(3), CSV.number(10.66), CSV.number(nil)] == ["2.5", "3", "10.7", ""])
    }
}

@Suite("Reading CSV as Dutch spreadsheets write it")
struct CSVReaderTests {
    func read(_ text: String) throws -> CSVReader.Sheet { try CSVReader.read(Array(text.utf8)) }

    @Test("Semicolons or commas, whichever the first line uses outside quotes")
    func separators() throws {
        #expect(try read("Naam;Telefoon\nDe Deel;050 1\n").separator == ";")
        #expect(try read("Name,Phone\nDe Deel,050 1\n").separator == ",")
        #expect(try read("\"Naam, lang\";Telefoon\nx;y\n").separator == ";", "the comma is inside quotes")
        #expect(try read("Naam;Telefoon\nDe Deel;050 1\n").rows.map(\.fields) == [["Naam", "Telefoon"], ["De Deel", "050 1"]])
    }

    @Test("Quoted fields keep separators, doubled quotes and line breaks; rows know the line they start on")
    func quoting() throws {
        let sheet = try read("Naam;Omschrijving;Tel\r\n\"Buurthuis; De Deel\";\"Zeg \"\"hoi\"\"\r\nen kom\";050\r\nTwee;b;c\r\n")
        #expect(sheet.rows.map(\.fields) == [["Naam", "Omschrijving", "Tel"],
                                              ["Buurthuis; De Deel", "Zeg \"hoi\"\nen kom", "050"], ["Twee", "b", "c"]])
        #expect(sheet.rows.map(\.line) == [1, 2, 4])
    }

    @Test("UTF-8 with or without a BOM, and Windows-1252 from Excel, give the same letters")
    func encodings() throws {
        let utf8 = try CSVReader.read(Array("Naam\nCafé – € 2\n".utf8))
        let bom = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("Naam\nCafé – € 2\n".utf8))
        let windows = try CSVReader.read([0x4E, 0x61, 0x61, 0x6D, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x80, 0x20, 0x32, 0x0A])
        #expect([utf8.encoding, bom.encoding, windows.encoding] == [.utf8, .utf8WithBOM, .windows1252])
        #expect(utf8.rows == bom.rows && bom.rows == windows.rows)
        #expect(windows.rows.last?.fields == ["Café – € 2"])
    }

    @Test("Old Mac line ends, a last line without an end, empty lines and empty fields")
    func lineEnds() throws {
        #expect(try read("a;b\rc;\r\r;d").rows.map(\.fields) == [["a", "b"], ["c", ""], ["", "d"]])
        #expect(try read("a;b\rc;\r\r;d").rows.map(\.line) == [1, 2, 4])
    }

    @Test("A quote never closed is named with the line it opens on; a NUL byte is not text")
    func failures() {
        #expect(throws: CSVReader.Failure.unclosedQuote(line: 2)) { try read("a;b\n\"open;x\ny;z\n") }
        #expect(throws: CSVReader.Failure.binary) { try CSVReader.read([0x61, 0x00, 0x62]) }
    }

    @Test("What the writer writes, the reader reads back: separators, quotes, line breaks, formula guards")
    func roundTrip() throws {
        let rows = [["Naam", "Omschrijving", "Telefoon"], ["Café; \"De Deel\"", "twee\nregels", "+31 50 123"], ["=SUM(A1)", "", "-"]]
        let sheet = try CSVReader.read(CSV.spreadsheet(rows))
        #expect(sheet.encoding == .utf8WithBOM && sheet.separator == ";")
        #expect(sheet.rows.map { $0.fields.map(CSV.unguarded) } == rows)
    }

    @Test("A quote or a separator followed by a combining mark is still quoted: the fuzzer's round trip that changed a sheet")
    func combiningMarks() throws {
        let rows = [["Naam", "Soort"], ["bl\"\u{031D}asis", "a;\u{0301}b"], ["x,\u{0301}", "\"\u{0301}"]]
        let sheet = try CSVReader.read(CSV.spreadsheet(rows))
        #expect(sheet.rows.map(\.fields) == rows)
    }

    @Test("Random bytes never crash the reader, and whatever it reads has as many rows as it says")
    func fuzz() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("a;,\"\r\n é".utf8) + [0x80, 0x96, 0xE9, 0xFF]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            if let sheet = try? CSVReader.read(bytes) {
                #expect(sheet.rows.allSatisfy { $0.line >= 1 })
                // Whatever the reader gives, the sheet's check takes without crashing, and names lines that exist.
                let read = ResourceSheet.read(sheet, sheetWords, today: Day(iso: "2026-11-23")!)
                #expect(read.problems.allSatisfy { $0.line <= (sheet.rows.last?.line ?? 1) })
            }
        }
    }
}
