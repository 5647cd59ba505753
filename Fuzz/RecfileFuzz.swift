// libFuzzer target for the recfile parser and writer (not part of the package build).
// Built and run by scripts/fuzz-parser: swiftc -sanitize=fuzzer,address with the parser's sources.
//
// Checks, for every input: the parser never crashes or traps; what it reads, the writer writes so that
// the parser reads back the same records (modulo the documented normalisation of lines ending in a
// backslash or carriage return).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let sets = try? RecfileParser.parse(bytes: bytes) else { return 0 }
    let written = RecfileWriter.format(sets)
    guard let again = try? RecfileParser.parse(written) else {
        fatalError("the writer produced text the parser refuses")
    }
    let expected = sets.map { set in
        set.records.map { $0.fields.map { field in
            RecfileWriter.scalarLines(field.value).map { RecfileWriter.safeLine($0) }.joined(separator: "\n")
        } }
    }
    let actual = again.map { $0.records.map { $0.fields.map(\.value) } }
    if expected != actual { fatalError("round trip changed the records") }
    return 0
}
