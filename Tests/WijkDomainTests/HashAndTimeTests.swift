import Testing
@testable import WijkDomain

@Suite("Hashes, timestamps and file stamps")
struct HashAndTimeTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Timestamps write and read ISO 8601 and the compact file-name form")
    func timestamps() {
        let t = Timestamp(seconds: 1_795_774_530)
        #expect(t.iso == "2026-11-27T10:15:30Z")
        #expect(t.compact == "20261127T101530Z")
        #expect(Timestamp(iso: t.iso) == t)
        #expect(Timestamp(iso: "2026-11-27T24:00:00Z") == nil)
        #expect(Timestamp(seconds: -1).iso == "1969-12-31T23:59:59Z")
    }

    @Test("Stamps name the time, worker and workstation, and differ in their random part")
    func stamps() {
        var random = SystemRandomNumberGenerator()
        let t = Timestamp(seconds: 1_795_774_530)
        let a = Stamp.make(at: t, worker: "w-ab", workstation: "Werkplek 2", using: &random)
        #expect(a.hasPrefix("20261127T101530Z-ab-werkplek-2-"))
        #expect(a.count == "20261127T101530Z-ab-werkplek-2-".count + 8)
        let many = Set((0..<1000).map { _ in Stamp.make(at: t, worker: "w-ab", workstation: "ws1", using: &random) })
        #expect(many.count == 1000)
        #expect(Stamp.safe("../etc/passwd") == "etc-passwd")
    }
}
