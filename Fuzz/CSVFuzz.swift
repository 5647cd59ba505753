// libFuzzer target for the CSV reader and writer (not part of the package build).
// Built and run by scripts/fuzz-parser csv: swiftc -sanitize=fuzzer,address with the CSV sources.
//
// Checks, for every input: the reader never crashes or traps; what it reads, the spreadsheet writer writes so
// that the reader reads it back, and writing that again changes nothing (one round normalises: the formula
// guard, line ends, the separator).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let sheet = try? CSVReader.read(bytes) else { return 0 }
    let rows = sheet.rows.map(\.fields)
    // A first row of one field gives the reader no separator to find: the writer cannot promise a round trip.
    guard let first = rows.first, first.count >= 2 else { return 0 }
    guard let once = try? CSVReader.read(CSV.spreadsheet(rows)) else { fatalError("the writer produced a sheet the reader refuses") }
    let normalised = once.rows.map(\.fields)
    guard let twice = try? CSVReader.read(CSV.spreadsheet(normalised)) else { fatalError("second round refused") }
    if twice.rows.map(\.fields) != normalised { fatalError("writing a sheet read back changed it") }
    if once.separator != ";" || once.encoding != .utf8WithBOM { fatalError("not a Dutch spreadsheet") }
    return 0
}
