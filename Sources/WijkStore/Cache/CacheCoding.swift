import WijkDomain

/// A value the snapshot cache writes and reads itself, field by field in a fixed order.
///
/// The households are most of the cache (two million values on the city store) and reading them is most of a
/// start from it: through Codable every value costs a keyed container, a box and generic metadata lookups
/// (about 50 ns), written out by hand a read and a copy. The small parts (team, kaart, requests, minutes) stay
/// `Codable`. A field added to a household's types must be added here too; `CacheCodingTests` fails until it is.
protocol CacheCoding {
    init(cache d: BinaryDecoder) throws
    func write(cache e: BinaryEncoder)
}

/// An enum written by its stored name, so a case renamed or removed reads as a damaged cache, never as
/// another case (the build's version number does not change with every build).
protocol CacheCodingByName: CacheCoding, RawRepresentable<String> {}

extension CacheCodingByName {
    init(cache d: BinaryDecoder) throws {
        guard let value = Self(rawValue: try d.readString()) else { throw BinaryDecoder.damaged() }
        self = value
    }

    func write(cache e: BinaryEncoder) { e.write(rawValue) }
}

extension BinaryDecoder {
    func next<T: CacheCoding>(_: T.Type = T.self) throws -> T { try T(cache: self) }

    /// A presence byte, then the value when there is one.
    func optional<T: CacheCoding>(_: T.Type = T.self) throws -> T? {
        try readBool() ? try T(cache: self) : nil
    }

    /// A count, then that many values.
    func list<T: CacheCoding>(_: T.Type = T.self) throws -> [T] {
        let count = Int(try read(UInt32.self))
        // Each value takes a byte at least: a count beyond what is left is damage, not a reason to reserve gigabytes.
        guard count <= bytes.count - offset else { throw Self.damaged() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try T(cache: self)) }
        return values
    }
}

extension BinaryEncoder {
    func put<T: CacheCoding>(_ value: T) { value.write(cache: self) }

    func put<T: CacheCoding>(_ value: T?) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        value.write(cache: self)
    }

    func put<T: CacheCoding>(_ values: [T]) {
        write(UInt32(values.count))
        for value in values { value.write(cache: self) }
    }
}

extension String: CacheCoding {
    init(cache d: BinaryDecoder) throws { self = try d.readString() }
    func write(cache e: BinaryEncoder) { e.write(self) }
}

extension Int: CacheCoding {
    init(cache d: BinaryDecoder) throws { self = Int(try d.read(Int64.self)) }
    func write(cache e: BinaryEncoder) { e.write(Int64(self)) }
}

extension Bool: CacheCoding {
    init(cache d: BinaryDecoder) throws { self = try d.readBool() }
    func write(cache e: BinaryEncoder) { e.bytes.append(self ? 1 : 0) }
}
