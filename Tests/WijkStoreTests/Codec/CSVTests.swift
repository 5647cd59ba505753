import Testing
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
