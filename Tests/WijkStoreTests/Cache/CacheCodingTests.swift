import Testing
import WijkDomain
@testable import WijkStore

/// The households' own codec in the snapshot cache: what is written is read back the same, every field of it,
/// and bytes that cannot be a household read as damage.
@Suite("A household as the snapshot cache writes it")
struct CacheCodingTests {
    static let day = Day(year: 2026, month: 11, day: 23)!

    /// A household with every field filled in, every list holding something, every flag set.
    static let full: Dossier = {
        var dossier = Dossier(household: Household(
            id: "h-0042", name: "Fam. Öztürk-de Vries", street: "Stationsweg 12", postcode: "9791 AB", city: "Ten Boer",
            phone: "06-12345678", email: "fam@example.nl", regisseur: "w-1", status: .closed, confidentiality: .restricted,
            start: day.adding(days: -400), evaluation: day.adding(days: 30), crisis: true, preferredContact: .visit,
            closed: day, closeReason: .noLongerWanted, satisfaction: 8, selfReliant: true,
            meetingQuestion: Household.MeetingQuestion(text: "Wie pakt de schulden op?", by: "w-2", since: day),
            mergedInto: "h-2", apart: ["h-3", "h-4"]))
        dossier.members = [Member(id: "m-1", name: "Ayşe Öztürk", born: Day(year: 1984, month: 2, day: 29), relation: "moeder",
                                  bsn: "111222333", phone: "06-1", notes: "spreekt Turks\nen Nederlands")]
        dossier.goals = [Goal(id: "g-1", domain: .finances, text: "Rekeningen op tijd", target: .sufficientlySelfReliant,
                              due: day.adding(days: 90), status: .achieved)]
        dossier.actions = [Actor.regisseur, .network, .member("m-1"), .resource("r-schuldhulp")].enumerated().map { i, who in
            Action(id: "a-\(i)", goal: "g-1", text: "Actie \(i)", who: who, due: day.adding(days: i), status: .cancelled)
        }
        dossier.budget = Budget(amount: Money(cents: 150_000), from: day.adding(days: -30), until: day.adding(days: 335))
        dossier.expenses = [Expense(id: "e-1", date: day, kind: .commitment, amount: Money(cents: -2_550),
                                    description: "Fiets", domain: .participation, resource: "r-fietsbank", author: "w-1",
                                    reverses: "e-0")]
        dossier.journal = [JournalEntry(id: "j-1", date: day, kind: .homevisit, minutes: 45, author: "w-1",
                                        corrects: "j-0", text: "Huisbezoek, \u{1B}[31m rood \u{7}")]
        dossier.assessments = [Assessment(id: "z-1", date: day, assessor: "w-1", subject: "m-1",
                                          scores: [.finances: .acute, .justice: .fullySelfReliant, .work: .limitedSelfReliant],
                                          isFinal: true, withdraws: "z-0")]
        dossier.referrals = [Referral(
            id: "v-1", household: "h-0042", date: day, worker: "w-1", resource: "r-1", member: "m-1", goal: "g-1",
            reason: "Schulden", consent: Referral.Consent(given: true, date: day, form: .written), detailsShared: true,
            status: .stopped, outcome: "Verhuisd",
            steps: [Referral.Step(id: "s-1", date: day, worker: "w-2", status: .registered, note: "Aangemeld")])]
        return dossier
    }()

    func written<T: CacheCoding>(_ value: T) -> [UInt8] {
        let e = BinaryEncoder()
        e.put(value)
        return e.bytes
    }

    func read<T: CacheCoding>(_ bytes: [UInt8], as: T.Type = T.self) throws -> T {
        try bytes.withUnsafeBytes { raw in
            let d = BinaryDecoder(raw)
            let value = try d.next(T.self)
            guard d.offset == raw.count else { throw BinaryDecoder.damaged() }
            return value
        }
    }

    /// The fields of `value` left at nothing (nil, empty, false, zero), by path: a field the codec forgets reads
    /// back as nothing, so the round trip only proves something for a fixture with none.
    func unset(_ value: Any, at path: String = "dossier") -> [String] {
        let mirror = Mirror(reflecting: value)
        switch value {
        case let text as String: return text.isEmpty ? [path] : []
        case let flag as Bool: return flag ? [] : [path]
        case let number as Int: return number == 0 ? [path] : []
        default: break
        }
        switch mirror.displayStyle {
        case .optional:
            guard let some = mirror.children.first else { return [path] }
            return unset(some.value, at: path)
        case .collection, .dictionary:
            guard !mirror.children.isEmpty else { return [path] }
            return mirror.children.enumerated().flatMap { i, child in unset(child.value, at: path + "[\(i)]") }
        default:
            return mirror.children.flatMap { child in unset(child.value, at: path + "." + (child.label ?? "?")) }
        }
    }

    @Test("The fixture fills in every field, so a field the codec forgets is noticed")
    func fixtureIsFull() {
        #expect(unset(Self.full) == [])
    }

    @Test("A household with every field filled in reads back the same")
    func fullRoundTrip() throws {
        #expect(try read(written(Self.full)) == Self.full)
    }

    @Test("A household with nothing but its name reads back the same")
    func emptyRoundTrip() throws {
        let bare = Dossier(household: Household(id: "h-1", name: "Fam. Jansen", regisseur: "w-1"))
        #expect(try read(written(bare)) == bare)
    }

    @Test("Every case of every enum is written by its name and read back")
    func everyCase() throws {
        func each<T: CacheCodingByName & CaseIterable & Equatable>(_: T.Type) throws {
            for value in T.allCases { #expect(try read(written(value), as: T.self) == value) }
        }
        try each(Household.Status.self)
        try each(Household.Confidentiality.self)
        try each(Household.Contact.self)
        try each(Household.CloseReason.self)
        try each(Goal.Status.self)
        try each(Action.Status.self)
        try each(Expense.Kind.self)
        try each(JournalEntry.Kind.self)
        try each(Referral.Status.self)
        try each(Referral.ConsentForm.self)
        try each(LifeDomain.self)
        for score in ZRMScore.allCases { #expect(try read(written(score), as: ZRMScore.self) == score) }
    }

    @Test("Cut short anywhere, a household reads as damage, never as a shorter household")
    func cutShort() {
        let bytes = written(Self.full)
        for length in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try read(Array(bytes[..<length]), as: Dossier.self) }
        }
    }

    @Test("An unknown status name, a ZRM score of 6 and a 30 February read as damage")
    func impossibleValues() throws {
        var status = written(Household.Status.active)
        status[4] = UInt8(ascii: "x")
        #expect(throws: DecodingError.self) { try read(status, as: Household.Status.self) }
        #expect(throws: DecodingError.self) { try read([6], as: ZRMScore.self) }
        #expect(throws: DecodingError.self) { try read([0xEA, 0x07, 2, 30], as: Day.self) }
        #expect(try read([0xEA, 0x07, 2, 28], as: Day.self) == Day(year: 2026, month: 2, day: 28))
    }

    @Test("A list claiming more values than there are bytes reads as damage without reserving for them")
    func impossibleCount() {
        let bytes: [UInt8] = [0xFF, 0xFF, 0xFF, 0x7F, 0, 0, 0, 0]
        #expect(throws: DecodingError.self) {
            try bytes.withUnsafeBytes { raw in try BinaryDecoder(raw).list(String.self) }
        }
    }
}
