/// Reads what `BinaryEncoder` wrote, in the same order; a value running past the end, a count or a length
/// that cannot be, or an enum case that does not exist is `DecodingError.dataCorrupted`: a damaged cache.
final class BinaryDecoder: Decoder {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Reads from `bytes`, which must stay alive while the decoder is used.
    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    static func damaged() -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "damaged cache"))
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try readString(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(Int(try read(Int64.self)), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try readBool(), to: T.self) }
        return try T(from: self)
    }

    func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw Self.damaged() }
        defer { offset += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    func readBool() throws -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw Self.damaged()
        }
    }

    func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard offset + count <= bytes.count else { throw Self.damaged() }
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }

    /// The next string when `wanted` says so of its bytes; nil (and passed over) when not.
    func readString(if wanted: (UnsafeBufferPointer<UInt8>) -> Bool) throws -> String? {
        let count = Int(try read(UInt32.self))
        guard offset + count <= bytes.count else { throw Self.damaged() }
        defer { offset += count }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        let utf8 = raw.assumingMemoryBound(to: UInt8.self)
        return wanted(utf8) ? String(decoding: utf8, as: UTF8.self) : nil
    }

    func skip(_ count: Int) { offset += count }

    /// The string at the read position, left unread: an enum case's name, asked for before its values.
    func peekString() throws -> String {
        let start = offset
        defer { offset = start }
        return try readString()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedReader<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try ListReader(decoder: self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { ValueReader(decoder: self) }
}

private struct ValueReader: SingleValueDecodingContainer {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.readBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.readString() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try decoder.read(UInt64.self)) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try decoder.read(UInt32.self)) }
    func decode(_ type: Int.Type) throws -> Int { Int(try decoder.read(Int64.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.read(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.read(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.read(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.read(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try decoder.read(UInt64.self)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.read(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.read(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.read(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.read(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}

private struct ListReader: UnkeyedDecodingContainer {
    let decoder: BinaryDecoder
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(decoder: BinaryDecoder) throws {
        self.decoder = decoder
        count = Int(try decoder.read(UInt32.self))
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw BinaryDecoder.damaged() }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try decoder.decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return try decoder.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try ListReader(decoder: decoder)
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return decoder
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }

    /// Asked only by an enum: the case written before its values.
    var allKeys: [Key] { (try? decoder.peekString()).flatMap { Key(stringValue: $0) }.map { [$0] } ?? [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try decoder.read(UInt8.self) == 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.decode(type) }

    private func present<T: Decodable>(_ type: T.Type) throws -> T? {
        switch try decoder.read(UInt8.self) {
        case 0: return nil
        case 1: return try decoder.decode(type)
        default: throw BinaryDecoder.damaged()
        }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard try decoder.readString() == key.stringValue else { throw BinaryDecoder.damaged() }
        return try decoder.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ListReader(decoder: decoder)
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}
