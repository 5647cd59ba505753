import CCrypt

/// PINs are kept only as crypt(3) hashes (yescrypt with a random salt, from libcrypt), never as the PIN itself.
public enum PinHash {
    /// A new hash of `pin`, nil when libcrypt cannot make one.
    public static func make(_ pin: String) -> String? {
        var setting = [CChar](repeating: 0, count: 128)
        guard wijk_crypt_gensalt(&setting, Int32(setting.count)) != nil else { return nil }
        return hash(pin, setting: String(cString: setting))
    }

    /// Whether `pin` matches `stored`; compares in constant time.
    public static func verify(_ pin: String, against stored: String) -> Bool {
        guard !stored.isEmpty, let candidate = hash(pin, setting: stored) else { return false }
        let a = Array(candidate.utf8)
        let b = Array(stored.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    private static func hash(_ pin: String, setting: String) -> String? {
        var out = [CChar](repeating: 0, count: 512)
        guard wijk_crypt(pin, setting, &out, Int32(out.count)) == 0 else { return nil }
        return String(cString: out)
    }

    /// Whether `pin` is acceptable: 4 to 12 digits.
    public static func isAcceptable(_ pin: String) -> Bool {
        (4...12).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
